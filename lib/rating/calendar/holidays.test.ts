import { describe, expect, it } from "vitest";
import { easterSunday } from "./dates";
import { PROVINCES, statutoryHolidays, type Province } from "./holidays";
import { isBusinessDay } from "./business-days";

const closures = (year: number, p: Province) =>
  statutoryHolidays(year, p)
    .filter((h) => h.postalClosure)
    .map((h) => h.date);

/** National closures as observed (Canada Post official holiday schedule, 2023-2026 editions). */
const NATIONAL: Record<number, string[]> = {
  2022: ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-23", "2022-07-01", "2022-09-05", "2022-09-19", "2022-09-30", "2022-10-10", "2022-11-11", "2022-12-26", "2022-12-27"],
  2023: ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-22", "2023-07-03", "2023-09-04", "2023-10-02", "2023-10-09", "2023-11-13", "2023-12-25", "2023-12-26"],
  2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-20", "2024-07-01", "2024-09-02", "2024-09-30", "2024-10-14", "2024-11-11", "2024-12-25", "2024-12-26"],
  2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-19", "2025-07-01", "2025-09-01", "2025-09-30", "2025-10-13", "2025-11-11", "2025-12-25", "2025-12-26"],
  2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-18", "2026-07-01", "2026-09-07", "2026-09-30", "2026-10-12", "2026-11-11", "2026-12-25", "2026-12-28"],
};
/** First Monday of August (Civic Holiday / Heritage Day AB / Natal Day NS). */
const AUGUST: Record<number, string> = { 2022: "2022-08-01", 2023: "2023-08-07", 2024: "2024-08-05", 2025: "2025-08-04", 2026: "2026-08-03" };
const QC_NATIONAL: Record<number, string> = { 2022: "2022-06-24", 2023: "2023-06-26", 2024: "2024-06-24", 2025: "2025-06-24", 2026: "2026-06-24" };
const NUNAVUT_DAY: Record<number, string> = { 2022: "2022-07-11", 2023: "2023-07-10", 2024: "2024-07-09", 2025: "2025-07-09", 2026: "2026-07-09" };

const sorted = (dates: string[]) => [...dates].sort();

describe("statutoryHolidays: every closure 2022-2026", () => {
  for (const year of [2022, 2023, 2024, 2025, 2026]) {
    const national = NATIONAL[year]!;
    it(`ON ${year}`, () => expect(closures(year, "ON")).toEqual(sorted([...national, AUGUST[year]!])));
    it(`AB ${year}`, () => expect(closures(year, "AB")).toEqual(sorted([...national, AUGUST[year]!])));
    it(`NS ${year}`, () => expect(closures(year, "NS")).toEqual(sorted([...national, AUGUST[year]!])));
    it(`QC ${year}`, () => expect(closures(year, "QC")).toEqual(sorted([...national, QC_NATIONAL[year]!])));
    it(`NU ${year}`, () => expect(closures(year, "NU")).toEqual(sorted([...national, AUGUST[year]!, NUNAVUT_DAY[year]!])));
  }
});

