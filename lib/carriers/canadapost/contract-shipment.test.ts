import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFor, validateAgainst, type SchemaName } from "@/tests/canadapost/validate";
import * as scenarios from "@/tests/canadapost/shipment-requests";
import { CONTRACT_CUSTOMER, NEW_YORK } from "@/tests/canadapost/shipment-requests";
import type { CpRequest, CpResponse } from "./request";
import { readXml, text } from "./xml";
import { returnLabelSupported } from "./shipment-body";
import { parseShipmentCreated } from "./ncshipment";
import {
  contractPriceRequest,
  contractRefundRequest,
  contractShipmentRequest,
  contractVoidRequest,
  createContractShipmentRequest,
  parseContractPrice,
  parseContractRefund,
  parseContractVoid,
} from "./contract-shipment";

const FIXTURES = path.join(process.cwd(), "tests/canadapost/fixtures/shipments");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const answer = (status: number, body: string, contentType = "application/vnd.cpc.shipment-v8+xml"): CpResponse => ({ status, contentType, body, bytes: new TextEncoder().encode(body) });

async function expectValid(schema: SchemaName, xml: string) {
  expect((await validateAgainst(schema, xml)).errors).toEqual([]);
}

async function validAnswer(name: string, status = 200): Promise<CpResponse> {
  const xml = fixture(name);
  await expectValid(schemaFor(xml) ?? "messages", xml);
  return answer(status, xml);
}

const MEDIA = "application/vnd.cpc.shipment-v8+xml";
const GROUP = "20260310-H2J3S6";
const ID = "340531309186521749";

describe("creating a contract shipment", () => {
  const cases: [string, () => CpRequest][] = [
    ["contract-domestic-4x6.xml", () => createContractShipmentRequest(scenarios.domesticWithOptions(), CONTRACT_CUSTOMER, GROUP)],
    ["contract-return-letter.xml", () => createContractShipmentRequest(scenarios.returnLabelShipment(), CONTRACT_CUSTOMER, GROUP)],
    ["contract-international.xml", () => createContractShipmentRequest(scenarios.internationalShipment(), CONTRACT_CUSTOMER, GROUP, "CreditCard")],
    ["contract-longest.xml", () => createContractShipmentRequest(scenarios.longestShipment(), CONTRACT_CUSTOMER, GROUP)],
  ];

  it.each(cases)("writes %s: valid against shipment.xsd", async (name, build) => {
    const request = build();
    await expectValid("shipment", request.body!.xml);
    expect(request.body!.xml).toBe(fixture(name));
  });

  it("posts to the mailed-by and mailed-on-behalf-of customers' shipment resource", () => {
    const request = createContractShipmentRequest(scenarios.domesticWithOptions(), CONTRACT_CUSTOMER, GROUP);
    expect(request).toMatchObject({ group: "shipments", method: "POST", path: "/rs/2004381/2004381/shipment", accept: MEDIA, body: { mediaType: MEDIA } });
    const mobo = createContractShipmentRequest(scenarios.domesticWithOptions(), { ...CONTRACT_CUSTOMER, moboCustomerNumber: "9876543" }, GROUP);
    expect(mobo.path).toBe("/rs/2004381/9876543/shipment");
    const self = createContractShipmentRequest(scenarios.domesticWithOptions(), { ...CONTRACT_CUSTOMER, moboCustomerNumber: null }, GROUP);
    expect(self.path).toBe("/rs/2004381/2004381/shipment");
  });

  it("joins the group, asks for its price, and pays under the contract", () => {
    const doc = readXml(createContractShipmentRequest(scenarios.domesticWithOptions(), CONTRACT_CUSTOMER, GROUP).body!.xml)!;
    expect(text(doc.element, "group-id")).toBe(GROUP);
    expect(text(doc.element, "customer-request-id")).toBe("cm8shp0001envoi00000000001");
    expect(text(doc.element, "provide-pricing-info")).toBe("true");
    expect(text(doc.element, "delivery-spec", "settlement-info", "contract-id")).toBe("42708517");
    expect(text(doc.element, "delivery-spec", "settlement-info", "intended-method-of-payment")).toBe("Account");
    const card = readXml(createContractShipmentRequest(scenarios.internationalShipment(), CONTRACT_CUSTOMER, GROUP, "CreditCard").body!.xml)!;
    expect(text(card.element, "delivery-spec", "settlement-info", "intended-method-of-payment")).toBe("CreditCard");
    expect(text(card.element, "provide-receipt-info")).toBe("true");
  });

  it("needs a group id", () => {
    expect(() => createContractShipmentRequest(scenarios.domesticWithOptions(), CONTRACT_CUSTOMER, " \t")).toThrow(RangeError);
    const long = createContractShipmentRequest(scenarios.domesticWithOptions(), CONTRACT_CUSTOMER, "G".repeat(40));
    expect(text(readXml(long.body!.xml)!.element, "group-id")).toHaveLength(32);
  });

  it("prints 4x6 for a thermal printer and 8.5x11 for a letter page", () => {
    const format = (f: "thermal4x6" | "letter") => text(readXml(createContractShipmentRequest(scenarios.domesticWithOptions({ format: f }), CONTRACT_CUSTOMER, GROUP).body!.xml)!.element, "delivery-spec", "print-preferences", "output-format");
    expect(format("thermal4x6")).toBe("4x6");
    expect(format("letter")).toBe("8.5x11");
  });

  it("asks for a return label back to the shop for a parcel within Canada only", () => {
    const doc = readXml(createContractShipmentRequest(scenarios.returnLabelShipment(), CONTRACT_CUSTOMER, GROUP).body!.xml)!;
    expect(text(doc.element, "return-spec", "service-code")).toBe("DOM.EP");
    expect(text(doc.element, "return-spec", "return-recipient", "address-details", "postal-zip-code")).toBe("H2J3S6");
    expect(returnLabelSupported(scenarios.returnLabelShipment(), "shipment")).toBe(true);
    const abroad = scenarios.usaShipment({ returnLabel: true });
    expect(createContractShipmentRequest(abroad, CONTRACT_CUSTOMER, GROUP).body!.xml).not.toContain("return-spec");
    expect(returnLabelSupported(abroad, "shipment")).toBe(false);
    expect(abroad.label.recipient).toBe(NEW_YORK);
  });

  it("declares the shop's IOSS number (the only tax number the schema takes)", () => {
    const xml = createContractShipmentRequest(scenarios.internationalShipment(), CONTRACT_CUSTOMER, GROUP).body!.xml;
    expect(xml).toContain("<ioss-id>IM2500000123</ioss-id>");
    expect(xml).not.toMatch(/FR12345678901234|FR40123456824/);
  });
});

