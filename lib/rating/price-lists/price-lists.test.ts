import { describe, expect, it } from "vitest";
import { basePriceCents, internationalRateCode, PRICE_LISTS, priceListFor, usaRateCode } from ".";
import type { PriceList } from "./types";

const consumer = priceListFor("consumer", "2022-01-10")!;
const business = priceListFor("small_business", "2022-01-10")!;

describe("priceListFor", () => {
  it("has the 2022 consumer and small business lists", () => {
    expect(PRICE_LISTS.map((l) => [l.id, l.customerType, l.effectiveFrom, l.currency])).toEqual([
      ["cp-2022-consumer", "consumer", "2022-01-10", "CAD"],
      ["cp-2022-small-business", "small_business", "2022-01-10", "CAD"],
    ]);
    for (const l of PRICE_LISTS) expect(l.source).toMatch(/DK19700.*DK19701.*January 10, 2022/);
  });

  it("returns the list in effect on a date, null before the first one", () => {
    expect(consumer.id).toBe("cp-2022-consumer");
    expect(business.id).toBe("cp-2022-small-business");
    expect(priceListFor("consumer", "2022-01-09")).toBeNull();
    expect(priceListFor("consumer", "2026-11-22")?.id).toBe("cp-2022-consumer");
    // Dates are read in Canada Post's (Eastern) time: 02:00 UTC on Jan 10 is still Jan 9 in Toronto.
    expect(priceListFor("consumer", new Date("2022-01-10T02:00:00Z"))).toBeNull();
    expect(priceListFor("consumer", new Date("2022-01-10T12:00:00Z"))?.id).toBe("cp-2022-consumer");
    expect(() => priceListFor("consumer", "10/01/2022")).toThrow(RangeError);
  });

  it("picks the latest effectiveFrom on or before the date when a newer list is added", () => {
    const next: PriceList = { ...consumer, id: "cp-2023-consumer", effectiveFrom: "2023-01-09" };
    const lists = [next, ...PRICE_LISTS];
    expect(priceListFor("consumer", "2023-01-08", lists)?.id).toBe("cp-2022-consumer");
    expect(priceListFor("consumer", "2023-01-09", lists)?.id).toBe("cp-2023-consumer");
    expect(priceListFor("small_business", "2023-06-01", lists)?.id).toBe("cp-2022-small-business");
  });
});

describe("basePriceCents", () => {
  it("reads published prices (2022 guides)", () => {
    expect(basePriceCents(consumer, "DOM.PC", "A1", 500)).toBe(2159);
    expect(basePriceCents(business, "DOM.PC", "A1", 500)).toBe(2057);
    expect(basePriceCents(business, "DOM.EP", "A1", 500)).toBe(989);
    expect(basePriceCents(consumer, "USA.XP", "4", 1000)).toBe(3646);
    expect(basePriceCents(consumer, "USA.TP", "ALL", 100)).toBe(1340);
    expect(basePriceCents(consumer, "INT.SP.SURF", "1", 100)).toBe(941); // surface starts at 250 g
  });

  it("picks the first weight step at or above the billed weight", () => {
    expect(basePriceCents(consumer, "DOM.PC", "A1", 1)).toBe(2159);
    expect(basePriceCents(consumer, "DOM.PC", "A1", 500)).toBe(2159);
    expect(basePriceCents(consumer, "DOM.PC", "A1", 501)).toBe(2190); // 0.75 kg step
    expect(basePriceCents(consumer, "DOM.PC", "A1", 30_000)).toBe(5475);
    expect(basePriceCents(consumer, "USA.XP", "4", 501)).toBe(3646); // no 0.75 step outside Canada
    expect(basePriceCents(consumer, "USA.TP", "ALL", 2000)).toBe(2764);
  });

  it("adds the over-30 kg add-on per extra 0.5 kg or part", () => {
    expect(basePriceCents(consumer, "DOM.PC", "A1", 30_100)).toBe(5475 + 45);
    expect(basePriceCents(consumer, "DOM.PC", "A1", 30_500)).toBe(5475 + 45);
    expect(basePriceCents(consumer, "DOM.PC", "A1", 30_501)).toBe(5475 + 2 * 45);
    expect(basePriceCents(business, "DOM.EP", "A1", 30_100)).toBe(3497 + 29);
  });

  it("returns null for unknown services, rate codes, and weights past a service without add-on", () => {
    expect(basePriceCents(consumer, "DOM.EP", "A1", 500)).toBeNull(); // small business only
    expect(basePriceCents(consumer, "DOM.PC", "J1", 500)).toBeNull(); // Priority has no J codes
    expect(basePriceCents(consumer, "DOM.XP", "J1", 500)).not.toBeNull();
    expect(basePriceCents(consumer, "DOM.PC", "Z9", 500)).toBeNull();
    expect(basePriceCents(consumer, "NOPE", "A1", 500)).toBeNull();
    expect(basePriceCents(consumer, "USA.TP", "ALL", 2001)).toBeNull();
    expect(basePriceCents(consumer, "INT.PW.ENV", "3", 501)).toBeNull();
    expect(basePriceCents(consumer, "INT.PW.PARCEL", "1", 500)).toBeNull(); // code 1 is USA.PW.*
    expect(basePriceCents(consumer, "USA.PW.PARCEL", "1", 500)).toBe(6878);
    expect(() => basePriceCents(consumer, "DOM.PC", "A1", 0)).toThrow(RangeError);
    expect(() => basePriceCents(consumer, "DOM.PC", "A1", Number.NaN)).toThrow(RangeError);
  });

  it("charges small business less than consumers for the same parcel", () => {
    for (const [service, rate] of [["DOM.PC", "D3"], ["DOM.XP", "B2"], ["DOM.RP", "H1"], ["USA.XP", "3"], ["INT.XP", "104"]] as const) {
      for (const g of [500, 2500, 30_000]) {
        expect(basePriceCents(business, service, rate, g)!, `${service} ${rate} ${g}`).toBeLessThan(basePriceCents(consumer, service, rate, g)!);
      }
    }
  });
});

