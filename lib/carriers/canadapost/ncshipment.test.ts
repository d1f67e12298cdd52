import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFor, validateAgainst, type SchemaName } from "@/tests/canadapost/validate";
import * as scenarios from "@/tests/canadapost/shipment-requests";
import { NC_CUSTOMER } from "@/tests/canadapost/shipment-requests";
import type { CpRequest, CpResponse } from "./request";
import { readXml, text } from "./xml";
import { returnLabelSupported } from "./shipment-body";
import { createNcShipmentRequest, ncDetailsRequest, ncReceiptRequest, ncRefundRequest, parseNcDetails, parseNcReceipt, parseRefund, parseShipmentCreated } from "./ncshipment";

const FIXTURES = path.join(process.cwd(), "tests/canadapost/fixtures/shipments");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const answer = (status: number, body: string, contentType = "application/vnd.cpc.ncshipment-v4+xml"): CpResponse => ({ status, contentType, body, bytes: new TextEncoder().encode(body) });

async function expectValid(schema: SchemaName, xml: string) {
  expect((await validateAgainst(schema, xml)).errors).toEqual([]);
}

/** An answer fixture, checked against its schema first. */
async function validAnswer(name: string, status = 200): Promise<CpResponse> {
  const xml = fixture(name);
  await expectValid(schemaFor(xml) ?? "messages", xml);
  return answer(status, xml);
}

const NC_MEDIA = "application/vnd.cpc.ncshipment-v4+xml";

describe("creating a non-contract shipment", () => {
  const cases: [string, () => CpRequest][] = [
    ["nc-domestic-options.xml", () => createNcShipmentRequest(scenarios.domesticWithOptions(), NC_CUSTOMER)],
    ["nc-usa.xml", () => createNcShipmentRequest(scenarios.usaShipment(), NC_CUSTOMER)],
    ["nc-international.xml", () => createNcShipmentRequest(scenarios.internationalShipment(), NC_CUSTOMER)],
    ["nc-d2po.xml", () => createNcShipmentRequest(scenarios.deliverToPostOffice(), NC_CUSTOMER)],
    ["nc-cod.xml", () => createNcShipmentRequest(scenarios.codShipment(), NC_CUSTOMER)],
    ["nc-longest.xml", () => createNcShipmentRequest(scenarios.longestShipment(), NC_CUSTOMER)],
  ];

  it.each(cases)("writes %s: valid against ncshipment.xsd", async (name, build) => {
    const request = build();
    await expectValid("ncshipment", request.body!.xml);
    expect(request.body!.xml).toBe(fixture(name));
  });

  it("posts to the customer's ncshipment resource in the shipments group, in ncshipment-v4", () => {
    const request = createNcShipmentRequest(scenarios.domesticWithOptions(), NC_CUSTOMER);
    expect(request).toMatchObject({ group: "shipments", method: "POST", path: "/rs/2004381/ncshipment", accept: NC_MEDIA, body: { mediaType: NC_MEDIA } });
  });

  it("sends the quote's service from the sender's postal code, with SO and the coverage amount", () => {
    const doc = readXml(createNcShipmentRequest(scenarios.domesticWithOptions(), NC_CUSTOMER).body!.xml)!;
    expect(text(doc.element, "requested-shipping-point")).toBe("H2J3S6");
    expect(text(doc.element, "delivery-spec", "service-code")).toBe("DOM.XP");
    const xml = createNcShipmentRequest(scenarios.domesticWithOptions(), NC_CUSTOMER).body!.xml;
    expect(xml).toContain("<option-code>SO</option-code>");
    expect(xml).toMatch(/<option-code>COV<\/option-code>\s*<option-amount>500\.00<\/option-amount>/);
  });

  it("cuts every text to the schema's length and leaves out what the schema would refuse", () => {
    const xml = createNcShipmentRequest(scenarios.longestShipment(), NC_CUSTOMER).body!.xml;
    const doc = readXml(xml)!;
    const spec = doc.element["delivery-spec"];
    expect(text(spec?.[0], "sender", "contact-phone")).toBe("+1 514-555-0100 x12345");
    expect([...(text(spec?.[0], "destination", "address-details", "city") ?? "")]).toHaveLength(40);
    expect(text(spec?.[0], "destination", "address-details", "postal-zip-code")).toBe("ABCDEFGHIJKLMN");
    // An email longer than 60 characters cannot be sent: no notification rather than a refused request.
    expect(xml).not.toContain("<notification>");
    expect(text(spec?.[0], "customs", "sku-list", "item", "hs-tariff-code")).toBe("6117.10.00.90");
    expect(text(spec?.[0], "customs", "sku-list", "item", "customs-number-of-units")).toBe("9999");
  });

  it("has no print format and no return label: the schema takes neither", () => {
    const letter = createNcShipmentRequest(scenarios.returnLabelShipment({ format: "letter" }), NC_CUSTOMER).body!.xml;
    const thermal = createNcShipmentRequest(scenarios.returnLabelShipment({ format: "thermal4x6" }), NC_CUSTOMER).body!.xml;
    expect(letter).toBe(thermal);
    expect(letter).not.toMatch(/return|print-preferences/);
    expect(returnLabelSupported(scenarios.returnLabelShipment(), "ncshipment")).toBe(false);
  });
});