describe("statutoryHolidays: spot checks", () => {
  const find = (year: number, p: Province, key: string) => statutoryHolidays(year, p).find((h) => h.key === key);

  it("computes Easter and the days around it", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
    expect(find(2025, "ON", "good-friday")?.date).toBe("2025-04-18");
    expect(find(2025, "ON", "easter-monday")?.date).toBe("2025-04-21");
  });

  it("Victoria Day is National Patriots' Day in Quebec", () => {
    expect(find(2025, "ON", "victoria-day")).toMatchObject({ date: "2025-05-19", name: "Victoria Day" });
    expect(find(2025, "QC", "victoria-day")).toMatchObject({ date: "2025-05-19", name: "National Patriots' Day" });
  });

  it("Saint-Jean-Baptiste in Quebec only", () => {
    expect(find(2025, "QC", "quebec-national-holiday")?.date).toBe("2025-06-24");
    expect(isBusinessDay("2025-06-24", "QC")).toBe(false);
    for (const p of PROVINCES.filter((x) => x !== "QC")) {
      expect(find(2025, p, "quebec-national-holiday")).toBeUndefined();
      expect(isBusinessDay("2025-06-24", p)).toBe(true);
    }
  });

  it("first Monday of August everywhere except Quebec and Yukon", () => {
    expect(find(2025, "ON", "civic-holiday")).toMatchObject({ date: "2025-08-04", name: "Civic Holiday" });
    expect(find(2025, "AB", "civic-holiday")?.name).toBe("Heritage Day");
    expect(find(2025, "BC", "civic-holiday")?.name).toBe("British Columbia Day");
    expect(find(2025, "NS", "civic-holiday")?.name).toBe("Natal Day");
    expect(find(2025, "QC", "civic-holiday")).toBeUndefined();
    expect(find(2025, "YT", "civic-holiday")).toBeUndefined();
    expect(isBusinessDay("2025-08-04", "QC")).toBe(true);
    expect(isBusinessDay("2025-08-04", "YT")).toBe(true);
    expect(find(2025, "YT", "discovery-day")?.date).toBe("2025-08-18");
  });

  it("Family Day and its variants are statutory but Canada Post delivers", () => {
    expect(find(2026, "ON", "family-day")).toMatchObject({ date: "2026-02-16", postalClosure: false });
    expect(find(2026, "MB", "family-day")?.name).toBe("Louis Riel Day");
    expect(find(2026, "PE", "family-day")?.name).toBe("Islander Day");
    expect(find(2026, "NS", "family-day")?.name).toBe("Heritage Day");
    expect(find(2018, "BC", "family-day")?.date).toBe("2018-02-12");
    expect(find(2019, "BC", "family-day")?.date).toBe("2019-02-18");
    expect(find(2026, "QC", "family-day")).toBeUndefined();
    expect(find(2017, "NB", "family-day")).toBeUndefined();
    expect(isBusinessDay("2026-02-16", "ON")).toBe(true);
  });

  it("weekend holidays are observed on the next free weekday", () => {
    expect(find(2022, "ON", "christmas-day")).toMatchObject({ actualDate: "2022-12-25", date: "2022-12-26" });
    expect(find(2022, "ON", "boxing-day")).toMatchObject({ actualDate: "2022-12-26", date: "2022-12-27" });
    expect(find(2021, "ON", "christmas-day")?.date).toBe("2021-12-27");
    expect(find(2021, "ON", "boxing-day")?.date).toBe("2021-12-28");
    expect(find(2023, "ON", "canada-day")).toMatchObject({ actualDate: "2023-07-01", date: "2023-07-03" });
    expect(find(2018, "ON", "remembrance-day")?.date).toBe("2018-11-12");
    expect(find(2023, "QC", "quebec-national-holiday")?.date).toBe("2023-06-26");
  });

  it("National Day for Truth and Reconciliation from 2021", () => {
    expect(find(2025, "ON", "truth-and-reconciliation")?.date).toBe("2025-09-30");
    expect(find(2020, "ON", "truth-and-reconciliation")).toBeUndefined();
    expect(find(2021, "QC", "truth-and-reconciliation")?.date).toBe("2021-09-30");
  });

  it("one-off closure for the Queen's state funeral, 2022 only", () => {
    expect(find(2022, "YT", "one-off")?.date).toBe("2022-09-19");
    expect(isBusinessDay("2022-09-19", "QC")).toBe(false);
    expect(find(2023, "ON", "one-off")).toBeUndefined();
  });

  it("National Indigenous Peoples Day in NT and YT only", () => {
    expect(find(2025, "NT", "national-indigenous-peoples-day")?.date).toBe("2025-06-23");
    expect(find(2024, "YT", "national-indigenous-peoples-day")?.date).toBe("2024-06-21");
    expect(find(2024, "ON", "national-indigenous-peoples-day")).toBeUndefined();
  });

  it("every province gets a sorted list with distinct closure dates", () => {
    for (const p of PROVINCES) {
      for (let year = 2000; year <= 2040; year++) {
        const list = statutoryHolidays(year, p);
        const dates = list.map((h) => h.date);
        expect(dates).toEqual([...dates].sort());
        const closed = list.filter((h) => h.postalClosure).map((h) => h.date);
        expect(new Set(closed).size).toBe(closed.length);
        for (const d of closed) expect(d.startsWith(String(year))).toBe(true);
      }
    }
  });

  it("rejects bad input", () => {
    expect(() => statutoryHolidays(2025.5, "ON")).toThrow(RangeError);
    expect(() => statutoryHolidays(2025, "XX" as Province)).toThrow(RangeError);
  });
});
