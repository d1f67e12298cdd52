/**
 * The fake Canada Post server, driven with raw fetch calls and hand-written XML: what it refuses
 * (credentials, media types, language, customer numbers, invalid bodies), rates that validate
 * against rating.xsd, a non-contract shipment with its PDF label, tracking of its PIN, a post
 * office search, and the failures and throttling a test can script. The server checks its own
 * answers against their schemas here (checkAnswers), so every 2xx answer below is schema-valid.
 */
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { validateAgainst } from "../validate";
import { startFakeCanadaPost, type FakeCanadaPost } from "./server";
import { MEDIA, NC_ACCOUNT, client, expectValid, linkHref, messagesOf, ncShipmentRequest, rateRequest } from "./test-client";
import { kid, kids, txt } from "./xml";

let fake: FakeCanadaPost;
let offsetMs = 0;
const call = client(() => fake.url);
const DOMESTIC = "<domestic><postal-code>M5V3L9</postal-code></domestic>";

beforeAll(async () => {
  fake = await startFakeCanadaPost({ checkAnswers: true, now: () => new Date(Date.now() + offsetMs) });
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => {
  fake.control.reset();
  offsetMs = 0;
});

describe("what every call must get right", () => {
  it("refuses a call without credentials, or with a wrong password (401, E002)", async () => {
    for (const auth of [null, { username: NC_ACCOUNT.username, password: "nope" }]) {
      const reply = await call("/rs/ship/service?country=CA", { media: MEDIA.rate, auth });
      expect(reply.status).toBe(401);
      expect(messagesOf(reply)).toEqual([{ code: "E002", description: "AAA Authentication Failure" }]);
    }
  });

  it("refuses the wrong Accept (406) and the wrong Content-Type (415)", async () => {
    const accept = await call("/rs/ship/price", { media: MEDIA.rate, accept: "application/xml", body: rateRequest(DOMESTIC) });
    expect(accept.status).toBe(406);
    const contentType = await call("/rs/ship/price", { media: MEDIA.rate, contentType: "application/vnd.cpc.ship.rate-v3+xml", body: rateRequest(DOMESTIC) });
    expect(contentType.status).toBe(415);
    expect(messagesOf(contentType)[0]!.description).toContain("application/vnd.cpc.ship.rate-v4+xml");
    const tracking = await call("/vis/track/pin/1234567890123456/summary", { media: MEDIA.rate });
    expect(tracking.status).toBe(406);
  });

  it("wants Accept-language en-CA or fr-CA", async () => {
    const reply = await call("/rs/ship/service?country=CA", { media: MEDIA.rate, lang: null });
    expect(reply.status).toBe(400);
    expect(messagesOf(reply)[0]!.description).toMatch(/en-CA or fr-CA/);
  });

  it("refuses another customer's number in the path (403, AA004)", async () => {
    const reply = await call("/rs/9999999/ncshipment", { media: MEDIA.nc, body: ncShipmentRequest() });
    expect(reply.status).toBe(403);
    expect(messagesOf(reply)[0]!.code).toBe("AA004");
  });

  it("refuses a body that fails its schema with code Server and a cvc- description", async () => {
    const reply = await call("/rs/ship/price", { media: MEDIA.rate, body: rateRequest("<domestic><postal-code>M5V 3L9</postal-code></domestic>") });
    expect(reply.status).toBe(400);
    const [m] = messagesOf(reply);
    expect(m!.code).toBe("Server");
    expect(m!.description).toMatch(/^\/rs\/ship\/price: cvc-pattern-valid: element 'postal-code': /);
    expect(fake.requests.at(-1)).toMatchObject({ operation: "getRates", group: "rating", status: 400, error: m!.description });
  });

  it("refuses a body of the wrong kind, even when it is valid in the schema", async () => {
    const reply = await call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: `<non-contract-shipment-refund-request xmlns="http://www.canadapost.ca/ws/ncshipment-v4"><email>a@example.com</email></non-contract-shipment-refund-request>` });
    expect(reply.status).toBe(400);
    expect(messagesOf(reply)[0]!.description).toMatch(/cvc-elt/);
  });
});

