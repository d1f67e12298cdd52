import { getTranslations } from "@/lib/i18n/server";

const W = 320;
const H = 240;
const PAD = 18;

/** The offices' positions as numbered dots (the list's numbers): inline SVG, no tiles, no network. */
export async function OfficeMap({ offices }: { offices: { id: string; name: string; lat: number; lon: number }[] }) {
  const t = await getTranslations("offices");
  if (offices.length === 0) return null;
  const lats = offices.map((o) => o.lat);
  const lons = offices.map((o) => o.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  // Equirectangular, with longitudes shrunk by the cosine of the latitude so distances look right.
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * k;
  const spanY = maxLat - minLat;
  const scale = Math.min((W - 2 * PAD) / (spanX || 1), (H - 2 * PAD) / (spanY || 1));
  const x = (lon: number) => W / 2 + ((lon - minLon) * k - spanX / 2) * scale;
  const y = (lat: number) => H / 2 - (lat - minLat - spanY / 2) * scale;
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("mapLabel")} className="w-full rounded-md bg-zinc-50 ring-1 ring-zinc-200" data-testid="office-map">
        {offices
          .map((o, i) => ({ o, i }))
          .reverse()
          .map(({ o, i }) => (
            <g key={o.id} transform={`translate(${x(o.lon).toFixed(1)} ${y(o.lat).toFixed(1)})`}>
              <title>{`${i + 1}. ${o.name}`}</title>
              <circle r="9" className="fill-brand-700 stroke-white" strokeWidth="1.5" />
              <text textAnchor="middle" dy="3.5" className="fill-white text-[10px] font-semibold">
                {i + 1}
              </text>
            </g>
          ))}
      </svg>
      <figcaption className="text-xs text-zinc-500">{t("mapNote")}</figcaption>
    </figure>
  );
}
