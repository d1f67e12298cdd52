/**
 * Canada Post rating: Get Rates requests built for real scenarios (each valid against rating.xsd
 * and equal to its fixture, tests/canadapost/fixtures/rating/request-*.xml), answers shaped like
 * Canada Post's (each valid against its schema) read into Envoi's quotes, its refusals into
 * messages, and Discover Services.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { schemaFor, validateAgainst, XSD_DIR, type Validation } from "@/tests/canadapost/validate";
import type { CarrierRateRequest } from "@/lib/carriers/types";
import type { Quote } from "@/lib/rating/quote";
import type { CanadaPostCustomer, CpResponse } from "./request";
import { discoverServicesRequest, mailingDate, parseRates, parseServices, RATE_MEDIA_TYPE, rateRequest, rateRequestProblems } from "./rating";

const DIR = path.resolve(import.meta.dirname, "../../../tests/canadapost/fixtures/rating");
const fixture = (name: string) => readFileSync(path.join(DIR, name), "utf8");
const answer = (name: string, status = 200): CpResponse => ({
  status,
  contentType: name.endsWith(".html") ? "text/html" : RATE_MEDIA_TYPE,
  body: fixture(name),
  bytes: new Uint8Array(),
});

/**
 * discovery.xsd redefines common.xsd (`<xsd:redefine>`), which validateAgainst does not preload
 * yet (it looks for include and import only): preloaded here.
 */
