import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rateServices, type Quote } from "./quote";
import { RATE_CODE_EXAMPLES } from "./zones/calibration-examples";
import { domesticRateCode } from "./zones";
import { CONSUMER, SMALL_BUSINESS, request } from "./test-support";

// The published prices, read straight from the shared CSV (independently of the generated tables).
const CSV = path.resolve(import.meta.dirname, "../../../shared/data/canada-post-2022/cp_domestic_prices_2022.csv");
const SERVICE_NAMES: Record<string, string> = { "DOM.PC": "Priority", "DOM.XP": "Xpresspost", "DOM.EP": "Expedited Parcel", "DOM.RP": "Regular Parcel" };
const published = new Map<string, number>();
for (const line of fs.readFileSync(CSV, "utf8").trim().split(/\r?\n/).slice(1)) {
  const [customer, service, kg, code, price] = line.split(",");
  published.set(`${customer}|${service}|${Number(kg)}|${code}`, Math.round(Number(price) * 100));
}

const domestic = (origin: string, destination: string, over: Parameters<typeof request>[0] = {}) =>
  rateServices(request({ originPostalCode: origin, destination: { country: "CA", postalCode: destination }, ...over }));
const line = (q: Quote | undefined, code: string) => q?.lines.find((l) => l.code === code);
const only = (services: string[], origin: string, destination: string, over: Parameters<typeof request>[0] = {}) => {
  const result = domestic(origin, destination, { services, ...over });
  expect(result.unavailable).toEqual([]);
  return result.quotes[0]!;
};

