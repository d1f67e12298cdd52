import { describe, expect, it } from "vitest";
import { rateWithConnectors } from "./rate";
import { referenceConnector } from "./reference";
import { capabilities, type CarrierConnector, type CarrierRateRequest } from "./types";

const request: CarrierRateRequest = {
  customerType: "small_business",
  originPostalCode: "M5V 3L9",
  destination: { country: "US", state: "NY" },
  parcel: { weightGrams: 1000, lengthMm: 200, widthMm: 150, heightMm: 100 },
  mailedAt: "2026-12-01T10:00",
};

const broken: CarrierConnector = { id: "canadapost", sandbox: false, rate: async () => Promise.reject(new Error("HTTP 503 from the carrier")) };
const silent: CarrierConnector = { id: "canadapost", sandbox: false, rate: () => new Promise(() => {}) };

describe("rating across connectors", () => {
  it("rates with the reference connector, marked as sample data, with the price list used", async () => {
    const { results, messages } = await rateWithConnectors([referenceConnector], request);
    expect(messages).toEqual([]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ carrier: "reference", sandbox: true, priceListId: "cp-2022-small-business" });
    expect(results[0]!.quotes.map((q) => q.serviceCode)).toEqual(["USA.PW.PARCEL", "USA.PW.PAK", "USA.XP", "USA.EP", "USA.TP", "USA.SP.AIR"]);
    expect(results[0]!.unavailable.map((u) => u.serviceCode)).toEqual(["USA.PW.ENV"]);
  });

  it("turns a connector's failure into a message and keeps the other connector's quotes", async () => {
    const { results, messages } = await rateWithConnectors([referenceConnector, broken], request);
    expect(results.map((r) => r.carrier)).toEqual(["reference"]);
    expect(messages).toEqual([{ carrier: "canadapost", problem: { code: "carrierFailed", values: { carrier: "canadapost" } }, detail: "HTTP 503 from the carrier" }]);
  });

  it("gives up on a connector that does not answer in time", async () => {
    const { results, messages } = await rateWithConnectors([silent, referenceConnector], request, 50);
    expect(results.map((r) => r.carrier)).toEqual(["reference"]);
    expect(messages[0]).toMatchObject({ carrier: "canadapost", problem: { code: "carrierFailed" }, detail: "timed out after 50 ms" });
  });

  it("passes the request's own problems on as messages, with no quotes", async () => {
    const { results, messages } = await rateWithConnectors([referenceConnector], { ...request, destination: { country: "US", state: "ZZ" } });
    expect(results[0]!.quotes).toEqual([]);
    expect(messages).toEqual([{ carrier: "reference", problem: { code: "destinationInvalid", field: "destination" } }]);
  });

  it("says what a connector can do from what it implements", () => {
    expect(capabilities(referenceConnector)).toEqual(["rate", "findPostOffices", "pickups", "manifests"]);
    expect(capabilities({ id: "canadapost", sandbox: false })).toEqual([]);
  });
});
