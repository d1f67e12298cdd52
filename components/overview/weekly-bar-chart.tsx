/**
 * A small server-rendered bar chart of one figure per week, stacked by series. The picture is one
 * image with a spoken summary (role="img"); the figures themselves are in a table that screen
 * readers read and that no one sees.
 */
import { niceCeiling } from "./chart-scale";

export interface ChartSeries {
  key: string;
  name: string;
  /** A fill colour (the legend shows it too). */
  color: string;
}

export interface ChartWeek {
  /** Short, under the bar ("Nov 30"). */
  label: string;
  /** One value per series key (missing: zero). */
  values: Record<string, number>;
}

// Drawn in a small box so that its text stays readable when the chart shrinks to a phone's width.
const WIDTH = 480;
const HEIGHT = 200;
const LEFT = 72;
/** Room for half of this week's label, centred under the last bar. */
const RIGHT = 24;
const BOTTOM = 26;
const TOP = 10;
const FONT = 14;

export function WeeklyBarChart(props: {
  title: string;
  summary: string;
  weeks: ChartWeek[];
  series: ChartSeries[];
  format: (value: number) => string;
  headers: { week: string; total: string };
  /** Names each series under the chart (a chart of one figure needs none). */
  legend?: boolean;
  testId?: string;
}) {
  const { weeks, series, format } = props;
  const totals = weeks.map((w) => series.reduce((n, s) => n + (w.values[s.key] ?? 0), 0));
  const top = niceCeiling(Math.max(0, ...totals));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.length);
  const barWidth = Math.max(4, slot * 0.6);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  // Values are whole (cents, parcels): a half-way line at 2.5 parcels is left out.
  // Every label fits up to six weeks; beyond, every other one (this week's always).
  const labelEvery = weeks.length > 6 ? 2 : 1;
  return (
    <figure className="space-y-2" data-testid={props.testId}>
      <figcaption className="text-sm font-semibold text-zinc-900">{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={props.summary}>
        {[0, top / 2, top].filter(Number.isInteger).map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#e4e4e7" strokeWidth={1} />
            <text x={LEFT - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={FONT} fill="#52525b">
              {format(tick)}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x = LEFT + i * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={i}>
              {series.map((s) => {
                const value = w.values[s.key] ?? 0;
                if (value <= 0) return null;
                const rect = <rect key={s.key} x={x} width={barWidth} y={y(base + value)} height={y(base) - y(base + value)} fill={s.color} />;
                base += value;
                return rect;
              })}
              {i % labelEvery === (weeks.length - 1) % labelEvery && (
                <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={FONT} fill="#52525b">
                  {w.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {props.legend && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-700" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <svg viewBox="0 0 12 12" className="size-3">
                <rect width={12} height={12} rx={2} fill={s.color} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <table className="sr-only">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.headers.week}</th>
            {series.length > 1 && series.map((s) => <th key={s.key} scope="col">{s.name}</th>)}
            <th scope="col">{props.headers.total}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w, i) => (
            <tr key={i}>
              <th scope="row">{w.label}</th>
              {series.length > 1 && series.map((s) => <td key={s.key}>{format(w.values[s.key] ?? 0)}</td>)}
              <td>{format(totals[i]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
