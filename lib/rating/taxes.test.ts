import { describe, expect, it } from "vitest";
import { taxLines } from "./taxes";
import { fuelSurchargePercent } from "./rules/fuel";

describe("taxes on postage", () => {
  it("charges HST by destination province: Nova Scotia 15 % until 2025-03-31, 14 % from 2025-04-01", () => {
    expect(taxLines(10_000, "domestic", "NS", "ON", "2025-03-31")).toEqual([{ kind: "tax", code: "HST", amountCents: 1500, percent: 15 }]);
    expect(taxLines(10_000, "domestic", "NS", "ON", "2025-04-01")).toEqual([{ kind: "tax", code: "HST", amountCents: 1400, percent: 14 }]);
  });

  it("charges GST alone in the west and the territories, GST and QST in Quebec, HST 13 % in Ontario", () => {
    expect(taxLines(2_000, "domestic", "AB", "ON", "2026-12-01").map((l) => [l.code, l.amountCents])).toEqual([["GST", 100]]);
    expect(taxLines(2_000, "domestic", "NU", "ON", "2026-12-01").map((l) => [l.code, l.amountCents])).toEqual([["GST", 100]]);
    expect(taxLines(2_000, "domestic", "QC", "ON", "2026-12-01").map((l) => [l.code, l.amountCents])).toEqual([["GST", 100], ["QST", 200]]);
    expect(taxLines(2_001, "domestic", "ON", "QC", "2026-12-01").map((l) => [l.code, l.amountCents])).toEqual([["HST", 260]]);
  });

  it("charges nothing on USA and international items of $5 or more", () => {
    expect(taxLines(500, "usa", "ON", "ON", "2026-12-01")).toEqual([]);
    expect(taxLines(499, "international", "ON", "NB", "2026-12-01")).toEqual([{ kind: "tax", code: "HST", amountCents: 75, percent: 15 }]);
  });
});

describe("fuel surcharge as dated data", () => {
  it("follows the rate in effect on the mailing date, per group", () => {
    expect(fuelSurchargePercent("domestic", "2022-06-01")).toBe(31);
    expect(fuelSurchargePercent("domestic", "2022-11-07")).toBe(39.5);
    expect(fuelSurchargePercent("usaIntlParcel", "2026-12-01")).toBe(23);
    expect(fuelSurchargePercent("usaIntlPacket", "2026-12-01")).toBe(21);
    expect(fuelSurchargePercent("priorityWorldwide", "2026-12-01")).toBe(21.25);
  });

  it("reads a new row without a code change", () => {
    const table = [
      { from: "2022-05-02", value: { domestic: 31, usaIntlParcel: 23, usaIntlPacket: 21, priorityWorldwide: 21.25 } },
      { from: "2027-01-04", value: { domestic: 20, usaIntlParcel: 15, usaIntlPacket: 14, priorityWorldwide: 13 } },
    ];
    expect(fuelSurchargePercent("domestic", "2027-01-03", table)).toBe(31);
    expect(fuelSurchargePercent("domestic", "2027-01-04", table)).toBe(20);
  });
});
