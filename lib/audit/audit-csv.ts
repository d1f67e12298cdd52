import { writeCsv } from "@/lib/csv/write-csv";
import type { AuditEntry } from "./list-audit";

/** The audit log as CSV. */
export function auditCsv(entries: AuditEntry[]): string {
  return writeCsv(
    ["time_utc", "actor_email", "action", "entity_type", "entity_id", "details"],
    entries.map((e) => [e.createdAt.toISOString(), e.actor?.email, e.action, e.entityType, e.entityId, e.details == null ? "" : JSON.stringify(e.details)]),
  );
}
