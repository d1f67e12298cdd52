import type { AuditEntry } from "./list-audit";

function cell(value: string): string {
  // Quote every cell; neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The audit log as RFC 4180 CSV with a header row (UTF-8 with BOM so spreadsheets read accents). */
export function auditCsv(entries: AuditEntry[]): string {
  const header = ["time_utc", "actor_email", "action", "entity_type", "entity_id", "details"];
  const rows = entries.map((e) => [
    e.createdAt.toISOString(),
    e.actor?.email ?? "",
    e.action,
    e.entityType,
    e.entityId ?? "",
    e.details == null ? "" : JSON.stringify(e.details),
  ]);
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