describe("reading a created shipment", () => {
  it("reads the shipment id, the tracking number and the links of a non-contract shipment", async () => {
    const result = parseShipmentCreated(await validAnswer("answer-nc-created.xml"));
    expect(result.messages).toEqual([]);
    expect(result.data).toMatchObject({ shipmentId: "406951321983787352", trackingNumber: "123456789012", returnTrackingNumber: null, status: null, price: null, priceCents: null });
    expect(result.data!.links).toContainEqual({ rel: "label", href: "https://ct.soa-gw.canadapost.ca/ers/artifact/6e93d53968881714/400000000000012345/0", mediaType: "application/pdf", index: 0 });
    expect(result.data!.links.map((l) => l.rel)).toEqual(["self", "details", "receipt", "label"]);
  });

  it("gives no tracking number for an untracked service (Small Packet)", async () => {
    const result = parseShipmentCreated(await validAnswer("answer-nc-created-untracked.xml"));
    expect(result.data).toMatchObject({ shipmentId: "406951321983787399", trackingNumber: null });
  });

  it("returns Canada Post's messages, in the language asked for, when it refuses", async () => {
    const english = parseShipmentCreated(await validAnswer("messages-invalid.xml", 400));
    expect(english.data).toBeNull();
    expect(english.messages.map((m) => [m.problem.code, m.text])).toEqual([
      ["carrierRejected", "The destination postal code is not valid."],
      ["carrierRejected", "The weight exceeds the maximum for the service."],
    ]);
    expect(english.messages[0]!.detail).toBe("1153: The destination postal code is not valid.");
    const french = parseShipmentCreated(await validAnswer("messages-invalid-fr.xml", 400));
    expect(french.messages[0]!.text).toBe("Le code postal de destination n'est pas valide.");
  });

  it("reports a schema failure as Canada Post's words too (the request's fault)", async () => {
    const result = parseShipmentCreated(await validAnswer("messages-schema.xml", 500));
    expect(result.data).toBeNull();
    expect(result.messages[0]!.detail).toMatch(/^Server: .*cvc-complex-type/);
  });

  it("fails on an HTML error page and on an empty answer", async () => {
    const html = parseShipmentCreated(answer(500, fixture("error-500.html"), "text/html"));
    expect(html).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
    expect(html.messages[0]!.detail).toMatch(/^create shipment: HTTP 500 <!DOCTYPE/);
    const empty = parseShipmentCreated(await validAnswer("messages-empty.xml", 404));
    expect(empty).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
    expect(parseShipmentCreated(answer(200, "")).data).toBeNull();
  });
});

