import { describe, expect, it } from "vitest";
import { auditCsv } from "./audit-csv";
import type { AuditEntry } from "./list-audit";

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: "1",
  createdAt: new Date("2026-11-22T12:00:00Z"),
  action: "member.removed",
  entityType: "Membership",
  entityId: "m1",
  details: { userId: "user_secret_id", email: "=cmd@example.com" },
  actor: { name: "Léa", email: "lea@example.com" },
  description: { key: "actions.member.removed", values: {}, href: null },
  ...over,
});

describe("audit CSV", () => {
  it("has one readable sentence per event, quotes cells, keeps accents and neutralises formulas", () => {
    const csv = auditCsv([entry({})], () => 'Léa removed =cmd@example.com ("Z") from the business');
    const [header, row] = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(header).toBe('"time_utc","actor","actor_email","event","action"');
    expect(row).toBe('"2026-11-22T12:00:00.000Z","Léa","lea@example.com","Léa removed =cmd@example.com (""Z"") from the business","member.removed"');
    expect(csv).not.toContain("user_secret_id");
    expect(csv).not.toContain('"m1"');
    expect(auditCsv([entry({ action: "=HYPERLINK()", actor: null })], () => "=1+1")).toContain(`"'=1+1"`);
  });
});
