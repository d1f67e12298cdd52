import { Fragment } from "react";
import { getTranslations } from "@/lib/i18n/server";
import type { PostOfficeMatch } from "@/lib/carriers/types";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { cityLine } from "@/lib/labels/format";
import { Badge } from "@/components/ui/badge";

/** "Monday" / "Lundi" for day 0 (the offices' hours start on Monday). */
function weekday(day: number, locale: AppLocale): string {
  const name = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + day)));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "17:30" -> "5:30 p.m." in English, "17 h 30" in French ("9 h" on the hour). */
function timeText(hhmm: string, locale: AppLocale): string {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  if (locale === "fr") return m ? `${h} h ${String(m).padStart(2, "0")}` : `${h} h`;
  return new Intl.DateTimeFormat("en-CA", { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1, h, m)));
}

/** The offices found, numbered like the map's dots, closest first. */
export async function OfficeList({ offices, locale }: { offices: PostOfficeMatch[]; locale: AppLocale }) {
  const t = await getTranslations("offices");
  return (
    <ol className="space-y-3">
      {offices.map((o, i) => (
        <li key={o.id} data-testid="post-office" className="rounded-md p-4 ring-1 ring-zinc-200">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="flex gap-3">
              <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white">
                {i + 1}
              </span>
              <div>
                <h3 className="font-semibold text-zinc-900">{o.name}</h3>
                <address className="text-sm not-italic text-zinc-700" data-testid="office-address">
                  <span className="block">{o.line1}</span>
                  <span className="block whitespace-pre">{cityLine({ city: o.city, province: o.province, postalCode: o.postalCode, country: "CA" })}</span>
                </address>
              </div>
            </div>
            <div className="space-y-1 text-right">
              <p className="text-sm font-semibold text-zinc-900" data-testid="distance">
                {t("distance", { km: formatNumber(o.distanceKm, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
              </p>
              <p data-testid="d2po">
                <Badge tone={o.acceptsD2PO ? "emerald" : "zinc"}>{o.acceptsD2PO ? t("d2poYes") : t("d2poNo")}</Badge>
              </p>
            </div>
          </div>
          <h4 className="mt-3 text-xs font-medium text-zinc-500">{t("hoursLabel")}</h4>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 text-sm" data-testid="hours">
            {o.hours.map((h) => (
              <Fragment key={h.day}>
                <dt className="text-zinc-600">{weekday(h.day, locale)}</dt>
                <dd className={h.open ? "text-zinc-900" : "text-zinc-500"}>{h.open && h.close ? t("hours", { open: timeText(h.open, locale), close: timeText(h.close, locale) }) : t("closed")}</dd>
              </Fragment>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
