/**
 * Live and test events, as Stripe keeps them apart: what a test API key does reaches only the
 * endpoints set to test, marked `livemode: false`; what is done in the app (or with a live key)
 * reaches only the live ones. A shop's live receiver never ships an order for a test label.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookEndpoint, getWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { webhookEndpointSchema } from "@/lib/webhooks/schema";
import { SIGNATURE_HEADER, verifyWebhookSignature } from "@/lib/webhooks/signature";
import { createApiKey } from "@/lib/api/keys";
import { adminQuery } from "../db";
import { drainJobs } from "../jobs";
import { mailCatcherForFile } from "../mail";
import { PARCEL, TO_MONTREAL } from "../api/example-requests";
import { apiShop, call } from "../api/support";
import { startReceiver, type Receiver } from "./receiver";

mailCatcherForFile("webhooks-livemode");

let live: Receiver;
let staging: Receiver;
beforeAll(async () => {
  [live, staging] = await Promise.all([startReceiver(), startReceiver()]);
});
afterAll(async () => {
  await Promise.all([live.close(), staging.close()]);
});

const signed = (r: Receiver["received"][number], secret: string) => verifyWebhookSignature(r.body, r.headers[SIGNATURE_HEADER.toLowerCase()] as string, secret);

describe("webhook modes", () => {
  it("a test key's label reaches the test endpoint only, as a test event; a live key's label the live one only", async () => {
    const shop = await apiShop("hooks-livemode"); // a test key
    await adminQuery(`UPDATE "Business" SET "accountNumber" = '0001234567', "creditLimitCents" = 1000000 WHERE id = $1`, [shop.business.id]);
    const events = [...WEBHOOK_EVENT_TYPES];
    const shopServer = await createWebhookEndpoint(shop.owner, { url: live.url, description: "Shop", events, mode: "LIVE" });
    const stagingServer = await createWebhookEndpoint(shop.owner, { url: staging.url, description: "Staging", events, mode: "TEST" });

    const bought = await call("POST", "/shipments", { key: shop.key, body: { from: { locationId: shop.locationId }, to: TO_MONTREAL, parcel: PARCEL, service: "DOM.EP" } });
    expect(bought.status).toBe(201);
    await drainJobs(["webhook"]);
    expect(live.received).toEqual([]);
    const tested = staging.received.filter((r) => r.json.data.object.id === bought.json.id);
    expect(tested.map((r) => r.json.type)).toContain("shipment.purchased");
    for (const r of staging.received) {
      expect(r.json.livemode).toBe(false);
      expect(signed(r, stagingServer.secret)).toBe(true);
    }

    // The same business buys a label for real (a live key, billed on account): a live event, for the live endpoint only.
    const stagingBefore = staging.received.length;
    const liveKey = (await createApiKey(shop.owner, { name: "live", mode: "LIVE", scope: "FULL" })).secret;
    const real = await call("POST", "/shipments", { key: liveKey, body: { from: { locationId: shop.locationId }, to: TO_MONTREAL, parcel: PARCEL, service: "DOM.EP" } });
    expect(real.status).toBe(201);
    await drainJobs(["webhook"]);
    expect(staging.received.length).toBe(stagingBefore);
    const purchased = live.received.filter((r) => r.json.type === "shipment.purchased");
    expect(purchased.map((r) => r.json.data.object.id)).toEqual([real.json.id]);
    for (const r of live.received) {
      expect(r.json.livemode).toBe(true);
      expect(signed(r, shopServer.secret)).toBe(true);
    }
  });

  it("an endpoint is live unless it asks for test events, and its mode can be changed", async () => {
    const shop = await apiShop("hooks-mode-change");
    const form = webhookEndpointSchema.parse({ url: live.url, events: "shipment.purchased" });
    expect(form.mode).toBe("LIVE");
    expect(webhookEndpointSchema.safeParse({ url: live.url, events: "shipment.purchased", mode: "BOTH" }).success).toBe(false);
    const { id } = await createWebhookEndpoint(shop.owner, form);
    expect(await getWebhookEndpoint(shop.owner, id)).toMatchObject({ mode: "LIVE" });
    await updateWebhookEndpoint(shop.owner, id, { ...form, mode: "TEST" });
    expect(await getWebhookEndpoint(shop.owner, id)).toMatchObject({ mode: "TEST", events: ["shipment.purchased"] });
  });
});
