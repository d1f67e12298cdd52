/**
 * The fake Canada Post server's other operations: contract shipments (4x6 labels, void, transmit
 * and refund), shipments abroad (S10 numbers, customs, commercial invoice, no PIN for Small
 * Packet), pickups, post offices by city, and the server options (no validation, start limits,
 * forgetting data). Answers are checked against their schemas by the server itself (checkAnswers).
 */
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { nextBusinessDay } from "@/lib/rating/calendar/business-days";
import { eastern } from "./routing";
import { startFakeCanadaPost, type FakeCanadaPost } from "./server";
import {
  CONTRACT_ACCOUNT,
  MEDIA,
  NC_ACCOUNT,
  client,
  contractShipmentRequest,
  expectValid,
  linkHref,
  messagesOf,
  ncShipmentRequest,
  pickupRequest,
  rateRequest,
  refundRequest,
} from "./test-client";
import { kid, kids, txt } from "./xml";

let fake: FakeCanadaPost;
const call = client(() => fake.url);
const SHIPMENT_NS = "http://www.canadapost.ca/ws/shipment-v8";

beforeAll(async () => {
  fake = await startFakeCanadaPost({ checkAnswers: true, accounts: [NC_ACCOUNT, CONTRACT_ACCOUNT] });
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => fake.control.reset());

const asContract = { auth: CONTRACT_ACCOUNT } as const;
const pathOf = (href: string) => new URL(href).pathname + new URL(href).search;

describe("contract shipments", () => {
  it("prints a 4x6 label, shows details and price, and voids once (204, then 404 with empty messages)", async () => {
    const created = await call("/rs/1234567/1234567/shipment", { ...asContract, media: MEDIA.shipment, body: contractShipmentRequest() });
    expect(created.status, created.text).toBe(200);
    await expectValid("shipment", created.text);
    expect(txt(created.doc!, "shipment-status")).toBe("created");
    expect(Number(txt(created.doc!, "shipment-price", "due-amount"))).toBeGreaterThan(0);
    expect(linkHref(created.doc!, "group")).toContain("groupId=20261205");

    const label = await call(pathOf(linkHref(created.doc!, "label")!), { ...asContract, accept: "application/pdf" });
    expect(Buffer.from(label.bytes).toString("latin1")).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+288\s+432\s*\]/);
    expect((await PDFDocument.load(label.bytes)).getPage(0).getSize()).toEqual({ width: 288, height: 432 });
    // Another account cannot download it.
    expect((await call(pathOf(linkHref(created.doc!, "label")!), { accept: "application/pdf" })).status).toBe(404);

    const self = pathOf(linkHref(created.doc!, "self")!);
    const details = await call(`${self}/details`, { ...asContract, media: MEDIA.shipment });
    expect(txt(details.doc!, "shipment-detail", "group-id")).toBe("20261205");
    expect(txt(details.doc!, "final-shipping-point")).toBe("K1A0B1");
    const price = await call(`${self}/price`, { ...asContract, media: MEDIA.shipment });
    expect(txt(price.doc!, "service-code")).toBe("DOM.XP");
    const groups = await call("/rs/1234567/1234567/group", { ...asContract, media: MEDIA.shipment });
    expect(kids(groups.doc!, "group").map((g) => txt(g, "group-id"))).toEqual(["20261205"]);

    const voided = await call(self, { ...asContract, method: "DELETE", media: MEDIA.shipment });
    expect(voided.status).toBe(204);
    const again = await call(self, { ...asContract, method: "DELETE", media: MEDIA.shipment });
    expect(again.status).toBe(404);
    expect(messagesOf(again)).toEqual([]);
    expect((await call(`/vis/track/pin/${txt(created.doc!, "tracking-pin")}/summary`, { media: MEDIA.track })).status).toBe(404);
  });

  it("refuses to void a transmitted shipment, which takes a refund request instead", async () => {
    const created = await call("/rs/1234567/1234567/shipment", { ...asContract, media: MEDIA.shipment, body: contractShipmentRequest({ transmit: true, format: "8.5x11" }) });
    expect(txt(created.doc!, "shipment-status")).toBe("transmitted");
    const self = pathOf(linkHref(created.doc!, "self")!);
    const voided = await call(self, { ...asContract, method: "DELETE", media: MEDIA.shipment });
    expect(messagesOf(voided)[0]!.code).toBe("8034");
    const refund = await call(`${self}/refund`, { ...asContract, media: MEDIA.shipment, body: refundRequest(SHIPMENT_NS, "shipment-refund-request") });
    expect(refund.status, refund.text).toBe(200);
    expect(txt(refund.doc!, "service-ticket-date")).toBe(eastern(new Date()));
  });

  it("prints ZPL on 4x6 only", async () => {
    const zpl = (format: "4x6" | "8.5x11") => contractShipmentRequest({ format }).replace("</output-format>", "</output-format><encoding>ZPL</encoding>");
    expect(messagesOf(await call("/rs/1234567/1234567/shipment", { ...asContract, media: MEDIA.shipment, body: zpl("8.5x11") }))[0]!.code).toBe("9191");
    const created = await call("/rs/1234567/1234567/shipment", { ...asContract, media: MEDIA.shipment, body: zpl("4x6") });
    const link = kids(kid(created.doc!, "links"), "link").find((l) => l.attrs.rel === "label")!;
    expect(link.attrs["media-type"]).toBe("application/zpl");
    const label = await call(pathOf(link.attrs.href!), { ...asContract, accept: "application/zpl" });
    expect(label.status).toBe(200);
    expect(label.text).toMatch(/^\^XA[\s\S]*\^BCN[\s\S]*\^XZ/);
  });

  it("needs the account's contract; a contract customer cannot ship non-contract", async () => {
    const wrong = await call("/rs/1234567/1234567/shipment", { ...asContract, media: MEDIA.shipment, body: contractShipmentRequest({ contractId: "11111111" }) });
    expect(messagesOf(wrong)[0]!.code).toBe("2550");
    const noContract = await call("/rs/2004381/2004381/shipment", { media: MEDIA.shipment, body: contractShipmentRequest() });
    expect(messagesOf(noContract)[0]!.code).toBe("2506");
    const otherMobo = await call("/rs/1234567/7654321/shipment", { ...asContract, media: MEDIA.shipment, body: contractShipmentRequest() });
    expect(otherMobo.status).toBe(403);
    const nc = await call("/rs/1234567/ncshipment", { ...asContract, media: MEDIA.nc, body: ncShipmentRequest() });
    expect(messagesOf(nc)[0]!.code).toBe("9173");
  });
});