describe("domestic base prices against the 2022 guides, on the example lanes the model reproduces", () => {
  const reproduced = RATE_CODE_EXAMPLES.filter((e) => domesticRateCode(e.origin, e.destination) === e.code);
  const weightsKg = [0.5, 0.75, 1, 2.5, 10, 30];

  it("reproduces the calibration's 36 lanes (the rest are documented misses)", () => {
    expect(reproduced).toHaveLength(36);
  });

  for (const [customer, list] of [["small_business", SMALL_BUSINESS], ["consumer", CONSUMER]] as const) {
    it(`prices every domestic service at ${weightsKg.join(", ")} kg on each lane, ${customer}`, () => {
      let checked = 0;
      for (const example of reproduced) {
        for (const kg of weightsKg) {
          const result = domestic(example.origin, example.destination, { priceList: list, parcel: { weightGrams: kg * 1000, lengthMm: 100, widthMm: 100, heightMm: 100 } });
          for (const [service, name] of Object.entries(SERVICE_NAMES)) {
            const expected = published.get(`${customer}|${name}|${kg}|${example.code}`);
            const quote = result.quotes.find((q) => q.serviceCode === service);
            if (expected === undefined) {
              // Not in this list (Expedited Parcel for consumers): said so, not priced.
              expect(quote).toBeUndefined();
              continue;
            }
            expect(quote?.rateCode).toBe(example.code);
            expect(line(quote, service)?.amountCents).toBe(expected);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(600);
    });
  }
});

describe("a domestic quote, line by line", () => {
  // Weston (Toronto) to Milton, rate code A1, both in Ontario: a local lane.
  const [WESTON, MILTON] = ["M9N 0A1", "L9T 0A1"];

  it("Expedited Parcel 2 kg with signature: base, option, 39.5 % fuel on the base, 13 % HST on everything", () => {
    const q = only(["DOM.EP"], WESTON, MILTON, { parcel: { weightGrams: 2000, lengthMm: 300, widthMm: 200, heightMm: 100 }, options: { signature: true } });
    const fuel = Math.round(1176 * 0.395);
    const preTax = 1176 + 200 + fuel;
    expect(q.lines).toEqual([
      { kind: "base", code: "DOM.EP", amountCents: 1176, values: { rateCode: "A1" } },
      { kind: "option", code: "SO", amountCents: 200, values: undefined },
      { kind: "fuel", code: "FUEL", amountCents: fuel, percent: 39.5 },
      { kind: "tax", code: "HST", amountCents: Math.round(preTax * 0.13), percent: 13 },
    ]);
    expect(q.totalCents).toBe(preTax + Math.round(preTax * 0.13));
    expect(q.lane).toBe("local");
  });

  it("charges the over-30 kg add-on per extra 0.5 kg of volumetric weight", () => {
    // 80 x 60 x 40 cm = 192,000 cm³: 32 kg at Regular Parcel's 6000 cm³/kg, 4 half-kilos above 30 kg.
    const q = only(["DOM.RP"], WESTON, MILTON, { parcel: { weightGrams: 10_000, lengthMm: 800, widthMm: 600, heightMm: 400 } });
    expect(q.billedWeightGrams).toBe(32_000); // Regular Parcel divides by 6000: 32 kg
    expect(line(q, "DOM.RP")?.amountCents).toBe(3497 + 4 * 29); // $0.29 per 0.5 kg (small business, A1)
  });

  it("adds the oversized surcharge above 1 m", () => {
    const q = only(["DOM.XP"], WESTON, MILTON, { parcel: { weightGrams: 5_000, lengthMm: 1100, widthMm: 200, heightMm: 100 } });
    expect(line(q, "OVERSIZE")?.amountCents).toBe(1800);
  });

  it("charges GST and QST to Quebec and GST alone to Alberta", () => {
    const quebec = only(["DOM.XP"], "M5V 3L9", "H2H 2S6");
    expect(quebec.lines.filter((l) => l.kind === "tax").map((l) => l.code)).toEqual(["GST", "QST"]);
    const alberta = only(["DOM.XP"], "M5V 3L9", "T2P 1J9");
    expect(alberta.lines.filter((l) => l.kind === "tax").map((l) => [l.code, l.percent])).toEqual([["GST", 5]]);
  });

  it("counts business days from the next one, and moves past the cut-off, weekends and holidays", () => {
    const priority = (mailedAt: string) => only(["DOM.PC"], WESTON, MILTON, { mailedAt }).expectedDeliveryDate;
    expect(priority("2026-12-01T10:00")).toBe("2026-12-02"); // Tuesday morning -> Wednesday
    expect(priority("2026-12-01T17:30")).toBe("2026-12-03"); // after the 17:00 cut-off
    expect(priority("2026-12-04T10:00")).toBe("2026-12-07"); // Friday -> Monday
    // Christmas on Friday, Boxing Day on Saturday observed on Monday the 28th.
    expect(priority("2026-12-24T10:00")).toBe("2026-12-29");
    const regular = only(["DOM.RP"], "M5V 3L9", "V6B 1A1", { mailedAt: "2026-12-01T10:00" });
    expect(regular).toMatchObject({ lane: "national", transitBusinessDays: 10, expectedDeliveryDate: "2026-12-15", guaranteed: false });
  });

  it("does not offer Priority to Nunavut (a J rate code) and rates the other services as remote", () => {
    const result = domestic("M5V 3L9", "X0A 0H0");
    expect(result.unavailable).toEqual([{ serviceCode: "DOM.PC", problems: [{ code: "notOnLane", field: "destination", values: { service: "DOM.PC" } }] }]);
    expect(result.quotes.map((q) => [q.serviceCode, q.rateCode, q.lane])).toEqual([
      ["DOM.XP", "J2", "remote"],
      ["DOM.EP", "J2", "remote"],
      ["DOM.RP", "J2", "remote"],
    ]);
  });

  it("reports a postal code that is not Canadian or a conflict of options for the whole request", () => {
    expect(domestic("M5V 3L9", "12345").problems).toEqual([{ code: "destinationInvalid", field: "destination" }]);
    expect(domestic("ZZZ", "K1A 0B1").problems).toEqual([{ code: "originInvalid", field: "origin" }]);
    const conflict = domestic("M5V 3L9", "K1A 0B1", { options: { leaveAtDoor: true, signature: true } });
    expect(conflict.quotes).toEqual([]);
    expect(conflict.problems).toEqual([{ code: "optionsConflict", field: "options", values: { a: "LAD", b: "SO" } }]);
  });
});
