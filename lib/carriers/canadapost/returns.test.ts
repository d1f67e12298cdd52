import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { schemaFor, validateAgainst, type SchemaName } from "@/tests/canadapost/validate";
import { CONTRACT_CUSTOMER, NC_CUSTOMER } from "@/tests/canadapost/shipment-requests";
import * as scenarios from "@/tests/canadapost/return-requests";
import { capabilities } from "../types";
import { createSender, type CpSend } from "./http";
import { createCanadaPostConnector } from "./index";
import type { CpResponse } from "./request";
import { readXml, text } from "./xml";
import { authorizedReturnRequest, parseAuthorizedReturn } from "./returns";
import { nextOpenReturnArtifactRequest, openReturnTemplateRequest, parseOpenReturnDetails, parseOpenReturnInfo, parseRetired, retireOpenReturnRequest } from "./open-returns";
import { listManifestsRequest, parseManifest, parseManifestDetails, parseManifestLinks, transmitKey, transmitRequest } from "./manifests";

const FIXTURES = path.join(process.cwd(), "tests/canadapost/fixtures");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const answer = (status: number, body: string, contentType = "application/xml"): CpResponse => ({ status, contentType, body, bytes: new TextEncoder().encode(body) });

async function expectValid(schema: SchemaName, xml: string) {
  expect((await validateAgainst(schema, xml)).errors).toEqual([]);
}

async function validAnswer(name: string, status = 200): Promise<CpResponse> {
  const xml = fixture(name);
  await expectValid(schemaFor(xml) ?? "messages", xml);
  return answer(status, xml);
}

describe("authorized returns (authreturn-v2)", () => {
  it.each([
    ["returns/authorized-return-4x6.xml", scenarios.authorizedReturn()],
    ["returns/authorized-return-longest.xml", scenarios.longestReturn()],
  ] as const)("writes %s: valid against authreturn.xsd", async (name, request) => {
    const built = authorizedReturnRequest(request, CONTRACT_CUSTOMER);
    await expectValid("authreturn", built.body!.xml);
    expect(built.body!.xml).toBe(fixture(name));
  });

  it("goes from the customer back to the shop, paid under the contract", () => {
    const built = authorizedReturnRequest(scenarios.authorizedReturn(), { ...CONTRACT_CUSTOMER, moboCustomerNumber: "9876543" });
    expect(built).toMatchObject({ group: "shipments", method: "POST", path: "/rs/2004381/9876543/authorizedreturn", accept: "application/vnd.cpc.authreturn-v2+xml" });
    const doc = readXml(built.body!.xml)!;
    expect(text(doc.element, "returner", "name")).toBe("Priya Raman");
    expect(text(doc.element, "returner", "domestic-address", "postal-code")).toBe("M5J0B8");
    expect(text(doc.element, "receiver", "company")).toBe("Atelier Beaulieu & Fils inc.");
    expect(text(doc.element, "settlement-info", "contract-id")).toBe("42708517");
    expect(text(doc.element, "settlement-info", "paid-by-customer")).toBe("9876543");
    expect(text(doc.element, "references", "customer-ref-1")).toBe("ORDER-1042");
    expect(text(doc.element, "print-preferences", "output-format")).toBe("4x6");
  });

  it("needs a contract", () => {
    expect(() => authorizedReturnRequest(scenarios.authorizedReturn(), NC_CUSTOMER)).toThrow(RangeError);
  });

  it("reads the PIN and the label link, or Canada Post's refusal", async () => {
    const read = parseAuthorizedReturn(await validAnswer("returns/answer-authorized-return.xml"));
    expect(read.data?.trackingNumber).toBe("3271605148300094");
    expect(read.data?.links).toEqual([{ rel: "returnLabel", href: "https://ct.soa-gw.canadapost.ca/ers/artifact/76108cb5192002d5/21238/0", mediaType: "application/pdf", index: 0 }]);
    const refused = parseAuthorizedReturn(await validAnswer("returns/messages-authorized-return-refused.xml", 400));
    expect(refused).toMatchObject({ data: null, messages: [{ problem: { code: "carrierRejected" }, text: "The contract number provided is not valid for this customer." }] });
    expect(parseAuthorizedReturn(answer(500, "<html>down</html>")).messages[0]!.problem.code).toBe("carrierFailed");
  });
});

