import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from "./dates";
import { PROVINCES } from "./holidays";
import { addBusinessDays, expectedDeliveryDate, isBusinessDay, nextBusinessDay } from "./business-days";

describe("business days", () => {
  it("skips weekends", () => {
    expect(isBusinessDay("2025-06-06", "ON")).toBe(true); // Friday
    expect(isBusinessDay("2025-06-07", "ON")).toBe(false);
    expect(isBusinessDay("2025-06-08", "ON")).toBe(false);
    expect(nextBusinessDay("2025-06-06", "ON")).toBe("2025-06-09");
    expect(addBusinessDays("2025-06-05", 2, "ON")).toBe("2025-06-09");
    expect(addBusinessDays("2025-06-07", 1, "ON")).toBe("2025-06-09");
    expect(addBusinessDays("2025-06-07", 0, "ON")).toBe("2025-06-07");
  });

  it("counts across Christmas and New Year", () => {
    // 2025: Christmas Thu, Boxing Day Fri, New Year's Day Thu.
    expect(addBusinessDays("2025-12-23", 1, "ON")).toBe("2025-12-24");
    expect(addBusinessDays("2025-12-24", 1, "ON")).toBe("2025-12-29");
    expect(addBusinessDays("2025-12-24", 4, "ON")).toBe("2026-01-02");
    expect(addBusinessDays("2025-12-24", 5, "ON")).toBe("2026-01-05");
    // 2022: Christmas observed Mon 26, Boxing Day Tue 27; 2023 New Year's observed Mon Jan 2.
    expect(nextBusinessDay("2022-12-23", "QC")).toBe("2022-12-28");
    expect(addBusinessDays("2022-12-23", 4, "QC")).toBe("2023-01-03");
    expect(addBusinessDays("2022-12-30", 1, "NU")).toBe("2023-01-03");
  });

  it("uses the holidays of every listed province", () => {
    expect(isBusinessDay("2025-06-24", "ON")).toBe(true);
    expect(isBusinessDay("2025-06-24", ["ON", "QC"])).toBe(false);
    expect(addBusinessDays("2025-06-23", 1, ["ON", "QC"])).toBe("2025-06-25");
    expect(addBusinessDays("2025-08-01", 1, ["QC", "ON"])).toBe("2025-08-05");
    expect(addBusinessDays("2025-08-01", 1, "QC")).toBe("2025-08-04");
  });

  it("expected delivery counts from the business day after the start", () => {
    // Priority, 1 business day: mailed Thursday 2025-04-17 -> Good Friday, weekend, Easter Monday.
    expect(expectedDeliveryDate("2025-04-17", 1, "ON")).toBe("2025-04-22");
    expect(expectedDeliveryDate("2025-09-29", 2, "AB")).toBe("2025-10-02");
  });

  it("rejects bad input", () => {
    expect(() => addBusinessDays("2025-06-06", -1, "ON")).toThrow(RangeError);
    expect(() => addBusinessDays("2025-06-06", 1.5, "ON")).toThrow(RangeError);
    expect(() => isBusinessDay("2025-02-30", "ON")).toThrow(RangeError);
    expect(() => isBusinessDay("2025-6-6", "ON")).toThrow(RangeError);
  });

  it("addBusinessDays(d, n) is a business day strictly after d, with exactly n business days in (d, result]", () => {
    // Deterministic PRNG (mulberry32) so failures reproduce.
    let seed = 0x5eed1234;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const lo = toDayNumber("2000-01-01");
    const hi = toDayNumber("2040-12-31");
    for (let i = 0; i < 3000; i++) {
      const d = fromDayNumber(lo + Math.floor(rand() * (hi - lo)));
      const n = 1 + Math.floor(rand() * 25);
      const province = PROVINCES[Math.floor(rand() * PROVINCES.length)]!;
      const result = addBusinessDays(d, n, province);
      expect(result > d).toBe(true);
      expect(isBusinessDay(result, province)).toBe(true);
      expect([0, 6]).not.toContain(dayOfWeek(result));
      let count = 0;
      for (let x = addDays(d, 1); x <= result; x = addDays(x, 1)) if (isBusinessDay(x, province)) count++;
      expect(count).toBe(n);
    }
  });
});
