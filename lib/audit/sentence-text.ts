import { sharedTranslator } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/locales";
import type { AuditEntry } from "./list-audit";

/** Entries as plain sentences in one language ("Léa created batch 12"), for exports. */
export function auditSentences(locale: AppLocale): (entry: Pick<AuditEntry, "actor" | "description">) => string {
  // Dates in the sentences (a pickup's day, an invoice's month) read in Eastern time, as on the pages.
  const t = sharedTranslator(locale, "audit");
  const markup = t.markup as unknown as (key: string, values: Record<string, unknown>) => string;
  return (entry) => {
    const who = entry.actor ? entry.actor.name || entry.actor.email : t("system");
    const sentence = `${who} ${markup(entry.description.key, { ...entry.description.values, link: (chunks: string) => chunks })}`;
    return entry.description.apiKey ? `${sentence} ${t("viaApiKey", { name: entry.description.apiKey })}` : sentence;
  };
}
