import { describe, expect, it } from "vitest";
import { auditCsv } from "./audit-csv";

describe("audit CSV", () => {
  it("quotes cells, keeps accents and neutralises formulas", () => {
    const csv = auditCsv([
      {
        id: "1",
        createdAt: new Date("2026-11-22T12:00:00Z"),
        action: "member.removed",
        entityType: "Membership",
        entityId: "m1",
        details: { email: "=cmd@example.com", name: 'Zoé "Z"' },
        actor: { name: "Léa", email: "lea@example.com" },
      },
    ]);
    const [header, row] = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(header).toBe('"time_utc","actor_email","action","entity_type","entity_id","details"');
    expect(row).toBe('"2026-11-22T12:00:00.000Z","lea@example.com","member.removed","Membership","m1","{""email"":""=cmd@example.com"",""name"":""Zoé \\""Z\\""""}"');
    expect(auditCsv([{ id: "2", createdAt: new Date(0), action: "=HYPERLINK()", entityType: "x", entityId: null, details: null, actor: null }])).toContain(`"'=HYPERLINK()"`);
  });
});
