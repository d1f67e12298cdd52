/**
 * The web services as a shop uses them, end to end: rates at checkout with a storefront key, the
 * order bought with an Idempotency-Key sent twice (one label, one charge), the label downloaded,
 * and signed webhooks received on the shop's own server as the parcel travels (as
 * `npm run admin -- tracking` advances the reference carrier), each signature verified.
 */
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api/keys";
import { refreshTracking } from "@/lib/tracking/refresh";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { SIGNATURE_HEADER, verifyWebhookSignature } from "@/lib/webhooks/signature";
import { adminQuery } from "../db";
import { drainJobs } from "../jobs";
import { mailCatcherForFile } from "../mail";
import { startReceiver, type Receiver } from "../webhooks/receiver";
import { PARCEL, TO_MONTREAL } from "./example-requests";
import { apiShop, call, type ApiShop } from "./support";

mailCatcherForFile("api-shop-scenario");

let receiver: Receiver;
let shop: ApiShop;
beforeAll(async () => {
  receiver = await startReceiver();
  shop = await apiShop("api-scenario", { mode: "LIVE" });
  await adminQuery(`UPDATE "Business" SET "accountNumber" = '0001234567', "creditLimitCents" = 1000000 WHERE id = $1`, [shop.business.id]);
});
afterAll(async () => {
  await receiver.close();
});

describe("a shop on the web services", () => {
  it("quotes at checkout, buys once for two identical requests, prints the label and hears about the parcel until it is delivered", async () => {
    const { secret } = await createWebhookEndpoint(shop.owner, { url: receiver.url, description: "Shop server", events: ["shipment.purchased", "label.ready", "tracking.updated", "shipment.delivered"], mode: "LIVE" });
    const storefront = (await createApiKey(shop.owner, { name: "Checkout", mode: "LIVE", scope: "RATES" })).secret;

    // Checkout: the customer sees every service and picks Expedited Parcel.
    const rates = await call("POST", "/rates", { key: storefront, body: { from: { locationId: shop.locationId }, to: { country: "CA", postalCode: TO_MONTREAL.postalCode }, parcel: PARCEL } });
    expect(rates.status).toBe(200);
    const chosen = rates.json.rates.find((r: { service: { code: string } }) => r.service.code === "DOM.EP");
    expect(chosen.price.amount).toBeGreaterThan(0);

    // The order is bought; the shop's server retries the same request after a timeout.
    const order = { from: { locationId: shop.locationId }, to: TO_MONTREAL, parcel: PARCEL, service: "DOM.EP", references: { reference1: "Order 2002" } };
    const headers = { "idempotency-key": "order-2002" };
    const first = await call("POST", "/shipments", { key: shop.key, body: order, headers });
    const again = await call("POST", "/shipments", { key: shop.key, body: order, headers });
    expect(first.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const charges = await adminQuery<{ amountCents: number }>(`SELECT "amountCents" FROM "AccountTransaction" WHERE "businessId" = $1 AND type = 'CHARGE'`, [shop.business.id]);
    expect(charges.map((c) => c.amountCents)).toEqual([first.json.price.amount]);
    expect(first.json.price.amount).toBe(chosen.price.amount);
    const shipmentId = first.json.id as string;
    const trackingNumber = first.json.trackingNumber as string;
    expect(trackingNumber).toMatch(/^\d{16}$/);

    // The label, on a 4 x 6 in page.
    const label = await call("GET", `/shipments/${shipmentId}/label?format=pdf_4x6`, { key: shop.key });
    expect(label.headers.get("content-type")).toBe("application/pdf");
    const page = (await PDFDocument.load(await label.response.arrayBuffer())).getPage(0);
    expect([page.getWidth(), page.getHeight()]).toEqual([288, 432]);

    // The parcel travels (the operator's `admin tracking` command does this), and the shop hears of it.
    const labelledAt = new Date((await adminQuery<{ labelledAt: Date }>(`SELECT "labelledAt" FROM "Shipment" WHERE id = $1`, [shipmentId]))[0]!.labelledAt).getTime();
    await refreshTracking({ businessId: shop.business.id, userId: null }, { now: new Date(labelledAt + 2 * 86_400_000) });
    await refreshTracking({ businessId: shop.business.id, userId: null }, { now: new Date(labelledAt + 14 * 86_400_000) });
    await drainJobs(["webhook"]);

    const got = receiver.received;
    for (const r of got) expect(verifyWebhookSignature(r.body, r.headers[SIGNATURE_HEADER.toLowerCase()] as string, secret)).toBe(true);
    const types = got.map((r) => r.json.type);
    expect(types.filter((t) => t === "shipment.purchased")).toHaveLength(1);
    expect(types).toContain("label.ready");
    expect(types).toContain("tracking.updated");
    expect(types.filter((t) => t === "shipment.delivered")).toHaveLength(1);
    const delivered = got.find((r) => r.json.type === "shipment.delivered")!.json.data.object;
    expect(delivered).toMatchObject({ id: shipmentId, trackingNumber });

    // The shop's own tracking call agrees.
    const tracking = await call("GET", `/tracking/${trackingNumber}`, { key: shop.key });
    expect(tracking.json.status).toBe("delivered");
  });
});
