/**
 * The Canada Post connector's return labels, open returns and transmit against the fake server
 * (which checks every body against its XSD, and its own answers too).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { createCanadaPostConnector } from "@/lib/carriers/canadapost";
import { createSender } from "@/lib/carriers/canadapost/http";
import type { CanadaPostCustomer } from "@/lib/carriers/canadapost/request";
import type { CarrierConnector } from "@/lib/carriers/types";
import { domesticWithOptions } from "../shipment-requests";
import { authorizedReturn, endOfDay, openReturn } from "../return-requests";
import { startFakeCanadaPost, type FakeCanadaPost } from "./server";
import { CONTRACT_ACCOUNT, NC_ACCOUNT } from "./test-client";

const CUSTOMER: CanadaPostCustomer = { customerNumber: CONTRACT_ACCOUNT.customerNumber, moboCustomerNumber: CONTRACT_ACCOUNT.customerNumber, contractNumber: CONTRACT_ACCOUNT.contractNumber };
const GROUP = "20260310-H2J3S6";

let fake: FakeCanadaPost;
let connector: CarrierConnector;

function connect(account: { username: string; password: string }, customer: CanadaPostCustomer, locale: "en" | "fr" = "en"): CarrierConnector {
  const send = createSender({ baseUrl: fake.url, username: account.username, password: account.password, locale, sleep: async () => {}, backoffMs: () => 0 });
  return createCanadaPostConnector({ send, customer, mode: "sandbox", accountId: null, refundEmail: "owner@atelierbeaulieu.ca", locale, groupId: () => GROUP });
}

const pages = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);

beforeAll(async () => {
  fake = await startFakeCanadaPost({ checkAnswers: true, accounts: [NC_ACCOUNT, CONTRACT_ACCOUNT] });
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.state.clear();
  fake.requests.length = 0;
  connector = connect(CONTRACT_ACCOUNT, CUSTOMER);
});

const posts = (operation: string) => fake.requests.filter((r) => r.operation === operation).length;

describe("return labels from Canada Post (fake)", () => {
  it("issues a 4x6 return label PDF with its PIN, and a price estimate", async () => {
    const issued = await connector.createReturnLabel!(authorizedReturn());
    expect(issued.messages).toEqual([]);
    expect(issued.data!.trackingNumber).toMatch(/^\d{16}$/);
    expect(issued.data!.estimatedCents).toBeGreaterThan(0);
    expect(issued.data!.label.kind).toBe("pdf");
    if (issued.data!.label.kind === "pdf") expect(await pages(issued.data!.label.pdf)).toEqual([[288, 432]]);
    expect(fake.requests.map((r) => r.operation)).toEqual(["createAuthorizedReturn", "getReturnArtifact", "getRates"]);
  });

  it("tells a non-contract business that Canada Post needs a contract, in French, and asks nothing", async () => {
    const nc = connect(NC_ACCOUNT, { customerNumber: NC_ACCOUNT.customerNumber, moboCustomerNumber: null, contractNumber: null }, "fr");
    expect(nc.createReturnLabel).toBeUndefined();
    const { createReturnLabel } = await import("@/lib/carriers/canadapost/return-buy");
    const send = createSender({ baseUrl: fake.url, username: NC_ACCOUNT.username, password: NC_ACCOUNT.password, locale: "fr" });
    const out = await createReturnLabel(send, { customerNumber: NC_ACCOUNT.customerNumber, moboCustomerNumber: null, contractNumber: null }, authorizedReturn(), "fr");
    expect(out.data).toBeNull();
    expect(out.messages[0]!.text).toMatch(/^Postes Canada n'émet des étiquettes de retour sur demande/);
    expect(fake.requests).toHaveLength(0);
  });

  it("says Canada Post's refusal (a contract that is not the account's)", async () => {
    const other = connect(CONTRACT_ACCOUNT, { ...CUSTOMER, contractNumber: "99999999" });
    const out = await other.createReturnLabel!(authorizedReturn());
    expect(out).toMatchObject({ data: null, messages: [{ problem: { code: "carrierRejected" }, text: "The contract-id provided is not a valid contract number." }] });
  });
});

describe("open returns from Canada Post (fake)", () => {
  it("gives each label once up to the maximum, then says none is left; retired, it gives none", async () => {
    const request = openReturn({ maxUses: 2, locale: "en" });
    const template = await connector.createOpenReturnTemplate!(request);
    expect(template.data).toEqual({ templateId: expect.stringMatching(/^\d+$/), maxUses: 2 });
    const id = template.data!.templateId;
    const first = await connector.nextOpenReturnLabel!(id, request);
    const second = await connector.nextOpenReturnLabel!(id, request);
    expect([first.data!.trackingNumber, second.data!.trackingNumber]).toEqual([`${id}-1`, `${id}-2`]);
    if (first.data!.label.kind === "pdf") expect(await pages(first.data!.label.pdf)).toEqual([[612, 792]]);
    const third = await connector.nextOpenReturnLabel!(id, request);
    expect(third).toMatchObject({ data: null, messages: [{ text: "This open return has no labels left. Create a new one." }] });

    const another = await connector.createOpenReturnTemplate!(request);
    expect(await connector.retireOpenReturnTemplate!(another.data!.templateId)).toEqual({ data: { retired: true }, messages: [] });
    expect((await connector.nextOpenReturnLabel!(another.data!.templateId, request)).data).toBeNull();
  });
});

describe("transmit and manifests with Canada Post (fake)", () => {
  it("transmits the day's group once, with the manifest's number, total and PDF; a second call finds it without transmitting again", async () => {
    const a = await connector.createShipment!(domesticWithOptions({ reference: "ship-a" }));
    const b = await connector.createShipment!(domesticWithOptions({ reference: "ship-b" }));
    expect(a.data && b.data).toBeTruthy();
    const now = new Date();
    const sent = await connector.transmit!(endOfDay({ groupIds: [GROUP] }), now);
    expect(sent.messages).toEqual([]);
    expect(sent.data).toHaveLength(1);
    const manifest = sent.data![0]!;
    expect(manifest.number).toMatch(/^P\d{9}$/);
    expect(manifest.totalCents).toBe(a.data!.priceCents + b.data!.priceCents);
    expect(await pages(manifest.document.pdf)).toEqual([[612, 792]]);
    expect(posts("transmitShipments")).toBe(1);

    // The answer was lost, the job asks again: the same manifest, no second transmit.
    const again = await connector.transmit!(endOfDay({ groupIds: [GROUP] }), now);
    expect(again.data?.map((m) => m.number)).toEqual([manifest.number]);
    expect(posts("transmitShipments")).toBe(1);

    // Transmitted: a void becomes a refund request.
    const voided = await connector.voidShipment!({ trackingNumber: a.data!.trackingNumber, carrierShipmentId: a.data!.carrierShipmentId }, now);
    expect(voided.data?.status).toBe("refundRequested");
  });

  it("says Canada Post's refusal when the groups have nothing to transmit", async () => {
    const out = await connector.transmit!(endOfDay({ groupIds: ["20260311-H2J3S6"] }), new Date());
    expect(out).toMatchObject({ data: null, messages: [{ problem: { code: "carrierRejected" }, text: "There are no shipments to transmit for the group(s) provided." }] });
  });

  it("waits for the manifests throttle, and says Canada Post is busy when no call is free", async () => {
    fake.control.throttleLimit("manifests", 0);
    const out = await connector.transmit!(endOfDay(), new Date());
    expect(out).toMatchObject({ data: null, messages: [{ problem: { code: "carrierBusy" } }] });
    fake.control.throttleLimit("manifests", null);
  });
});
