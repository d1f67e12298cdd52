import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { TrackingStatus } from "@/lib/carriers/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { isoDateText } from "@/lib/rates/present";
import { Badge } from "@/components/ui/badge";

export interface TimelineEvent {
  occurredAt: Date | string;
  place: string | null;
  description: { en: string; fr: string };
  signatory: string | null;
}

const TONE: Record<TrackingStatus, "zinc" | "brand" | "emerald" | "amber"> = {
  CREATED: "zinc",
  IN_TRANSIT: "zinc",
  OUT_FOR_DELIVERY: "amber",
  DELIVERED: "emerald",
  READY_FOR_PICKUP: "amber",
  EXCEPTION: "brand",
  RETURNED: "brand",
};

/** A shipment's status, expected delivery date and events (newest first), in the reader's language. */
export async function TrackingTimeline(props: { status: TrackingStatus; expectedDeliveryDate: string | null; events: TimelineEvent[]; locale: AppLocale; sample: boolean; timeZone?: string }) {
  const t = await getTranslations("tracking");
  const format = await getFormatter();
  const events = [...props.events].sort((a, b) => new Date(b.occurredAt).getTime() - new Date(a.occurredAt).getTime());
  const finished = props.status === "DELIVERED" || props.status === "RETURNED";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <span data-testid="tracking-status">
          <Badge tone={TONE[props.status]}>{t(`statuses.${props.status}`)}</Badge>
        </span>
        {!finished && props.expectedDeliveryDate && (
          <span className="text-sm text-zinc-700" data-testid="expected-delivery">
            {t("expected", { date: isoDateText(props.expectedDeliveryDate, props.locale) })}
          </span>
        )}
      </div>
      {props.sample && <p className="text-xs text-zinc-500">{t("sampleData")}</p>}
      {events.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("noEvents")}</p>
      ) : (
        <ol className="space-y-3 border-l border-zinc-200 pl-4" aria-label={t("eventsLabel")}>
          {events.map((e, i) => (
            <li key={i} className="text-sm" data-testid="tracking-event">
              <div className="font-medium">{props.locale === "fr" ? e.description.fr : e.description.en}</div>
              <div className="text-zinc-600">
                {format.dateTime(new Date(e.occurredAt), { dateStyle: "medium", timeStyle: "short", timeZone: props.timeZone ?? "America/Toronto" })}
                {e.place ? ` · ${e.place}` : ""}
              </div>
              {e.signatory && <div className="text-zinc-600">{t("signedBy", { name: e.signatory })}</div>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
