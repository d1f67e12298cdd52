import { describe, expect, it } from "vitest";
import { rateServices, type Quote } from "./quote";
import { request } from "./test-support";

function quote(services: string[], overrides: Parameters<typeof request>[0] = {}): Quote {
  const result = rateServices(request({ services, ...overrides }));
  expect(result.problems).toEqual([]);
  expect(result.unavailable).toEqual([]);
  expect(result.quotes).toHaveLength(1);
  return result.quotes[0]!;
}

const line = (q: Quote, code: string) => q.lines.find((l) => l.code === code);

describe("USA quotes, itemised against the 2022 small business guide", () => {
  it("Xpresspost USA from Ontario to New York, 1 kg: code 1, $32.71, 23 % fuel, no tax, 3 business days, guaranteed", () => {
    const q = quote(["USA.XP"]);
    expect(q.rateCode).toBe("1");
    expect(line(q, "USA.XP")?.amountCents).toBe(3271);
    expect(line(q, "FUEL")).toMatchObject({ amountCents: 752, percent: 23 });
    expect(q.lines.filter((l) => l.kind === "tax")).toEqual([]);
    expect(q.totalCents).toBe(3271 + 752);
    expect(q.expectedDeliveryDate).toBe("2026-12-04");
    expect(q.guaranteed).toBe(true);
  });

  it("uses the origin zone: the same state is code 7 from British Columbia", () => {
    const q = quote(["USA.XP"], { originPostalCode: "V6B 1A1" });
    expect(q.rateCode).toBe("7");
  });

  it("rates Tracked Packet and Small Packet USA at one price for all states, on actual weight", () => {
    const big = { weightGrams: 500, lengthMm: 400, widthMm: 300, heightMm: 150 };
    expect(line(quote(["USA.TP"], { parcel: big }), "USA.TP")?.amountCents).toBe(1795);
    expect(line(quote(["USA.SP.AIR"], { parcel: big }), "USA.SP.AIR")?.amountCents).toBe(1283);
  });

  it("bills the volumetric weight of a light, bulky parcel (5000 cm³/kg), each side rounded up to the cm", () => {
    // 40.1 x 30 x 20 cm -> 41 x 30 x 20 = 24,600 cm³ -> 4.92 kg billed at the 5 kg step.
    const q = quote(["USA.EP"], { parcel: { weightGrams: 800, lengthMm: 401, widthMm: 300, heightMm: 200 } });
    expect(q.volumetricWeightGrams).toBe(4920);
    expect(q.billedWeightGrams).toBe(4920);
  });

  it("adds $8.50 to Priority Worldwide for Alaska and Hawaii, and a slower date", () => {
    const ny = quote(["USA.PW.PARCEL"]);
    const ak = quote(["USA.PW.PARCEL"], { destination: { country: "US", state: "AK" } });
    expect(line(ak, "ALASKA_HAWAII")?.amountCents).toBe(850);
    expect(line(ny, "ALASKA_HAWAII")).toBeUndefined();
    expect(ak.expectedDeliveryDate > ny.expectedDeliveryDate).toBe(true);
  });

  it("taxes a USA item under $5 as a supply in the origin province (HST 13 % from Ontario)", () => {
    // No published USA price is under $5, so a list with one is built for the rule.
    const req = request({ services: ["USA.SP.AIR"], parcel: { weightGrams: 100, lengthMm: 100, widthMm: 100, heightMm: 10 } });
    const cheap = { ...req.priceList, rates: { ...req.priceList.rates, "USA.SP.AIR": { weightStepsGrams: [2000], pricesCents: { ALL: [300] } } } };
    const q = rateServices({ ...req, priceList: cheap }).quotes[0]!;
    expect(line(q, "HST")).toMatchObject({ percent: 13, amountCents: Math.round((300 + 63) * 0.13) });
  });
});

describe("international quotes", () => {
  it("Xpresspost International to France, 2 kg: code 102, $85.59", () => {
    const q = quote(["INT.XP"], { destination: { country: "FR" }, parcel: { weightGrams: 2000, lengthMm: 200, widthMm: 150, heightMm: 100 } });
    expect(q.rateCode).toBe("102");
    expect(line(q, "INT.XP")?.amountCents).toBe(8559);
    expect(q.totalCents).toBe(8559 + Math.round(8559 * 0.23));
  });

  it("Small Packet International Air to France at 250 g: code 2, packet fuel group (21 %)", () => {
    const q = quote(["INT.SP.AIR"], { destination: { country: "FR" }, parcel: { weightGrams: 250, lengthMm: 200, widthMm: 150, heightMm: 50 } });
    expect(q.rateCode).toBe("2");
    expect(line(q, "FUEL")?.percent).toBe(21);
  });

  it("explains a service that does not go to the country (International Parcel Air to France)", () => {
    const result = rateServices(request({ destination: { country: "FR" } }));
    const missing = result.unavailable.find((u) => u.serviceCode === "INT.IP.AIR");
    expect(missing?.problems.map((p) => p.code)).toEqual(["notToDestination"]);
    expect(result.quotes.map((q) => q.serviceCode)).toContain("INT.XP");
  });

  it("limits packets to 2 kg, 60 cm a side and 90 cm in all, with the limits in the message", () => {
    const result = rateServices(request({ destination: { country: "FR" }, parcel: { weightGrams: 2500, lengthMm: 650, widthMm: 200, heightMm: 100 } }));
    const packet = result.unavailable.find((u) => u.serviceCode === "INT.SP.AIR")!;
    expect(packet.problems).toEqual([
      { code: "weightOverLimit", field: "weight", values: { service: "INT.SP.AIR", maxKg: 2 } },
      { code: "sideOverLimit", field: "dimensions", values: { service: "INT.SP.AIR", maxCm: 60 } },
      { code: "packetSizeOverLimit", field: "dimensions", values: { service: "INT.SP.AIR", maxCm: 90, maxSideCm: 60 } },
    ]);
  });

  it("caps coverage at the country's maximum", () => {
    const result = rateServices(request({ destination: { country: "FR" }, options: { signature: true, coverageCents: 200_000 } }));
    const xp = result.unavailable.find((u) => u.serviceCode === "INT.XP");
    expect(xp?.problems[0]).toMatchObject({ code: "coverageOverLimit", values: { max: 1000 } });
  });
});
