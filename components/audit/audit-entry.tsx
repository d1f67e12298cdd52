import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import type { AuditEntry } from "@/lib/audit/list-audit";

/**
 * One activity as a sentence: who did what to which object, the object linked to its page while it
 * exists ("Léa bought 3 labels in batch 12: $42.10 by card"). Reusable wherever activity is shown.
 */
export async function AuditSentence({ entry }: { entry: AuditEntry }) {
  const t = await getTranslations("audit");
  const { key, values, href } = entry.description;
  return (
    <span>
      <span className="font-medium">{entry.actor ? entry.actor.name || entry.actor.email : t("system")}</span>{" "}
      {t.rich(key, {
        ...values,
        link: (chunks) =>
          href ? (
            <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {chunks}
            </Link>
          ) : (
            chunks
          ),
      })}
      {entry.description.apiKey && <span className="text-zinc-500"> {t("viaApiKey", { name: entry.description.apiKey })}</span>}
    </span>
  );
}
