import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { AuditEntry } from "@/lib/audit/list-audit";
import { AuditSentence } from "./audit-entry";

/** Audit entries as sentences: who did what, when. */
export async function AuditList({ entries, compact = false }: { entries: AuditEntry[]; compact?: boolean }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-zinc-500">{t("empty")}</p>;
  return (
    <ol className="divide-y divide-zinc-100">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm" data-testid="audit-entry">
          <AuditSentence entry={e} />
          <time dateTime={e.createdAt.toISOString()} className="text-xs text-zinc-500">
            {format.dateTime(e.createdAt, compact ? "short" : "long")}
          </time>
        </li>
      ))}
    </ol>
  );
}