describe("reading a contract shipment", () => {
  it("reads the tracking numbers, the status, the links and the price, taxes included", async () => {
    const result = parseShipmentCreated(await validAnswer("answer-contract-created.xml"));
    expect(result.data).toMatchObject({
      shipmentId: ID,
      trackingNumber: "7023210039414604",
      returnTrackingNumber: "7023210039414611",
      status: "created",
      price: { preTaxCents: 1613, taxCents: 242, totalCents: 1855 },
      priceCents: 1855,
    });
    expect(result.data!.links.map((l) => l.rel)).toEqual(["self", "details", "group", "price", "label", "returnLabel"]);
  });

  it("reads the status of a shipment read again (GET): transmitted", async () => {
    expect(contractShipmentRequest(CONTRACT_CUSTOMER, ID)).toEqual({ group: "shipments", method: "GET", path: `/rs/2004381/2004381/shipment/${ID}`, accept: MEDIA });
    const result = parseShipmentCreated(await validAnswer("answer-contract-transmitted.xml"));
    expect(result.data).toMatchObject({ status: "transmitted", price: null, priceCents: null });
  });

  it("gets the price when the answer to the create carried none", async () => {
    expect(contractPriceRequest(CONTRACT_CUSTOMER, ID)).toEqual({ group: "shipments", method: "GET", path: `/rs/2004381/2004381/shipment/${ID}/price`, accept: MEDIA });
    expect(parseContractPrice(await validAnswer("answer-contract-price.xml"))).toEqual({ data: { preTaxCents: 7137, taxCents: 0, totalCents: 7137 }, messages: [] });
    expect(parseContractPrice(await validAnswer("messages-invalid.xml", 404)).data).toBeNull();
  });
});

describe("voiding a contract shipment", () => {
  it("deletes the shipment, in the void group", () => {
    expect(contractVoidRequest(CONTRACT_CUSTOMER, ID)).toEqual({ group: "void", method: "DELETE", path: `/rs/2004381/2004381/shipment/${ID}`, accept: MEDIA });
  });

  it("is voided on HTTP 204 (or 200)", () => {
    expect(parseContractVoid(answer(204, ""))).toEqual({ data: { status: "voided" }, messages: [] });
    expect(parseContractVoid(answer(200, ""))).toEqual({ data: { status: "voided" }, messages: [] });
  });

  it("is refused 'transmitted' once transmitted (code 8064, in either language): ask for a refund", async () => {
    for (const name of ["messages-void-transmitted.xml", "messages-void-transmitted-fr.xml"]) {
      const result = parseContractVoid(await validAnswer(name, 400));
      expect(result.data).toEqual({ status: "refused", reason: "transmitted" });
      expect(result.messages[0]!.detail).toMatch(/^8064: /);
    }
  });

  it("is refused 'notFound' on a 404 with an empty <messages/>, else with Canada Post's words", async () => {
    expect(parseContractVoid(await validAnswer("messages-empty.xml", 404))).toEqual({ data: { status: "refused", reason: "notFound" }, messages: [] });
    const words = parseContractVoid(await validAnswer("messages-invalid-fr.xml", 400));
    expect(words.data).toEqual({ status: "refused", reason: "Le code postal de destination n'est pas valide." });
  });

  it("fails (no outcome) on an HTML page or a schema failure", async () => {
    expect(parseContractVoid(answer(500, fixture("error-500.html"), "text/html"))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
    expect(parseContractVoid(answer(404, "<html>Not Found</html>", "text/html")).data).toBeNull();
    expect(parseContractVoid(await validAnswer("messages-schema.xml", 500)).data).toBeNull();
  });
});

describe("refunding a transmitted contract shipment", () => {
  it("posts the email to the shipment's refund resource", async () => {
    const request = contractRefundRequest(CONTRACT_CUSTOMER, ID, "expeditions@atelierbeaulieu.ca");
    expect(request).toMatchObject({ group: "void", method: "POST", path: `/rs/2004381/2004381/shipment/${ID}/refund`, accept: MEDIA, body: { mediaType: MEDIA } });
    await expectValid("shipment", request.body!.xml);
    expect(request.body!.xml).toContain("<shipment-refund-request xmlns=\"http://www.canadapost.ca/ws/shipment-v8\">");
  });

  it("is a refund requested with its ticket; again when one already was", async () => {
    expect(parseContractRefund(await validAnswer("answer-contract-refund.xml")).data).toEqual({ status: "refundRequested", serviceTicketId: "GTC000000067890", serviceTicketDate: "2026-03-11" });
    expect(parseContractRefund(await validAnswer("messages-refund-already.xml", 409)).data).toMatchObject({ status: "refundRequested" });
  });
});
