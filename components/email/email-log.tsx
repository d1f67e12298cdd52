import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { EmailLogEntry } from "@/lib/email/labels-request";
import { retryEmailAction } from "@/app/b/[business]/shipments/actions";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";

/** What was emailed to whom and when, with failures shown and retried on request. */
export async function EmailLog({ entries, slug, canRetry }: { entries: EmailLogEntry[]; slug: string; canRetry: boolean }) {
  const t = await getTranslations("tracking.emailLog");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-zinc-600">{t("empty")}</p>;
  return (
    <table className="w-full text-sm" aria-label={t("title")}>
      <thead>
        <tr className="text-left text-zinc-600">
          <th className="py-1 pr-3 font-medium">{t("to")}</th>
          <th className="py-1 pr-3 font-medium">{t("what")}</th>
          <th className="py-1 pr-3 font-medium">{t("when")}</th>
          <th className="py-1 font-medium">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-t border-zinc-100 align-top" data-testid="email-log-row">
            <td className="py-1.5 pr-3">{e.to}</td>
            <td className="py-1.5 pr-3">{e.kind === "LABELS" ? t("labels") : e.kind === "PICKUP" ? t("pickup") : t(`events.${e.event ?? "shipped"}`)}</td>
            <td className="py-1.5 pr-3 whitespace-nowrap">{format.dateTime(e.sentAt ?? e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            <td className="py-1.5">
              <Badge tone={e.status === "SENT" ? "emerald" : e.status === "FAILED" ? "brand" : "amber"}>
                {e.status === "QUEUED" && e.attempts > 0 ? t("retrying", { attempts: e.attempts }) : t(`statuses.${e.status}`)}
              </Badge>
              {e.status !== "SENT" && e.lastError && <p className="mt-1 text-xs text-zinc-600">{t("reason", { reason: e.lastError })}</p>}
              {e.status === "FAILED" && canRetry && <ActionButton action={retryEmailAction} slug={slug} fields={{ emailId: e.id }} label={t("retry")} ariaLabel={t("retryTo", { to: e.to })} variant="secondary" className="mt-1 items-start" />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