describe("usaRateCode", () => {
  it("reads the state table by origin zone", () => {
    expect(usaRateCode(consumer, "NS", "NY", "USA.XP")).toBe("2");
    expect(usaRateCode(consumer, "ON", "NY", "USA.XP")).toBe("1");
    expect(usaRateCode(consumer, "qc", "ny", "USA.EP")).toBe("1");
    expect(usaRateCode(consumer, "BC", "NY", "USA.EP")).toBe("7");
    expect(usaRateCode(consumer, "BC", "CA", "USA.XP")).toBe("4");
    expect(usaRateCode(consumer, "NU", "NY", "USA.XP")).toBe("6");
    expect(usaRateCode(consumer, "AB", "AE", "USA.XP")).toBe("7"); // armed forces
  });

  it("uses code 1 for Priority Worldwide and ALL for packets", () => {
    expect(usaRateCode(consumer, "ON", "HI", "USA.PW.PARCEL")).toBe("1");
    expect(usaRateCode(consumer, "ON", "HI", "USA.TP")).toBe("ALL");
    expect(usaRateCode(consumer, "ON", "HI", "USA.SP.AIR")).toBe("ALL");
  });

  it("returns null for unknown provinces, states and services", () => {
    expect(usaRateCode(consumer, "XX", "NY", "USA.XP")).toBeNull();
    expect(usaRateCode(consumer, "ON", "ZZ", "USA.XP")).toBeNull();
    expect(usaRateCode(consumer, "ON", "ZZ", "USA.TP")).toBeNull();
    expect(usaRateCode(consumer, "ON", "NY", "DOM.PC")).toBeNull();
  });
});

describe("internationalRateCode", () => {
  it("reads the country table with max weight and coverage", () => {
    expect(internationalRateCode(consumer, "GB", "INT.XP")).toEqual({ rateCode: "102", maxWeightGrams: 30_000, maxCoverageCents: 100_000 });
    expect(internationalRateCode(consumer, "au", "INT.IP.SURF")).toEqual({ rateCode: "405", maxWeightGrams: 20_000, maxCoverageCents: 100_000 });
    expect(internationalRateCode(consumer, "AF", "INT.IP.AIR")).toEqual({ rateCode: "206", maxWeightGrams: 20_000, maxCoverageCents: 10_000 });
    expect(internationalRateCode(consumer, "JP", "INT.PW.PAK")).toEqual({ rateCode: "4", maxWeightGrams: 30_000, maxCoverageCents: 100_000 });
    expect(internationalRateCode(consumer, "FR", "INT.TP")).toEqual({ rateCode: "2", maxWeightGrams: 2_000, maxCoverageCents: null });
    expect(internationalRateCode(consumer, "JP", "INT.SP.AIR")?.rateCode).toBe("4");
    expect(internationalRateCode(consumer, "JP", "INT.SP.SURF")?.rateCode).toBe("4");
  });

  it("prices with the rate code it returns", () => {
    const { rateCode } = internationalRateCode(business, "FR", "INT.XP")!;
    expect(basePriceCents(business, "INT.XP", rateCode, 1200)).toBeGreaterThan(0);
  });

  it("returns null for the USA, Canada, unknown services and countries missing from a table", () => {
    expect(internationalRateCode(consumer, "US", "INT.PW.PARCEL")).toBeNull();
    expect(internationalRateCode(consumer, "CA", "INT.XP")).toBeNull();
    expect(internationalRateCode(consumer, "GB", "INT.IP.AIR")).toBeNull(); // not printed in the CSV
    expect(internationalRateCode(consumer, "GB", "DOM.PC")).toBeNull();
    expect(internationalRateCode(consumer, "XX", "INT.XP")).toBeNull();
  });
});