describe("shipments abroad", () => {
  const abroad = (service: string, country: string, postal: string, customs: boolean) =>
    ncShipmentRequest(service)
      .replace(/<destination>[\s\S]*<\/destination>/, `<destination><name>John Smith</name><address-details><address-line-1>1 Main St</address-line-1><city>Buffalo</city><prov-state>NY</prov-state><country-code>${country}</country-code><postal-zip-code>${postal}</postal-zip-code></address-details></destination>`)
      .replace("<options><option><option-code>SO</option-code></option></options>", "")
      .replace(
        "</delivery-spec>",
        customs
          ? `<customs><currency>CAD</currency><reason-for-export>SOG</reason-for-export><sku-list><item><customs-number-of-units>1</customs-number-of-units><customs-description>Mug</customs-description><unit-weight>0.5</unit-weight><customs-value-per-unit>20.00</customs-value-per-unit></item></sku-list></customs></delivery-spec>`
          : "</delivery-spec>",
      );

  it("gives an S10 number and a commercial invoice; Small Packet has no PIN; customs are required", async () => {
    const xp = await call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: abroad("USA.XP", "US", "14201", true) });
    expect(xp.status, xp.text).toBe(200);
    expect(txt(xp.doc!, "tracking-pin")).toMatch(/^EE\d{9}CA$/);
    const invoice = await call(pathOf(linkHref(xp.doc!, "commercialInvoice")!), { accept: "application/pdf" });
    expect(invoice.status).toBe(200);
    const packet = await call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: abroad("USA.SP.AIR", "US", "14201", true).replace("<weight>1.5</weight>", "<weight>0.5</weight>").replace(/<dimensions>.*?<\/dimensions>/, "") });
    expect(packet.status, packet.text).toBe(200);
    expect(txt(packet.doc!, "tracking-pin")).toBeNull();
    const noCustoms = await call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: abroad("USA.XP", "US", "14201", false) });
    expect(messagesOf(noCustoms)[0]!.code).toBe("7014");
    const wrongService = await call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: abroad("DOM.EP", "US", "14201", true) });
    expect(messagesOf(wrongService)[0]!.code).toBe("3000");
  });

  it("rates to a ZIP code and to a country", async () => {
    const usa = await call("/rs/ship/price", { media: MEDIA.rate, body: rateRequest("<united-states><zip-code>96813</zip-code></united-states>") });
    expect(usa.status, usa.text).toBe(200);
    const pw = kids(usa.doc!, "price-quote").find((q) => txt(q, "service-code") === "USA.PW.PARCEL")!;
    expect(kids(kid(kid(pw, "price-details"), "adjustments"), "adjustment").map((a) => txt(a, "adjustment-code"))).toContain("AKHISC");
    const france = await call("/rs/ship/price", { media: MEDIA.rate, body: rateRequest("<international><country-code>FR</country-code></international>") });
    expect(kids(france.doc!, "price-quote").length).toBeGreaterThan(3);
    const unknown = await call("/rs/ship/price", { media: MEDIA.rate, body: rateRequest("<international><country-code>QQ</country-code></international>") });
    expect(messagesOf(unknown)[0]!.code).toBe("10033");
    const heavy = await call("/rs/ship/price", { media: MEDIA.rate, body: rateRequest("<domestic><postal-code>M5V3L9</postal-code></domestic>", "<services><service-code>DOM.EP</service-code></services>").replace("<weight>1.5</weight>", "<weight>45</weight>") });
    expect(messagesOf(heavy)[0]!.code).toBe("9111");
  });
});