describe("open returns (openreturn-v2)", () => {
  it("writes a template valid against openreturn.xsd", async () => {
    const built = openReturnTemplateRequest(scenarios.openReturn(), CONTRACT_CUSTOMER);
    await expectValid("openreturn", built.body!.xml);
    expect(built.body!.xml).toBe(fixture("returns/open-return-letter.xml"));
    expect(built.path).toBe("/rs/2004381/2004381/openreturn");
    expect(() => openReturnTemplateRequest(scenarios.openReturn({ maxUses: 0 }), CONTRACT_CUSTOMER)).toThrow(RangeError);
    expect(() => openReturnTemplateRequest(scenarios.openReturn(), NC_CUSTOMER)).toThrow(RangeError);
  });

  it("knows the template by Canada Post's id, and its next label and retirement by paths from it", async () => {
    expect(parseOpenReturnInfo(await validAnswer("returns/answer-open-return.xml")).data).toEqual({ templateId: "7316201298761423", remaining: 25 });
    expect(parseOpenReturnDetails(await validAnswer("returns/answer-open-return-details.xml")).data).toEqual({ remaining: 23 });
    expect(nextOpenReturnArtifactRequest(CONTRACT_CUSTOMER, "7316201298761423")).toMatchObject({ method: "GET", path: "/rs/2004381/2004381/openreturn/7316201298761423/artifact", accept: "application/pdf" });
    expect(retireOpenReturnRequest(CONTRACT_CUSTOMER, "7316201298761423")).toMatchObject({ method: "DELETE", path: "/rs/2004381/2004381/openreturn/7316201298761423" });
    expect(parseRetired(answer(204, "")).data).toEqual({ retired: true });
    expect(parseRetired(answer(404, fixture("shipments/messages-empty.xml"))).data).toEqual({ retired: true });
  });
});

describe("transmit and manifests (manifest-v8)", () => {
  it("writes a transmit-set valid against manifest.xsd, with its groups' key", async () => {
    const built = transmitRequest(scenarios.endOfDay(), CONTRACT_CUSTOMER);
    await expectValid("manifest", built.body!.xml);
    expect(built.body!.xml).toBe(fixture("manifests/transmit-set.xml"));
    expect(built).toMatchObject({ group: "manifests", method: "POST", path: "/rs/2004381/2004381/manifest" });
    expect(transmitKey(["b", "a"])).toBe(transmitKey(["a", "b"]));
    expect(transmitKey(["a"])).toHaveLength(12);
    expect(() => transmitRequest(scenarios.endOfDay({ groupIds: [] }), CONTRACT_CUSTOMER)).toThrow(RangeError);
    expect(listManifestsRequest(CONTRACT_CUSTOMER, "2026-03-09", "2026-03-10").path).toBe("/rs/2004381/2004381/manifest?start=20260309&end=20260310");
  });

  it("reads the manifests, a manifest, its details and their total", async () => {
    expect(parseManifestLinks(await validAnswer("manifests/answer-manifests.xml")).data?.map((l) => l.href)).toEqual(["https://ct.soa-gw.canadapost.ca/rs/2004381/2004381/manifest/87654321012345"]);
    expect(parseManifestLinks(await validAnswer("manifests/answer-manifests-empty.xml")).data).toEqual([]);
    const manifest = parseManifest(await validAnswer("manifests/answer-manifest.xml")).data!;
    expect(manifest.poNumber).toBe("P123456789");
    expect(manifest.links.map((l) => l.rel)).toEqual(["self", "details", "artifact", "manifestShipments"]);
    expect(parseManifestDetails(await validAnswer("manifests/answer-manifest-details.xml")).data).toEqual({ poNumber: "P123456789", customerReference: "B4C9BD49CB48", manifestDate: "2026-03-10", totalCents: 1762 });
    expect(parseManifestLinks(await validAnswer("shipments/messages-invalid.xml", 400)).messages).toHaveLength(2);
  });
});

