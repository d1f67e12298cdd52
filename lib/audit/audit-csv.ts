import { writeCsv } from "@/lib/csv/write-csv";
import type { AuditEntry } from "./list-audit";

/**
 * The audit log as CSV a person reads: when, who, and the event as a sentence in their language.
 * The action code stays for filtering; internal ids and stored details (refund tickets, user ids)
 * are not exported.
 */
export function auditCsv(entries: AuditEntry[], sentence: (entry: AuditEntry) => string): string {
  return writeCsv(
    ["time_utc", "actor", "actor_email", "event", "action"],
    entries.map((e) => [e.createdAt.toISOString(), e.actor?.name ?? "", e.actor?.email ?? "", sentence(e), e.action]),
  );
}