describe("pickups", () => {
  const date = () => nextBusinessDay(eastern(new Date()), "ON");

  it("says where on-demand pickup is available", async () => {
    const city = await call("/ad/pickup/pickupavailability/K1A0B1", { media: MEDIA.pickup });
    expect(city.status, city.text).toBe(200);
    expect(txt(city.doc!, "on-demand-tour")).toBe("true");
    const rural = await call("/ad/pickup/pickupavailability/K0A1A0", { media: MEDIA.pickup });
    expect(txt(rural.doc!, "on-demand-tour")).toBe("false");
  });

  it("books, prices, updates and cancels a pickup request", async () => {
    const created = await call("/enab/2004381/pickuprequest", { media: MEDIA.pickuprequest, body: pickupRequest(date()) });
    expect(created.status, created.text).toBe(200);
    await expectValid("pickuprequest", created.text);
    expect(txt(created.doc!, "pickup-request-price", "pre-tax-amount")).toBe("5.99");
    expect(txt(created.doc!, "pickup-request-price", "hst-amount")).toBe("0.78");
    expect(txt(created.doc!, "pickup-request-price", "due-amount")).toBe("6.77");
    const id = txt(created.doc!, "pickup-request-header", "request-id")!;

    const price = await call("/enab/2004381/pickuprequest/price", {
      media: MEDIA.pickuprequest,
      body: `<pickup-details xmlns="http://www.canadapost.ca/ws/pickuprequest"><date>${date()}</date><alternate-address-province>QC</alternate-address-province><alternate-address-postal-code>H2X1Y4</alternate-address-postal-code></pickup-details>`,
    });
    expect(price.status, price.text).toBe(200);
    expect(txt(price.doc!, "pst-amount")).toBe("0.60");

    const update = `<pickup-request-update xmlns="http://www.canadapost.ca/ws/pickuprequest"><contact-info><contact-name>Joe</contact-name><email>joe@example.com</email><contact-phone>613-555-0101</contact-phone></contact-info><location-details><pickup-instructions>Back door</pickup-instructions></location-details><pickup-volume>5</pickup-volume><pickup-times><on-demand-pickup-time><date>${date()}</date><preferred-time>14:00</preferred-time><closing-time>17:00</closing-time></on-demand-pickup-time></pickup-times></pickup-request-update>`;
    expect((await call(`/enab/2004381/pickuprequest/${id}`, { method: "PUT", media: MEDIA.pickuprequest, body: update })).status).toBe(200);
    const details = await call(`/enab/2004381/pickuprequest/${id}/details`, { media: MEDIA.pickuprequest });
    expect(txt(details.doc!, "pickup-request-details", "contact-info", "contact-name")).toBe("Joe");
    expect(txt(details.doc!, "pickup-request-details", "pickup-location", "alternate-address", "postal-code")).toBe("K1A0B1");

    expect((await call(`/enab/2004381/pickuprequest/${id}`, { method: "DELETE", media: MEDIA.pickuprequest })).status).toBe(204);
    const cancelled = await call(`/enab/2004381/pickuprequest/${id}/details`, { media: MEDIA.pickuprequest });
    expect(txt(cancelled.doc!, "pickup-request-header", "request-status")).toBe("Cancelled");
    expect(messagesOf(await call(`/enab/2004381/pickuprequest/${id}`, { method: "DELETE", media: MEDIA.pickuprequest }))[0]!.code).toBe("7010");
  });

  it("refuses a past date and a rural address", async () => {
    expect(messagesOf(await call("/enab/2004381/pickuprequest", { media: MEDIA.pickuprequest, body: pickupRequest("2020-01-06") }))[0]!.code).toBe("7008");
    expect(messagesOf(await call("/enab/2004381/pickuprequest", { media: MEDIA.pickuprequest, body: pickupRequest(date(), "K0A1A0") }))[0]!.code).toBe("7009");
  });
});