describe("refunding a non-contract shipment (its void)", () => {
  it("posts the email to the shipment's refund resource in the void group", async () => {
    const request = ncRefundRequest(NC_CUSTOMER, "406951321983787352", "expeditions@atelierbeaulieu.ca");
    expect(request).toMatchObject({ group: "void", method: "POST", path: "/rs/2004381/ncshipment/406951321983787352/refund", accept: NC_MEDIA, body: { mediaType: NC_MEDIA } });
    await expectValid("ncshipment", request.body!.xml);
    expect(request.body!.xml).toContain("<non-contract-shipment-refund-request xmlns=\"http://www.canadapost.ca/ws/ncshipment-v4\">");
    expect(request.body!.xml).toContain("<email>expeditions@atelierbeaulieu.ca</email>");
  });

  it("is a refund requested, with Canada Post's service ticket", async () => {
    const result = parseRefund(await validAnswer("answer-nc-refund.xml"));
    expect(result).toEqual({ data: { status: "refundRequested", serviceTicketId: "GTC000000012345", serviceTicketDate: "2026-03-11" }, messages: [] });
  });

  it("is a refund requested when one already was (a retried request)", async () => {
    const result = parseRefund(await validAnswer("messages-refund-already.xml", 409));
    expect(result.data).toEqual({ status: "refundRequested", serviceTicketId: null, serviceTicketDate: null });
  });

  it("is refused with Canada Post's words, or 'notFound' for a 404 with empty messages", async () => {
    const refused = parseRefund(await validAnswer("messages-refund-refused-fr.xml", 400));
    expect(refused.data).toEqual({ status: "refused", reason: "Le délai pour demander un remboursement de cet envoi est expiré." });
    expect(refused.messages[0]!.problem.code).toBe("carrierRejected");
    expect(parseRefund(await validAnswer("messages-empty.xml", 404))).toEqual({ data: { status: "refused", reason: "notFound" }, messages: [] });
  });

  it("fails (no outcome) on a schema failure or an HTML page", async () => {
    expect(parseRefund(await validAnswer("messages-schema.xml", 500)).data).toBeNull();
    expect(parseRefund(answer(500, fixture("error-500.html"), "text/html"))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
  });
});

describe("a non-contract shipment's details and receipt", () => {
  it("gets them from the shipment's resources", () => {
    expect(ncDetailsRequest(NC_CUSTOMER, "406951321983787352")).toEqual({ group: "shipments", method: "GET", path: "/rs/2004381/ncshipment/406951321983787352/details", accept: NC_MEDIA });
    expect(ncReceiptRequest(NC_CUSTOMER, "406951321983787352")).toEqual({ group: "shipments", method: "GET", path: "/rs/2004381/ncshipment/406951321983787352/receipt", accept: NC_MEDIA });
  });

  it("reads the details: tracking number, service, and a refund asked for", async () => {
    const result = parseNcDetails(await validAnswer("answer-nc-details.xml"));
    expect(result.data).toEqual({ trackingNumber: "123456789012", serviceCode: "DOM.XP", finalShippingPoint: "H2J3S6", refund: { serviceTicketId: "GTC000000012345", serviceTicketDate: "2026-03-11" } });
  });

  it("reads the price charged, taxes included, from the receipt", async () => {
    const result = parseNcReceipt(await validAnswer("answer-nc-receipt.xml"));
    expect(result.data).toEqual({ serviceCode: "DOM.XP", priceCents: 2875, preTaxCents: 2501, taxCents: 374, chargedCents: 2875, expectedDeliveryDate: "2026-03-12" });
  });

  it("returns Canada Post's messages for a shipment it does not know", async () => {
    const details = parseNcDetails(await validAnswer("messages-invalid.xml", 404));
    expect(details.data).toBeNull();
    expect(details.messages).toHaveLength(2);
    expect(parseNcReceipt(answer(500, fixture("error-500.html"), "text/html"))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
  });
});