describe("rating", () => {
  it("answers Get Rates with quotes from Envoi's engine that validate against rating.xsd", async () => {
    const reply = await call("/rs/ship/price", { media: MEDIA.rate, body: rateRequest(DOMESTIC) });
    expect(reply.status, reply.text).toBe(200);
    expect(reply.contentType).toBe(MEDIA.rate);
    const validation = await validateAgainst("rating", reply.text);
    expect(validation.errors).toEqual([]);
    const quotes = kids(reply.doc!, "price-quote");
    expect(quotes.map((q) => txt(q, "service-code"))).toEqual(["DOM.PC", "DOM.XP", "DOM.EP", "DOM.RP"]);
    for (const q of quotes) {
      const d = kid(q, "price-details")!;
      const parts = [txt(d, "base"), ...kids(kid(d, "adjustments"), "adjustment").map((a) => txt(a, "adjustment-cost")), ...kid(d, "taxes")!.children.map((t) => t.text), ...kids(kid(d, "options"), "option").map((o) => txt(o, "option-price"))];
      const sum = parts.reduce((t, v) => t + Math.round(Number(v) * 100), 0);
      expect(Math.round(Number(txt(d, "due")) * 100)).toBe(sum);
      expect(txt(q, "service-standard", "expected-delivery-date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("says a postal code does not exist, in English or French", async () => {
    const body = rateRequest("<domestic><postal-code>Z9Z9Z9</postal-code></domestic>");
    const en = messagesOf(await call("/rs/ship/price", { media: MEDIA.rate, body }));
    expect(en).toEqual([{ code: "7002", description: "The destination postal code Z9Z9Z9 does not exist." }]);
    const fr = messagesOf(await call("/rs/ship/price", { media: MEDIA.rate, body, lang: "fr-CA" }));
    expect(fr).toEqual([{ code: "7002", description: "Le code postal de destination Z9Z9Z9 n'existe pas." }]);
  });

  it("discovers the services to a country (discovery.xsd)", async () => {
    const reply = await call("/rs/ship/service?country=US&origpc=K1A0B1", { media: MEDIA.rate });
    expect(reply.status).toBe(200);
    await expectValid("discovery", reply.text);
    expect(kids(reply.doc!, "service").map((s) => txt(s, "service-code"))).toContain("USA.EP");
  });
});

describe("a non-contract shipment", () => {
  it("is created, its label is a PDF on a letter page, and its PIN is tracked", async () => {
    const created = await call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: ncShipmentRequest() });
    expect(created.status, created.text).toBe(200);
    await expectValid("ncshipment", created.text);
    const pin = txt(created.doc!, "tracking-pin")!;
    expect(pin).toMatch(/^\d{16}$/);
    const labelLink = kids(kid(created.doc!, "links"), "link").find((l) => l.attrs.rel === "label")!;
    expect(labelLink.attrs["media-type"]).toBe("application/pdf");
    expect(labelLink.attrs.href).toMatch(new RegExp(`^${fake.url}/ers/artifact/[0-9a-f]+/\\d+/0$`));

    const path = new URL(labelLink.attrs.href!).pathname;
    expect((await call(path, { accept: MEDIA.nc })).status).toBe(406);
    const label = await call(path, { accept: "application/pdf" });
    expect(label.status).toBe(200);
    expect(label.contentType).toBe("application/pdf");
    const raw = Buffer.from(label.bytes).toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+612\s+792\s*\]/);
    const pdf = await PDFDocument.load(label.bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    expect(pdf.getTitle()).toContain(pin);

    const summary = await call(`/vis/track/pin/${pin}/summary`, { media: MEDIA.track });
    expect(summary.status).toBe(200);
    await expectValid("track", summary.text);
    expect(txt(summary.doc!, "pin-summary", "event-description")).toBe("Electronic information submitted by shipper");

    offsetMs = 2.5 * 60_000;
    const detail = await call(`/vis/track/pin/${pin}/detail`, { media: MEDIA.track, lang: "fr-CA" });
    expect(detail.status).toBe(200);
    const events = kids(kid(detail.doc!, "significant-events"), "occurrence");
    expect(events.map((e) => txt(e, "event-identifier"))).toEqual(["0170", "0100", "3000"]);
    expect(txt(events[0], "event-description")).toBe("Article traité");
    expect(txt(events[0], "event-site")).toBe("OTTAWA");
    expect(txt(detail.doc!, "customer-ref-1")).toBe("ORDER-1");

    fake.control.setTrackingStage(pin, "delivered");
    const delivered = await call(`/vis/track/pin/${pin}/summary`, { media: MEDIA.track });
    expect(txt(delivered.doc!, "pin-summary", "event-type")).toBe("DELIVERED");
    expect(txt(delivered.doc!, "pin-summary", "actual-delivery-date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(txt(delivered.doc!, "pin-summary", "signatory-name")).toBe("DOE");
  });

  it("answers details, receipt and one refund request", async () => {
    const created = await call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: ncShipmentRequest("DOM.RP") });
    const self = new URL(linkHref(created.doc!, "self")!).pathname;
    const details = await call(`${self}/details`, { media: MEDIA.nc });
    expect(txt(details.doc!, "delivery-spec", "service-code")).toBe("DOM.RP");
    const receipt = await call(`${self}/receipt`, { media: MEDIA.nc });
    expect(receipt.status, receipt.text).toBe(200);
    expect(Number(txt(receipt.doc!, "cc-receipt-details", "charge-amount"))).toBeGreaterThan(0);
    const refundBody = `<non-contract-shipment-refund-request xmlns="http://www.canadapost.ca/ws/ncshipment-v4"><email>jane@example.com</email></non-contract-shipment-refund-request>`;
    const refund = await call(`${self}/refund`, { media: MEDIA.nc, body: refundBody });
    expect(refund.status, refund.text).toBe(200);
    expect(txt(refund.doc!, "service-ticket-id")).toMatch(/^GT\d{8}$/);
    const again = await call(`${self}/refund`, { media: MEDIA.nc, body: refundBody });
    expect(again.status).toBe(409);
    expect(messagesOf(again)[0]!.code).toBe("7292");
    expect((await call("/rs/2004381/ncshipment/123456789012345678", { media: MEDIA.nc })).status).toBe(404);
  });

  it("tracks no PIN it did not issue (404, 004 No Pin History)", async () => {
    const reply = await call("/vis/track/pin/1234567890123456/summary", { media: MEDIA.track });
    expect(reply.status).toBe(404);
    expect(messagesOf(reply)).toEqual([{ code: "004", description: "No Pin History" }]);
  });
});

