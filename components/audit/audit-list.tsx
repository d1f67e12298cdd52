import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/lib/audit/list-audit";

/** Audit entries as sentences: who did what, when. */
export async function AuditList({ entries, compact = false }: { entries: AuditEntry[]; compact?: boolean }) {
  const t = await getTranslations("audit");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-zinc-500">{t("empty")}</p>;
  return (
    <ol className="divide-y divide-zinc-100">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
          <span>
            <span className="font-medium">{e.actor ? e.actor.name || e.actor.email : t("system")}</span>{" "}
            {t.has(`actions.${e.action}`) ? t(`actions.${e.action}`, describe(e.details, (r) => (roles.has(r) ? roles(r) : r))) : e.action}
          </span>
          <time dateTime={e.createdAt.toISOString()} className="text-xs text-zinc-500">
            {format.dateTime(e.createdAt, compact ? "short" : "long")}
          </time>
        </li>
      ))}
    </ol>
  );
}

/** The details an audit sentence may mention (missing ones read as empty). */
function describe(details: unknown, roleName: (role: string) => string): Record<string, string> {
  const d = (details && typeof details === "object" ? details : {}) as Record<string, unknown>;
  const pick = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  return { email: pick("email"), name: pick("name"), role: roleName(pick("role")), from: roleName(pick("from")), to: roleName(pick("to")) };
}
