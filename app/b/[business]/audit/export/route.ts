import { listAudit } from "@/lib/audit/list-audit";
import { auditCsv } from "@/lib/audit/audit-csv";
import { auditSentences } from "@/lib/audit/sentence-text";
import { resolveLocale } from "@/lib/i18n/request";
import { businessRoute } from "@/lib/tenancy/route";

/** The business's audit log as CSV (owners and admins), each event a sentence in the reader's language. */
export const GET = businessRoute("audit.read", async (_request, actor) => {
  const entries = await listAudit(actor, { take: 100_000 });
  return new Response(auditCsv(entries, auditSentences(await resolveLocale())), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${actor.slug}.csv"`,
    },
  });
});
