import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { resendWebhookDeliveryAction } from "@/app/b/[business]/developers/webhooks/actions";
import type { listWebhookDeliveries } from "@/lib/webhooks/endpoints";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

type Delivery = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

const TONE = { PENDING: "zinc", SUCCEEDED: "emerald", FAILED: "amber" } as const;

/** An endpoint's deliveries, newest first: event, status, last response and time, attempts (each in a disclosure), re-send. */
export async function DeliveriesTable({ slug, deliveries }: { slug: string; deliveries: Delivery[] }) {
  const t = await getTranslations("webhooks.detail");
  const format = await getFormatter();
  return (
    <DataTable
      label={t("deliveriesTitle")}
      rows={deliveries}
      rowKey={(d) => d.id}
      rowTestId={() => "webhook-delivery"}
      empty={t("deliveriesEmpty")}
      spacious
      scroll
      columns={[
        {
          key: "event",
          header: t("columns.event"),
          cell: (d) => (
            <div>
              <span className="font-mono">{d.event.type}</span>
              <p className="font-mono text-xs text-zinc-500">{d.event.id}</p>
            </div>
          ),
        },
        {
          key: "status",
          header: t("columns.status"),
          cell: (d) => (
            <div className="space-y-1">
              <Badge tone={TONE[d.status]}>{t(`deliveryStatus.${d.status}`)}</Badge>
              {d.status === "PENDING" && d.nextAttemptAt && d.attempts > 0 && <p className="text-xs text-zinc-500">{t("nextAttempt", { date: format.dateTime(d.nextAttemptAt, "long") })}</p>}
            </div>
          ),
        },
        { key: "response", header: t("columns.response"), cell: (d) => (d.lastStatusCode ? <span className="tabular-nums">{d.lastStatusCode}</span> : d.attempts > 0 ? <span title={d.lastError ?? undefined}>{t("noResponse")}</span> : "—") },
        { key: "time", header: t("columns.time"), align: "right", cell: (d) => (d.lastDurationMs === null ? "—" : t("durationMs", { ms: d.lastDurationMs })) },
        {
          key: "attempts",
          header: t("columns.attempts"),
          cell: (d) =>
            d.attemptLog.length === 0 ? (
              <span className="tabular-nums">0</span>
            ) : (
              <details>
                <summary className="cursor-pointer tabular-nums">{d.attempts}</summary>
                <ol className="mt-1 space-y-0.5 text-xs text-zinc-600">
                  {d.attemptLog.map((a) => (
                    <li key={a.number} title={a.error ?? undefined}>
                      {t("attempt", { number: a.number, manual: a.manual ? "yes" : "no", code: a.statusCode ? String(a.statusCode) : t("noResponse"), ms: a.durationMs, date: format.dateTime(a.createdAt, "long") })}
                    </li>
                  ))}
                </ol>
              </details>
            ),
        },
        { key: "when", header: t("columns.when"), cell: (d) => format.dateTime(d.createdAt, "long") },
        { key: "resend", header: t("resend"), srOnlyHeader: true, cell: (d) => <ActionButton action={resendWebhookDeliveryAction} slug={slug} fields={{ id: d.id }} variant="secondary" label={t("resend")} /> },
      ]}
    />
  );
}