describe("post offices by city", () => {
  it("lists the offices of a city, nearest the first one", async () => {
    const reply = await call("/rs/postoffice?city=Toronto&province=ON&maximum=5", { media: MEDIA.postoffice, lang: "fr-CA" });
    expect(reply.status, reply.text).toBe(200);
    const offices = kids(reply.doc!, "post-office");
    expect(offices.length).toBe(5);
    expect(offices.every((o) => txt(o, "address", "city") === "Toronto")).toBe(true);
    const none = await call("/rs/postoffice?city=Atlantis", { media: MEDIA.postoffice });
    expect(messagesOf(none)[0]!.code).toBe("7007");
  });
});

describe("server options", () => {
  it("skips schema checks when asked, starts with limits, and forgets data on reset", async () => {
    const quick = await startFakeCanadaPost({ validate: false, throttleLimits: { rating: 1 } });
    try {
      const callQuick = client(() => quick.url);
      const started = Date.now();
      const rated = await callQuick("/rs/ship/price", { media: MEDIA.rate, body: rateRequest("<domestic><postal-code>M5V3L9</postal-code></domestic>") });
      expect(rated.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      expect((await callQuick("/rs/ship/service?country=CA", { media: MEDIA.rate })).status).toBe(503);
      await callQuick("/rs/2004381/ncshipment", { media: MEDIA.nc, body: ncShipmentRequest() });
      expect(quick.state.shipments.size).toBe(1);
      quick.control.reset({ data: true });
      expect(quick.state.shipments.size).toBe(0);
      expect((await callQuick("/rs/ship/service?country=CA", { media: MEDIA.rate })).status).toBe(200);
    } finally {
      await quick.close();
    }
  });
});