describe("post offices", () => {
  it("finds the nearest offices to a postal code, and an office's hours", async () => {
    const reply = await call("/rs/postoffice?d2po=true&postalCode=K1A0B1&maximum=3", { media: MEDIA.postoffice });
    expect(reply.status, reply.text).toBe(200);
    await expectValid("postoffice", reply.text);
    const offices = kids(reply.doc!, "post-office");
    expect(offices).toHaveLength(3);
    const id = txt(offices[0], "office-id")!;
    expect(id).toMatch(/^\d{10}$/);
    const detail = await call(`/rs/postoffice/${id}/detail`, { media: MEDIA.postoffice });
    expect(detail.status, detail.text).toBe(200);
    expect(kids(detail.doc!, "hours-list").length).toBeGreaterThanOrEqual(5);
  });
});

describe("scripted failures", () => {
  it("answers the throttle's rejection and HTTP 500 for the next calls of a group only", async () => {
    fake.control.failNext(1, "throttle");
    fake.control.failNext(2, "http500", { operation: "tracking" });
    const throttled = await call("/rs/ship/service?country=CA", { media: MEDIA.rate });
    expect(throttled.status).toBe(503);
    expect(messagesOf(throttled)).toEqual([{ code: "Server", description: "Rejected by SLM Monitor" }]);
    expect((await call("/rs/ship/service?country=CA", { media: MEDIA.rate })).status).toBe(200);
    expect((await call("/vis/track/pin/1234567890123456/summary", { media: MEDIA.track })).status).toBe(500);
    expect((await call("/vis/track/pin/1234567890123456/summary", { media: MEDIA.track })).status).toBe(500);
    expect((await call("/vis/track/pin/1234567890123456/summary", { media: MEDIA.track })).status).toBe(404);
  });

  it("answers a chosen <messages> refusal", async () => {
    fake.control.failNext(1, "messages", { code: "9111", description: "No services appropriate", status: 400 });
    const reply = await call("/rs/ship/price", { media: MEDIA.rate, body: rateRequest(DOMESTIC) });
    expect(reply.status).toBe(400);
    expect(messagesOf(reply)).toEqual([{ code: "9111", description: "No services appropriate" }]);
  });

  it("holds a call without answering until the client gives up", async () => {
    fake.control.failNext(1, "timeout", { seconds: 30 });
    const started = Date.now();
    await expect(call("/rs/ship/service?country=CA", { media: MEDIA.rate, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fake.requests.at(-1)).toMatchObject({ status: 0, operation: "discoverServices" });
  });

  it("can lose the answer of a create that was made", async () => {
    const before = fake.state.shipments.size;
    fake.control.failNext(1, "timeout", { operation: "createNcShipment", processed: true, seconds: 30 });
    await expect(call("/rs/2004381/ncshipment", { media: MEDIA.nc, body: ncShipmentRequest(), signal: AbortSignal.timeout(1000) })).rejects.toThrow();
    expect(fake.state.shipments.size).toBe(before + 1);
  });

  it("enforces a rolling per-minute limit per API key and group", async () => {
    fake.control.throttleLimit("tracking", 2);
    const track = () => call("/vis/track/pin/1234567890123456/summary", { media: MEDIA.track });
    expect((await track()).status).toBe(404);
    expect((await track()).status).toBe(404);
    const third = await track();
    expect(third.status).toBe(503);
    expect(messagesOf(third)[0]!.description).toBe("Rejected by SLM Monitor");
    expect((await call("/rs/ship/service?country=CA", { media: MEDIA.rate })).status).toBe(200);
    fake.control.throttleLimit("tracking", null);
    expect((await track()).status).toBe(404);
  });

  it("takes the same commands as JSON over HTTP, and shows its request log", async () => {
    const post = (body: unknown) => fetch(`${fake.url}/__fake/control`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect((await post({ action: "failNext", count: 1, kind: "http500", operation: "rating" })).status).toBe(200);
    expect((await post({ action: "throttleLimit", group: "nope", perMinute: 1 })).status).toBe(400);
    expect((await call("/rs/ship/service?country=CA", { media: MEDIA.rate })).status).toBe(500);
    expect((await post({ action: "setLatency", ms: 150 })).status).toBe(200);
    const started = Date.now();
    expect((await call("/rs/ship/service?country=CA", { media: MEDIA.rate })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await post({ action: "reset" })).status).toBe(200);
    const log = (await (await fetch(`${fake.url}/__fake/requests`)).json()) as { path: string; status: number }[];
    expect(log.slice(-2).map((e) => e.status)).toEqual([500, 200]);
  });
});