/** A Canada Post of routes (method and path to answers), through the real HTTP layer. */
async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([288, 432]);
  return doc.save();
}

function cp(routes: Record<string, (req: { method: string; path: string; body: string }) => Response>) {
  const calls: string[] = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    const u = new URL(String(url));
    const key = `${init?.method ?? "GET"} ${u.pathname}${u.search}`;
    calls.push(key);
    const route = Object.entries(routes).find(([k]) => key.startsWith(k));
    if (!route) return new Response(fixture("shipments/messages-empty.xml"), { status: 404, headers: { "content-type": "application/xml" } });
    return route[1]({ method: init?.method ?? "GET", path: u.pathname, body: String(init?.body ?? "") });
  }) as typeof fetch;
  const send: CpSend = createSender({ baseUrl: "http://127.0.0.1:9", username: "u", password: "p", locale: "en", fetch: fetchFn, sleep: async () => {}, backoffMs: () => 0 });
  return { calls, send };
}

const xmlResponse = (name: string, status = 200) => new Response(fixture(name), { status, headers: { "content-type": "application/xml" } });
const pdfResponse = (bytes: Uint8Array) => new Response(Buffer.from(bytes), { status: 200, headers: { "content-type": "application/pdf" } });

describe("the connector", () => {
  it("offers returns, open returns and manifests to a contract account only", () => {
    const send: CpSend = async () => ({ ok: false, messages: [] });
    const contract = createCanadaPostConnector({ send, customer: CONTRACT_CUSTOMER, mode: "sandbox", accountId: null, refundEmail: "a@b.ca" });
    expect(capabilities(contract)).toEqual(expect.arrayContaining(["returns", "openReturns", "manifests"]));
    const nc = createCanadaPostConnector({ send, customer: NC_CUSTOMER, mode: "sandbox", accountId: null, refundEmail: "a@b.ca" });
    expect(capabilities(nc)).not.toEqual(expect.arrayContaining(["returns"]));
    expect(capabilities(nc)).not.toContain("openReturns");
    expect(capabilities(nc)).not.toContain("manifests");
  });

  it("issues a return label: the PDF, the PIN, and the return leg rated for the estimate", async () => {
    const label = await pdf();
    const { calls, send } = cp({
      "POST /rs/2004381/2004381/authorizedreturn": () => xmlResponse("returns/answer-authorized-return.xml"),
      "GET /ers/artifact/": () => pdfResponse(label),
      "POST /rs/ship/price": () => xmlResponse("rating/price-quotes-domestic.xml"),
    });
    const connector = createCanadaPostConnector({ send, customer: CONTRACT_CUSTOMER, mode: "sandbox", accountId: null, refundEmail: "a@b.ca" });
    const issued = await connector.createReturnLabel!(scenarios.authorizedReturn());
    expect(issued.data).toMatchObject({ trackingNumber: "3271605148300094", carrierShipmentId: "3271605148300094", label: { kind: "pdf" } });
    expect(calls.slice(0, 2)).toEqual(["POST /rs/2004381/2004381/authorizedreturn", "GET /ers/artifact/76108cb5192002d5/21238/0"]);
    expect(calls[2]).toBe("POST /rs/ship/price");
    // Canada Post's answer has no price: the Expedited return leg as rated.
    expect(issued.data!.estimatedCents).toBe(3416);
    // Cancelling needs no call: nothing is charged until Canada Post scans it.
    expect(await connector.cancelReturnLabel!({ trackingNumber: "3271605148300094", carrierShipmentId: "3271605148300094" })).toEqual({ data: { cancelled: true }, messages: [] });
    expect(calls).toHaveLength(3);
  });

  it("says Canada Post's refusal of a return, and never retries its create blindly", async () => {
    const { calls, send } = cp({ "POST /rs/2004381/2004381/authorizedreturn": () => new Response("gateway", { status: 502 }) });
    const connector = createCanadaPostConnector({ send, customer: CONTRACT_CUSTOMER, mode: "sandbox", accountId: null, refundEmail: "a@b.ca" });
    const out = await connector.createReturnLabel!(scenarios.authorizedReturn());
    expect(out.data).toBeNull();
    expect(calls).toEqual(["POST /rs/2004381/2004381/authorizedreturn"]);
  });

  it("transmits once and reads each manifest's number, total and PDF", async () => {
    const doc = await pdf();
    let transmitted = false;
    const { calls, send } = cp({
      "GET /rs/2004381/2004381/manifest?": () => xmlResponse(transmitted ? "manifests/answer-manifests.xml" : "manifests/answer-manifests-empty.xml"),
      "POST /rs/2004381/2004381/manifest": () => ((transmitted = true), xmlResponse("manifests/answer-manifests.xml")),
      "GET /rs/2004381/2004381/manifest/87654321012345/details": () => xmlResponse("manifests/answer-manifest-details.xml"),
      "GET /rs/2004381/2004381/manifest/87654321012345": () => xmlResponse("manifests/answer-manifest.xml"),
      "GET /ers/artifact/": () => pdfResponse(doc),
    });
    const connector = createCanadaPostConnector({ send, customer: CONTRACT_CUSTOMER, mode: "sandbox", accountId: null, refundEmail: "a@b.ca" });
    const out = await connector.transmit!(scenarios.endOfDay(), new Date("2026-03-10T22:40:00Z"));
    expect(out.data).toMatchObject([{ number: "P123456789", totalCents: 1762, document: { kind: "pdf" } }]);
    expect(calls.filter((c) => c.startsWith("POST"))).toHaveLength(1);
    expect(calls[0]).toBe("GET /rs/2004381/2004381/manifest?start=20260309&end=20260310");
    // Asked again (its answer lost): the day's manifest with the groups' key, no second transmit.
    const again = await connector.transmit!(scenarios.endOfDay(), new Date("2026-03-10T22:45:00Z"));
    expect(again.data?.map((m) => m.number)).toEqual(["P123456789"]);
    expect(calls.filter((c) => c.startsWith("POST"))).toHaveLength(1);
  });

  it("does not post a transmit again when Canada Post did not answer it", async () => {
    const { calls, send } = cp({
      "GET /rs/2004381/2004381/manifest?": () => xmlResponse("manifests/answer-manifests-empty.xml"),
      "POST /rs/2004381/2004381/manifest": () => new Response("upstream timeout", { status: 504 }),
    });
    const connector = createCanadaPostConnector({ send, customer: CONTRACT_CUSTOMER, mode: "sandbox", accountId: null, refundEmail: "a@b.ca" });
    const out = await connector.transmit!(scenarios.endOfDay(), new Date("2026-03-10T22:40:00Z"));
    expect(out.data).toBeNull();
    expect(calls.filter((c) => c.startsWith("POST"))).toHaveLength(1);
  });

  it("gives an open return's labels until none is left, and retires it", async () => {
    const label = await pdf();
    const { calls, send } = cp({
      "POST /rs/2004381/2004381/openreturn": () => xmlResponse("returns/answer-open-return.xml"),
      "GET /rs/2004381/2004381/openreturn/7316201298761423/details": () => xmlResponse("returns/answer-open-return-details.xml"),
      "GET /rs/2004381/2004381/openreturn/7316201298761423/artifact": () => pdfResponse(label),
      "POST /rs/ship/price": () => xmlResponse("rating/price-quotes-domestic.xml"),
      "DELETE /rs/2004381/2004381/openreturn/7316201298761423": () => new Response(null, { status: 204 }),
    });
    const connector = createCanadaPostConnector({ send, customer: CONTRACT_CUSTOMER, mode: "sandbox", accountId: null, refundEmail: "a@b.ca", locale: "fr" });
    const template = await connector.createOpenReturnTemplate!(scenarios.openReturn());
    expect(template.data).toEqual({ templateId: "7316201298761423", maxUses: 25 });
    const next = await connector.nextOpenReturnLabel!("7316201298761423", scenarios.openReturn());
    expect(next.data).toMatchObject({ trackingNumber: "7316201298761423-3", label: { kind: "pdf" } });
    expect(await connector.retireOpenReturnTemplate!("7316201298761423")).toEqual({ data: { retired: true }, messages: [] });
    expect(calls).toContain("DELETE /rs/2004381/2004381/openreturn/7316201298761423");
  });
});