async function validateDiscovery(xml: string): Promise<Validation> {
  const read = (name: string) => ({ fileName: name, contents: readFileSync(path.join(XSD_DIR, name), "utf8") });
  const result = await validateXML({ xml: [{ fileName: "document.xml", contents: xml }], schema: [read("discovery.xsd")], preload: [read("common.xsd")] });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

async function validate(xml: string): Promise<Validation> {
  const schema = schemaFor(xml);
  if (!schema) return { valid: false, errors: ["no schema for this document"] };
  return schema === "discovery" ? validateDiscovery(xml) : validateAgainst(schema, xml);
}

const SMALL_BUSINESS: CanadaPostCustomer = { customerNumber: "2004381", moboCustomerNumber: null, contractNumber: null };
const CONTRACT: CanadaPostCustomer = { customerNumber: "2004381", moboCustomerNumber: "2004381", contractNumber: "42708517" };

/** Ottawa to Toronto, 1.5 kg in a 30 x 20 x 10 cm box, handed in on Monday 10 March 2025 at 10:00. */
const DOMESTIC: CarrierRateRequest = {
  customerType: "small_business",
  originPostalCode: "k1a 0b1",
  destination: { country: "CA", postalCode: "m5v 3l9" },
  parcel: { weightGrams: 1500, lengthMm: 300, widthMm: 200, heightMm: 100 },
  mailedAt: "2025-03-10T10:00",
};
const USA: CarrierRateRequest = {
  ...DOMESTIC,
  customerType: "consumer",
  originPostalCode: "H2X 1Y4",
  destination: { country: "us", postalCode: "10001", state: "NY" },
  parcel: { weightGrams: 2200, lengthMm: 400, widthMm: 300, heightMm: 200 },
  services: ["USA.EP", "USA.XP", "DOM.EP"],
};
const FRANCE: CarrierRateRequest = {
  ...DOMESTIC,
  originPostalCode: "V6B 1A1",
  destination: { country: "FR", postalCode: "75008" },
  parcel: { weightGrams: 800, lengthMm: 250, widthMm: 180, heightMm: 80 },
};

const SCENARIOS: { name: string; fixture: string; request: CarrierRateRequest; customer: CanadaPostCustomer }[] = [
  { name: "domestic, signature and $500 coverage", fixture: "request-domestic-so-cov.xml", customer: SMALL_BUSINESS, request: { ...DOMESTIC, options: { signature: true, coverageCents: 50_000 } } },
  { name: "to the USA by ZIP code, counter prices, the asked USA services only", fixture: "request-usa.xml", customer: SMALL_BUSINESS, request: USA },
  { name: "to France with a postal code", fixture: "request-international-fr.xml", customer: SMALL_BUSINESS, request: FRANCE },
  { name: "deliver to post office", fixture: "request-d2po.xml", customer: SMALL_BUSINESS, request: { ...DOMESTIC, destination: { country: "CA", postalCode: "T2P 1J9" }, options: { deliverToPostOffice: true } } },
  { name: "collect on delivery with card for pickup", fixture: "request-cod.xml", customer: SMALL_BUSINESS, request: { ...DOMESTIC, options: { signature: true, codCents: 12_550, cardForPickup: true } } },
  {
    name: "contract customer, Friday after the cut-off (counts from Monday), proof of age 19, two services",
    fixture: "request-contract.xml",
    customer: CONTRACT,
    request: {
      ...DOMESTIC,
      customerType: "consumer",
      mailedAt: new Date("2025-03-14T22:30:00Z"),
      parcel: { weightGrams: 500, lengthMm: 205, widthMm: 152, heightMm: 48 },
      options: { proofOfAge: 19 },
      services: ["DOM.XP", "DOM.PC"],
    },
  },
];

describe("rateRequest", () => {
  for (const s of SCENARIOS) {
    it(`builds Get Rates: ${s.name}`, async () => {
      const built = rateRequest(s.request, s.customer);
      expect(built).toMatchObject({ group: "rating", method: "POST", path: "/rs/ship/price", accept: RATE_MEDIA_TYPE, body: { mediaType: RATE_MEDIA_TYPE } });
      expect(built.body!.xml).toBe(fixture(s.fixture));
      expect(await validateAgainst("rating", built.body!.xml)).toEqual({ valid: true, errors: [] });
    });
  }

  it("gives Canada Post a ZIP code for a US destination given by state only, and a ZIP+4 as such", async () => {
    const byState = rateRequest({ ...USA, destination: { country: "US", state: "CA" } }, SMALL_BUSINESS).body!.xml;
    expect(byState).toContain("<zip-code>95814</zip-code>");
    const zip4 = rateRequest({ ...USA, destination: { country: "US", postalCode: "100011234", state: "NY" } }, SMALL_BUSINESS).body!.xml;
    expect(zip4).toContain("<zip-code>10001-1234</zip-code>");
    for (const xml of [byState, zip4]) expect((await validateAgainst("rating", xml)).errors).toEqual([]);
  });

  it("leaves out what Canada Post would refuse: a foreign postal code over 10 characters, sides rounding to 0, a filter of services for elsewhere", async () => {
    const xml = rateRequest(
      { ...FRANCE, destination: { country: "gb", postalCode: "SW1A 1AA LONDON" }, parcel: { weightGrams: 100, lengthMm: 200, widthMm: 100, heightMm: 0.4 }, services: ["DOM.EP"] },
      SMALL_BUSINESS,
    ).body!.xml;
    expect(xml).toContain("<country-code>GB</country-code>");
    for (const absent of ["<postal-code>", "<dimensions>", "<services>", "<options>"]) expect(xml).not.toContain(absent);
    expect((await validateAgainst("rating", xml)).errors).toEqual([]);
  });

  it("counts the mailing day as the reference carrier does: the cut-off and weekends move it; a bare date is that day", () => {
    expect(mailingDate({ originPostalCode: "K1A 0B1", mailedAt: "2025-03-10T17:30" })).toBe("2025-03-11");
    expect(mailingDate({ originPostalCode: "K1A 0B1", mailedAt: "2025-03-10T17:30", cutoff: "18:00" })).toBe("2025-03-10");
    expect(mailingDate({ originPostalCode: "K1A 0B1", mailedAt: "2025-03-15T09:00" })).toBe("2025-03-17");
    expect(mailingDate({ originPostalCode: "K1A 0B1", mailedAt: "2025-03-15" })).toBe("2025-03-15");
    expect(() => mailingDate({ originPostalCode: "K1A 0B1", mailedAt: "soon" })).toThrow(RangeError);
  });
});

describe("rateRequestProblems", () => {
  it("finds nothing wrong with the scenarios", () => {
    for (const s of SCENARIOS) expect(rateRequestProblems(s.request), s.name).toEqual([]);
    expect(rateRequestProblems({ ...USA, destination: { country: "US", state: "HI" } })).toEqual([]);
  });

  it("names, by field, what Canada Post would refuse", () => {
    const codes = (request: CarrierRateRequest) => rateRequestProblems(request).map((p) => `${p.field ?? ""}:${p.code}`);
    expect(codes({ ...DOMESTIC, destination: { country: "CA", postalCode: "ZZZ ZZZ" } })).toEqual(["destination:destinationInvalid"]);
    expect(codes({ ...DOMESTIC, originPostalCode: "10001" })).toEqual(["origin:originInvalid"]);
    expect(codes({ ...USA, destination: { country: "US", postalCode: null, state: "ZZ" } })).toEqual(["destination:destinationInvalid"]);
    expect(codes({ ...FRANCE, destination: { country: "France" } })).toEqual(["destination:destinationInvalid"]);
    expect(codes({ ...DOMESTIC, parcel: { weightGrams: 120_000, lengthMm: 10_500, widthMm: 10, heightMm: 10 } })).toEqual(["weight:weightInvalid", "dimensions:dimensionsInvalid"]);
    expect(codes({ ...DOMESTIC, parcel: { ...DOMESTIC.parcel, weightGrams: 0 }, options: { leaveAtDoor: true, signature: true } })).toEqual(["weight:weightInvalid", "options:optionsConflict"]);
    expect(codes({ ...DOMESTIC, mailedAt: "soon" })).toEqual([":mailingDateInvalid"]);
  });
});

describe("the answer fixtures", () => {
  it("are each valid against Canada Post's schema for them", async () => {
    const answers = readdirSync(DIR).filter((f) => f.endsWith(".xml") && !f.startsWith("request-"));
    expect(answers.length).toBeGreaterThanOrEqual(12);
    for (const name of answers) expect(await validate(fixture(name)), name).toEqual({ valid: true, errors: [] });
  });
});

const linesTotal = (q: Quote) => q.lines.reduce((t, l) => t + l.amountCents, 0);
function expectConsistent(quotes: readonly Quote[]) {
  for (const q of quotes) {
    expect(linesTotal(q), q.serviceCode).toBe(q.totalCents);
    expect(q.preTaxCents + q.taxCents).toBe(q.totalCents);
    expect(q.lines.filter((l) => l.kind === "tax").reduce((t, l) => t + l.amountCents, 0)).toBe(q.taxCents);
    expect(q.expectedDeliveryDate >= q.mailingDate).toBe(true);
  }
}

describe("parseRates", () => {
  const domesticRequest = SCENARIOS[0]!.request;

  it("reads each price quote into itemised lines that add up to what Canada Post charges", () => {
    const { data, messages } = parseRates(answer("price-quotes-domestic.xml"), domesticRequest, SMALL_BUSINESS);
    expect(messages).toEqual([]);
    expect(data!.priceListId).toBe("canadapost");
    expect(data!.unavailable).toEqual([]);
    expect(data!.quotes.map((q) => q.serviceCode)).toEqual(["DOM.EP", "DOM.PC", "DOM.RP", "DOM.XP"]);
    expectConsistent(data!.quotes);
    expect(data!.quotes[0]).toEqual({
      serviceCode: "DOM.EP",
      rateCode: "CP",
      billedWeightGrams: 1500,
      volumetricWeightGrams: 1000,
      lines: [
        { kind: "base", code: "DOM.EP", amountCents: 1412, values: { rateCode: "CP" } },
        { kind: "option", code: "SO", amountCents: 255 },
        { kind: "option", code: "COV", amountCents: 1100, values: { amount: 500 } },
        { kind: "surcharge", code: "AUTDISC", amountCents: -42, percent: 3, values: { name: "Automation discount" } },
        { kind: "fuel", code: "FUEL", amountCents: 298, percent: 21.75 },
        { kind: "tax", code: "HST", amountCents: 393, percent: 13 },
      ],
      preTaxCents: 3023,
      taxCents: 393,
      totalCents: 3416,
      lane: "regional",
      mailingDate: "2025-03-10",
      expectedDeliveryDate: "2025-03-12",
      transitBusinessDays: 2,
      guaranteed: true,
    });
  });

  it("shows an included option at 0, leaves out the free delivery confirmation, and puts a rounding cent on the base price", () => {
    const quotes = parseRates(answer("price-quotes-domestic.xml"), domesticRequest).data!.quotes;
    const priority = quotes.find((q) => q.serviceCode === "DOM.PC")!;
    expect(priority.lines.find((l) => l.code === "SO")).toEqual({ kind: "option", code: "SO", amountCents: 0 });
    expect(priority).toMatchObject({ volumetricWeightGrams: null, billedWeightGrams: 1500, expectedDeliveryDate: "2025-03-11", transitBusinessDays: 1 });
    expect(quotes.flatMap((q) => q.lines).some((l) => l.code === "DC")).toBe(false);
    const regular = quotes.find((q) => q.serviceCode === "DOM.RP")!;
    // 13.05 + 2.55 + 11.00 - 0.39 + 2.63 + 3.75 = 32.59; Canada Post charges 32.60.
    expect(regular.lines[0]).toEqual({ kind: "base", code: "DOM.RP", amountCents: 1306, values: { rateCode: "CP" } });
    expect(regular).toMatchObject({ totalCents: 3260, preTaxCents: 2885, taxCents: 375, guaranteed: false, expectedDeliveryDate: "2025-03-13" });
  });

  it("reads a French answer: GST and QST (Canada Post's pst) with their rates, counter prices", () => {
    const request: CarrierRateRequest = { ...DOMESTIC, customerType: "consumer", destination: { country: "CA", postalCode: "H2X 1Y4" } };
    const { data, messages } = parseRates(answer("price-quotes-domestic-fr.xml"), request, SMALL_BUSINESS);
    expect(messages).toEqual([]);
    expect(data!.priceListId).toBe("canadapost-counter");
    expectConsistent(data!.quotes);
    const expedited = data!.quotes[0]!;
    expect(expedited.lines).toEqual([
      { kind: "base", code: "DOM.EP", amountCents: 1649, values: { rateCode: "CP" } },
      { kind: "fuel", code: "FUEL", amountCents: 317, percent: 19.25 },
      { kind: "tax", code: "GST", amountCents: 98, percent: 5 },
      { kind: "tax", code: "QST", amountCents: 196, percent: 9.975 },
    ]);
    expect(expedited).toMatchObject({ preTaxCents: 1966, taxCents: 294, totalCents: 2260 });
    expect(data!.quotes.map((q) => [q.serviceCode, q.totalCents, q.guaranteed])).toEqual([
      ["DOM.EP", 2260, true],
      ["DOM.PC", 3990, true],
      ["DOM.RP", 1951, false],
      ["DOM.XP", 2941, true],
    ]);
  });

  it("bills the cubed weight when it is over the actual weight; no tax on an export", () => {
    const { data } = parseRates(answer("price-quotes-usa.xml"), USA);
    expectConsistent(data!.quotes);
    expect(data!.quotes.map((q) => [q.serviceCode, q.totalCents, q.billedWeightGrams, q.volumetricWeightGrams, q.taxCents, q.lane])).toEqual([
      ["USA.EP", 4701, 4000, 4000, 0, "national"],
      ["USA.XP", 7558, 4000, 4000, 0, "national"],
    ]);
    expect(data!.quotes.every((q) => q.lines.every((l) => l.kind !== "tax"))).toBe(true);
  });

  it("completes a missing delivery standard: the date from the transit time, the time from the date, else Envoi's own standard", () => {
    const { data } = parseRates(answer("price-quotes-international.xml"), FRANCE, CONTRACT);
    expect(data!.priceListId).toBe("canadapost-contract");
    expectConsistent(data!.quotes);
    expect(data!.quotes.map((q) => [q.serviceCode, q.expectedDeliveryDate, q.transitBusinessDays])).toEqual([
      ["INT.IP.AIR", "2025-03-20", 8],
      ["INT.SP.AIR", "2025-03-24", 10],
      ["INT.SP.SURF", "2025-06-05", 60],
      ["INT.XP", "2025-03-18", 6],
    ]);
  });

  it("keeps only the services asked for, and the services Envoi sells", () => {
    const only = parseRates(answer("price-quotes-domestic.xml"), { ...domesticRequest, services: ["DOM.XP", "DOM.EP"] }).data!;
    expect(only.quotes.map((q) => q.serviceCode)).toEqual(["DOM.EP", "DOM.XP"]);
    const library = answer("price-quotes-domestic.xml");
    library.body = library.body.replaceAll("DOM.RP", "DOM.LIB");
    expect(parseRates(library, domesticRequest).data!.quotes.map((q) => q.serviceCode)).toEqual(["DOM.EP", "DOM.PC", "DOM.XP"]);
  });

  it("answers no quote for an empty price-quotes", () => {
    expect(parseRates(answer("price-quotes-empty.xml"), domesticRequest)).toEqual({ data: { priceListId: "canadapost", quotes: [], unavailable: [] }, messages: [] });
  });

  it("leaves out a price quote without its amounts, with a message for the logs", () => {
    const broken = answer("price-quotes-usa.xml");
    broken.body = broken.body.replace("<due>47.01</due>", "");
    const { data, messages } = parseRates(broken, USA);
    expect(data!.quotes.map((q) => q.serviceCode)).toEqual(["USA.XP"]);
    expect(messages).toEqual([expect.objectContaining({ carrier: "canadapost", problem: expect.objectContaining({ code: "carrierFailed" }), detail: expect.stringContaining("USA.EP") })]);
  });

  it("passes on Canada Post's refusals in its own words, whatever the HTTP status", () => {
    for (const status of [400, 200]) {
      const { data, messages } = parseRates(answer("messages-no-service.xml", status), domesticRequest);
      expect(data).toBeNull();
      expect(messages).toEqual([
        {
          carrier: "canadapost",
          problem: { code: "carrierRejected", values: { carrier: "canadapost", text: expect.stringMatching(/^No services are appropriate/) } },
          text: expect.stringMatching(/^No services are appropriate/),
          detail: expect.stringMatching(/^9111: /),
        },
      ]);
    }
    expect(parseRates(answer("messages-no-service-fr.xml", 400), domesticRequest).messages[0]!.text).toMatch(/^Aucun service ne convient/);
    expect(parseRates(answer("messages-several.xml", 400), domesticRequest).messages.map((m) => m.detail)).toEqual([
      "7050: The COV option requires the SO option. Please add the prerequisite or remove the option.",
      "1622: The expected-mailing-date must not be in the past.",
    ]);
    expect(parseRates(answer("messages-schema.xml", 400), domesticRequest).messages[0]!.detail).toMatch(/^Server: \/rs\/ship\/price: cvc-pattern-valid/);
    expect(parseRates(answer("messages-throttled.xml", 400), domesticRequest).messages[0]!.text).toBe("Rejected by SLM Monitor");
  });

  it("fails, details for the logs, on an answer that is not Canada Post's (HTML error page, empty messages, another document)", () => {
    const html = parseRates(answer("server-error.html", 500), domesticRequest);
    expect(html.data).toBeNull();
    expect(html.messages).toEqual([{ carrier: "canadapost", problem: { code: "carrierFailed", values: { carrier: "canadapost" } }, detail: expect.stringContaining("HTTP 500 <!DOCTYPE html>") }]);
    for (const response of [answer("messages-empty.xml", 404), answer("server-error.html", 200), answer("services-domestic.xml", 200)]) {
      const result = parseRates(response, domesticRequest);
      expect(result.data).toBeNull();
      expect(result.messages.map((m) => m.problem.code)).toEqual(["carrierFailed"]);
    }
  });
});

describe("Discover Services", () => {
  it("asks for the services to a country, with the contract and the postal codes when given", () => {
    expect(discoverServicesRequest({ country: "ca", originPostalCode: "k1a 0b1", destinationPostalCode: "M5V 3L9" }, CONTRACT)).toEqual({
      group: "rating",
      method: "GET",
      path: "/rs/ship/service?country=CA&contract=42708517&origpc=K1A0B1&destpc=M5V3L9",
      accept: RATE_MEDIA_TYPE,
    });
    expect(discoverServicesRequest({ country: "FR", originPostalCode: " " }, SMALL_BUSINESS).path).toBe("/rs/ship/service?country=FR");
    expect(discoverServicesRequest({ country: "US", destinationPostalCode: "10001" }).path).toBe("/rs/ship/service?country=US&destpc=10001");
  });

  it("reads every service Canada Post names, in the language asked for", () => {
    expect(parseServices(answer("services-domestic.xml"))).toEqual({
      data: [
        { code: "DOM.EP", name: "Expedited Parcel" },
        { code: "DOM.LIB", name: "Library Materials" },
        { code: "DOM.PC", name: "Priority" },
        { code: "DOM.RP", name: "Regular Parcel" },
        { code: "DOM.XP", name: "Xpresspost" },
      ],
      messages: [],
    });
    expect(parseServices(answer("services-usa-fr.xml")).data!.map((s) => s.name)).toContain("Colis accélérés É.-U.");
  });

  it("passes on a refusal and fails on anything else", () => {
    const refused = parseServices({ ...answer("messages-several.xml", 400) });
    expect(refused.data).toBeNull();
    expect(refused.messages.map((m) => m.problem.code)).toEqual(["carrierRejected", "carrierRejected"]);
    const failed = parseServices(answer("server-error.html", 500));
    expect(failed).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
    expect(parseServices(answer("price-quotes-empty.xml")).data).toBeNull();
  });
});
