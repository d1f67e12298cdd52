/**
 * Properties every quote keeps, over random parcels, lanes, options and mailing times: a heavier or
 * bigger parcel never costs less on the same lane and service; totals are the sum of their lines;
 * every expected delivery date comes after the mailing date.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateServices, type RateRequest } from "./quote";
import { SMALL_BUSINESS, CONSUMER } from "./test-support";

const ORIGINS = ["M5V 3L9", "H2H 2S6", "V6B 1A1", "T2P 1J9", "B3H 4R2", "R3C 0V8", "A1C 5M2", "X1A 2N4", "P0N 1A6", "E1C 4M3"];
const DESTINATIONS: RateRequest["destination"][] = [
  { country: "CA", postalCode: "K1A 0B1" }, { country: "CA", postalCode: "X0A 0H0" }, { country: "CA", postalCode: "V8W 1P6" },
  { country: "CA", postalCode: "G1R 4P5" }, { country: "CA", postalCode: "T0B 0A8" }, { country: "CA", postalCode: "Y1A 2C6" },
  { country: "CA", postalCode: "B3H 4R2" }, { country: "US", state: "NY" }, { country: "US", state: "HI" }, { country: "US", state: "TX" },
  { country: "FR" }, { country: "JP" }, { country: "DE" }, { country: "BR" }, { country: "AU" }, { country: "ZA" },
];

const parcel = fc.record({
  weightGrams: fc.integer({ min: 1, max: 30_000 }),
  lengthMm: fc.integer({ min: 10, max: 1200 }),
  widthMm: fc.integer({ min: 10, max: 800 }),
  heightMm: fc.integer({ min: 5, max: 600 }),
});
const options = fc.oneof(
  fc.constant({}),
  fc.record({ signature: fc.constant(true), coverageCents: fc.integer({ min: 0, max: 100 }).map((n) => n * 5000) }),
  fc.record({ cardForPickup: fc.constant(true), codCents: fc.integer({ min: 1, max: 500_000 }) }),
  fc.record({ deliverToPostOffice: fc.boolean(), proofOfAge: fc.constantFrom(18 as const, 19 as const, null) }),
);
const mailedAt = fc.date({ min: new Date("2022-01-10T05:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true });
const lane = fc.record({
  originPostalCode: fc.constantFrom(...ORIGINS),
  destination: fc.constantFrom(...DESTINATIONS),
  priceList: fc.constantFrom(SMALL_BUSINESS, CONSUMER),
});

const RUNS = { numRuns: 300 };

describe("quote properties", () => {
  it("a total is always the sum of its lines, in whole cents, and every date follows the mailing date", () => {
    fc.assert(
      fc.property(lane, parcel, options, mailedAt, (l, p, o, at) => {
        const result = rateServices({ ...l, parcel: p, options: o, mailedAt: at });
        for (const q of result.quotes) {
          const sum = q.lines.reduce((t, line) => t + line.amountCents, 0);
          expect(q.totalCents).toBe(sum);
          expect(q.preTaxCents + q.taxCents).toBe(q.totalCents);
          expect(q.lines.every((line) => Number.isInteger(line.amountCents) && line.amountCents >= 0)).toBe(true);
          expect(q.lines[0]?.kind).toBe("base");
          expect(q.expectedDeliveryDate > q.mailingDate).toBe(true);
          // Never before the day it was handed in (in any Canadian time zone).
          expect(q.mailingDate >= new Date(at.getTime() - 10 * 3_600_000).toISOString().slice(0, 10)).toBe(true);
        }
        // Every service to the destination is either quoted or explained.
        if (result.problems.length === 0) {
          for (const u of result.unavailable) expect(u.problems.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it("a heavier parcel never costs less on the same lane and service", () => {
    fc.assert(
      fc.property(lane, parcel, fc.integer({ min: 1, max: 10_000 }), options, (l, p, extra, o) => {
        const base = { ...l, options: o, mailedAt: "2026-12-01T10:00" };
        const light = rateServices({ ...base, parcel: p });
        const heavy = rateServices({ ...base, parcel: { ...p, weightGrams: Math.min(30_000, p.weightGrams + extra) } });
        for (const q of light.quotes) {
          const h = heavy.quotes.find((x) => x.serviceCode === q.serviceCode);
          if (h) expect(h.totalCents).toBeGreaterThanOrEqual(q.totalCents);
        }
      }),
      RUNS,
    );
  });

  it("a bigger parcel never costs less on the same lane and service", () => {
    fc.assert(
      fc.property(lane, parcel, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (l, p, dl, dw, dh) => {
        const base = { ...l, mailedAt: "2026-12-01T10:00" };
        const small = rateServices({ ...base, parcel: p });
        const big = rateServices({ ...base, parcel: { ...p, lengthMm: p.lengthMm + dl, widthMm: p.widthMm + dw, heightMm: p.heightMm + dh } });
        for (const q of small.quotes) {
          const b = big.quotes.find((x) => x.serviceCode === q.serviceCode);
          if (b) expect(b.totalCents).toBeGreaterThanOrEqual(q.totalCents);
        }
      }),
      RUNS,
    );
  });
});
