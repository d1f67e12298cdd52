/** The overview's two charts: spend per week, and parcels per week stacked by service. */
import { getTranslations } from "@/lib/i18n/server";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import type { WeeklyTotals } from "@/lib/overview/weekly-totals";
import { serviceName } from "@/lib/rates/present";
import { WeeklyBarChart, type ChartSeries } from "./weekly-bar-chart";

/** Colours with at least 3:1 contrast on white, one per service shown apart; the rest share the last. */
const PALETTE = ["#1d4ed8", "#047857", "#b45309", "#7c3aed", "#be185d"];
const OTHER_COLOR = "#52525b";
const OTHER = "other";

const day = (weekStart: string) => new Date(`${weekStart}T12:00:00Z`);

export async function SpendVolumeCharts({ totals, locale }: { totals: WeeklyTotals; locale: AppLocale }) {
  const t = await getTranslations("overview.charts");
  const count = totals.weeks.length;
  if (totals.parcels === 0) return <p className="text-sm text-zinc-600">{t("empty", { weeks: count })}</p>;
  const shown = totals.services.slice(0, PALETTE.length);
  const seriesOf = (code: string) => (shown.includes(code) ? code : OTHER);
  const series: ChartSeries[] = shown.map((code, i) => ({ key: code, name: code ? serviceName(code, locale) : t("otherServices"), color: PALETTE[i]! }));
  if (totals.services.length > shown.length) series.push({ key: OTHER, name: t("otherServices"), color: OTHER_COLOR });
  const label = (weekStart: string) => formatDate(day(weekStart), locale, { month: "short", day: "numeric" });
  const spendWeeks = totals.weeks.map((w) => ({ label: label(w.weekStart), values: { spend: w.spendCents } }));
  const volumeWeeks = totals.weeks.map((w) => {
    const values: Record<string, number> = {};
    for (const s of w.byService) values[seriesOf(s.serviceCode)] = (values[seriesOf(s.serviceCode)] ?? 0) + s.parcels;
    return { label: label(w.weekStart), values };
  });
  const most = totals.weeks.reduce((a, b) => (b.spendCents > a.spendCents ? b : a));
  const perService = series.map((s) => t("serviceCount", { service: s.name, count: volumeWeeks.reduce((n, w) => n + (w.values[s.key] ?? 0), 0) })).join(", ");
  const headers = { week: t("weekOf"), total: t("total") };
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <WeeklyBarChart
        testId="spend-chart"
        title={t("spendTitle")}
        summary={t("spendSummary", { weeks: count, total: formatMoney(totals.spendCents, locale), most: formatMoney(most.spendCents, locale), week: formatDate(day(most.weekStart), locale, { month: "long", day: "numeric" }) })}
        weeks={spendWeeks}
        series={[{ key: "spend", name: t("spend"), color: PALETTE[0]! }]}
        format={(cents) => formatMoney(cents, locale)}
        headers={headers}
      />
      <WeeklyBarChart
        testId="volume-chart"
        title={t("volumeTitle")}
        summary={t("volumeSummary", { weeks: count, count: totals.parcels, services: perService })}
        weeks={volumeWeeks}
        series={series}
        legend
        format={(n) => formatNumber(n, locale)}
        headers={headers}
      />
    </div>
  );
}
