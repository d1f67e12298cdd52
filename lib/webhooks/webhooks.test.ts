import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { bookPickup, cancelPickup } from "@/lib/pickups/pickups";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { refreshTracking } from "@/lib/tracking/refresh";
import { paidBatchOf, payingBusiness } from "@/tests/batch-helpers";
import { adminQuery } from "@/tests/db";
import { drainJobs } from "@/tests/jobs";
import { mailCatcherForFile } from "@/tests/mail";
import { startReceiver, type Receiver } from "@/tests/webhooks/receiver";
import { deliverWebhook } from "./deliver";
import { createWebhookEndpoint, getWebhookEndpoint, listWebhookDeliveries, resendWebhookDelivery, setWebhookEndpointEnabled, updateWebhookEndpoint } from "./endpoints";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./events";
import { MAX_RETRIES } from "./schedule";
import { SIGNATURE_HEADER, verifyWebhookSignature } from "./signature";

const { to } = mailCatcherForFile("webhooks");

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
});

const signatureOf = (r: Receiver["received"][number]) => r.headers[SIGNATURE_HEADER.toLowerCase()] as string;
const typesOf = (rs: Receiver["received"]) => rs.map((r) => r.json.type);

/**
 * What the receiver got since `before`, once `until` holds (or after 10 s): the webhook queue is
 * shared by the test files running beside this one, so another file's drain may deliver a job of
 * this file a moment after this file's own drain returned.
 */
async function receivedSince(before: number, until: (got: Receiver["received"]) => boolean): Promise<Receiver["received"]> {
  for (let waited = 0; waited < 10_000 && !until(receiver.received.slice(before)); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  return receiver.received.slice(before);
}

/** Makes the webhook jobs waiting for their back-off due now (the clock is not the test's). */
const makeRetriesDue = () => adminQuery(`UPDATE pgboss.job SET start_after = now() WHERE name = 'webhook' AND state IN ('created', 'retry')`);

async function endpointFor(actor: Actor, events: WebhookEventType[] = [...WEBHOOK_EVENT_TYPES]) {
  return createWebhookEndpoint(actor, { url: receiver.url, description: "Shop", events, mode: "LIVE" });
}

describe("webhooks", () => {
  it("a purchase sends signed shipment.purchased, label.ready and batch.completed events that verify with the secret shown once", async () => {
    const { actor } = await payingBusiness("hooks-buy");
    const { id, secret } = await endpointFor(actor);
    expect(secret).toMatch(/^whsec_/);
    const before = receiver.received.length;
    const [shipment] = await paidBatchOf(actor, 1);
    await drainJobs(["webhook"]);
    const got = await receivedSince(before, (g) => g.length >= 3);
    expect(typesOf(got).sort()).toEqual(["batch.completed", "label.ready", "shipment.purchased"]);
    for (const r of got) expect(verifyWebhookSignature(r.body, signatureOf(r), secret)).toBe(true);
    // Another secret does not verify: the signature is the endpoint's.
    expect(verifyWebhookSignature(got[0]!.body, signatureOf(got[0]!), "whsec_wrong")).toBe(false);

    const purchased = got.find((r) => r.json.type === "shipment.purchased")!.json;
    expect(purchased).toMatchObject({ id: expect.stringMatching(/^evt_/), object: "event", type: "shipment.purchased", created: expect.any(Number) });
    expect(purchased.data.object).toMatchObject({
      object: "shipment",
      id: shipment!.id,
      status: "labelled",
      trackingNumber: shipment!.trackingNumber,
      price: { amount: shipment!.rateCents, currency: "CAD" },
      parcel: { weightGrams: 1000, lengthMm: 300, widthMm: 200, heightMm: 100 },
      trackingStatus: "created",
    });
    expect(got.find((r) => r.json.type === "label.ready")!.json.data.object).toMatchObject({ object: "label", shipmentId: shipment!.id, format: "pdf_4x6" });
    expect(got.find((r) => r.json.type === "batch.completed")!.json.data.object).toMatchObject({ object: "batch", status: "labelled", shipments: { labelled: 1, refused: 0 } });
    expect(got[0]!.headers["envoi-event-id"]).toBe(got[0]!.json.id);

    const deliveries = await listWebhookDeliveries(actor, id);
    expect(deliveries.map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual([
      ["SUCCEEDED", 1, 200],
      ["SUCCEEDED", 1, 200],
      ["SUCCEEDED", 1, 200],
    ]);
    expect(deliveries[0]!.attemptLog).toHaveLength(1);
  });

  it("only subscribed events are sent, and nothing goes to an endpoint turned off", async () => {
    const { actor } = await payingBusiness("hooks-subscribe");
    const { id } = await endpointFor(actor, ["batch.completed"]);
    const before = receiver.received.length;
    await paidBatchOf(actor, 2);
    await drainJobs(["webhook"]);
    expect(typesOf(receiver.received.slice(before))).toEqual(["batch.completed"]);

    await setWebhookEndpointEnabled(actor, id, false);
    await paidBatchOf(actor, 1);
    await drainJobs(["webhook"]);
    expect(receiver.received.length).toBe(before + 1);
  });

  it("a changed endpoint gets the events it now asks for, keeps its secret, and the change is in the audit log", async () => {
    const { actor } = await payingBusiness("hooks-change");
    const { id, secret } = await endpointFor(actor, ["shipment.purchased"]);
    await updateWebhookEndpoint(actor, id, { url: receiver.url, description: "Warehouse", events: ["batch.completed"], mode: "LIVE" });
    expect(await getWebhookEndpoint(actor, id)).toMatchObject({ description: "Warehouse", events: ["batch.completed"], enabled: true });
    const before = receiver.received.length;
    await paidBatchOf(actor, 1);
    await drainJobs(["webhook"]);
    const got = receiver.received.slice(before);
    expect(typesOf(got)).toEqual(["batch.completed"]);
    expect(verifyWebhookSignature(got[0]!.body, signatureOf(got[0]!), secret)).toBe(true);
    const [audit] = await adminQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "businessId" = $1 AND "entityId" = $2 ORDER BY "createdAt" DESC LIMIT 1`, [actor.businessId, id]);
    expect(audit!.action).toBe("webhook_endpoint.updated");
  });

  it("a receiver that answers 500 then 200 gets the event once it recovers, and each attempt is logged", async () => {
    const { actor } = await payingBusiness("hooks-retry");
    const { id, secret } = await endpointFor(actor, ["shipment.purchased"]);
    const before = receiver.received.length;
    receiver.answer([500]);
    await paidBatchOf(actor, 1);
    await drainJobs(["webhook"]);
    let [delivery] = await listWebhookDeliveries(actor, id);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    expect(delivery!.nextAttemptAt!.getTime() - delivery!.lastAttemptAt!.getTime()).toBe(60_000);
    // Not before its time: the retry waits for its back-off.
    expect(await drainJobs(["webhook"])).toEqual({ ran: 0, failed: 0 });

    await makeRetriesDue();
    await drainJobs(["webhook"]);
    [delivery] = await listWebhookDeliveries(actor, id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 2, lastStatusCode: 200 });
    expect(delivery!.attemptLog.map((a) => [a.number, a.succeeded, a.statusCode])).toEqual([
      [1, false, 500],
      [2, true, 200],
    ]);
    const got = receiver.received.slice(before);
    expect(got).toHaveLength(2);
    // The same event both times (receivers de-duplicate by its id), signed afresh each time.
    expect(got[1]!.body).toBe(got[0]!.body);
    expect(verifyWebhookSignature(got[1]!.body, signatureOf(got[1]!), secret)).toBe(true);
  });

  it("tracking advancing (as npm run admin -- tracking does) sends tracking.updated, then shipment.delivered once", async () => {
    const { actor } = await payingBusiness("hooks-track");
    const { secret } = await endpointFor(actor, ["tracking.updated", "shipment.delivered"]);
    const [shipment] = await paidBatchOf(actor, 1);
    const before = receiver.received.length;
    // A week later every reference parcel has arrived.
    const labelledAt = shipment!.labelledAt!.getTime();
    await refreshTracking(actor, { now: new Date(labelledAt + 2 * 86_400_000) });
    await refreshTracking(actor, { now: new Date(labelledAt + 14 * 86_400_000) });
    await drainJobs(["webhook"]);
    const got = await receivedSince(before, (g) => typesOf(g).includes("shipment.delivered") && typesOf(g).filter((t) => t === "tracking.updated").length >= 2);
    for (const r of got) expect(verifyWebhookSignature(r.body, signatureOf(r), secret)).toBe(true);
    const types = typesOf(got);
    expect(types.filter((t) => t === "shipment.delivered")).toHaveLength(1);
    expect(types.filter((t) => t === "tracking.updated").length).toBeGreaterThanOrEqual(2);
    const delivered = got.find((r) => r.json.type === "shipment.delivered")!.json.data.object;
    expect(delivered).toMatchObject({ object: "shipment", id: shipment!.id, trackingStatus: "delivered", deliveredAt: expect.any(String) });
    // Each refresh's event carries the whole history up to then: the longest is the delivered one.
    const updates = got.filter((r) => r.json.type === "tracking.updated").map((r) => r.json.data.object as { status: string; events: { status: string; description: { en: string; fr: string } }[] });
    const latest = updates.sort((a, b) => b.events.length - a.events.length)[0]!;
    expect(latest.status).toBe("delivered");
    expect(latest.events.at(-1)).toMatchObject({ status: "delivered", description: { en: expect.any(String), fr: expect.any(String) } });

    // Asked again, nothing new: no event.
    const seen = receiver.received.length;
    await refreshTracking(actor, { now: new Date(labelledAt + 15 * 86_400_000) });
    await drainJobs(["webhook"]);
    expect(await withTenant(actor, (tx) => tx.webhookDelivery.count({ where: { businessId: actor.businessId } }))).toBe(seen - before);
    expect(receiver.received.length).toBe(seen);
  });

  it("a voided label sends refund.updated, and a pickup booked then cancelled sends pickup.changed twice", async () => {
    const { actor, locationId } = await payingBusiness("hooks-refund");
    await endpointFor(actor, ["refund.updated", "pickup.changed"]);
    const [shipment] = await paidBatchOf(actor, 1);
    const before = receiver.received.length;
    await voidShipment(actor, shipment!.id);
    // Monday 7 December 2026, 10:00 in Ottawa: a pickup the next day, then cancelled.
    const monday = new Date("2026-12-07T15:00:00Z");
    const pickup = await bookPickup(
      actor,
      { locationId, address: null, date: "2026-12-08", readyTime: "13:00", closingTime: "17:00", location: "LOADING_DOCK", instructions: "", contact: { name: "Léa Roy", phone: "613 555 0100", email: "dock@example.com" }, parcels: 2, totalWeightGrams: 4500, heavy: false },
      "en",
      monday,
    );
    await cancelPickup(actor, pickup.id, "en", monday);
    await drainJobs(["webhook"]);
    const got = receiver.received.slice(before).map((r) => r.json);
    expect(got.find((e) => e.type === "refund.updated")!.data.object).toEqual({
      object: "refund",
      shipmentId: shipment!.id,
      trackingNumber: shipment!.trackingNumber,
      status: "refunded",
      amount: { amount: shipment!.rateCents, currency: "CAD" },
      method: "account",
    });
    const pickups = got.filter((e) => e.type === "pickup.changed").map((e) => e.data.object as { change: string; status: string; confirmationNumber: string });
    expect(pickups.map((p) => [p.change, p.status]).sort()).toEqual([
      ["booked", "scheduled"],
      ["cancelled", "cancelled"],
    ]);
    expect(pickups[0]!.confirmationNumber).toBe(pickup.confirmationNumber);
  });

  it("re-sending a delivery makes one more attempt now, marked as re-sent", async () => {
    const { actor } = await payingBusiness("hooks-resend");
    const { id } = await endpointFor(actor, ["shipment.purchased"]);
    await paidBatchOf(actor, 1);
    await drainJobs(["webhook"]);
    const [delivery] = await listWebhookDeliveries(actor, id);
    const before = receiver.received.length;
    await resendWebhookDelivery({ ...actor }, delivery!.id);
    await drainJobs(["webhook"]);
    expect(receiver.received.length).toBe(before + 1);
    const [again] = await listWebhookDeliveries(actor, id);
    expect(again!.attemptLog.map((a) => [a.number, a.manual, a.statusCode])).toEqual([
      [1, false, 200],
      [2, true, 200],
    ]);
  });

  it("an endpoint that fails every attempt for 3 days is turned off and its owners are emailed", async () => {
    const { business, actor } = await payingBusiness("hooks-dead");
    const { id } = await endpointFor(actor, ["shipment.purchased"]);
    receiver.answer([], 503);
    try {
      await paidBatchOf(actor, 1);
      const [delivery] = await listWebhookDeliveries(actor, id);
      // Every attempt of the schedule, run now rather than over 3 days.
      for (let attempt = 1; attempt <= MAX_RETRIES + 1; attempt++) {
        expect(await deliverWebhook({ businessId: actor.businessId, deliveryId: delivery!.id, attempt })).toBe(attempt <= MAX_RETRIES ? "retrying" : "failed");
      }
    } finally {
      receiver.answer([]);
    }
    const endpoint = await getWebhookEndpoint(actor, id);
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: "failing" });
    const [delivery] = await listWebhookDeliveries(actor, id);
    expect(delivery).toMatchObject({ status: "FAILED", attempts: MAX_RETRIES + 1, nextAttemptAt: null });
    const audit = await withTenant(actor, (tx) => tx.auditLog.findMany({ where: { businessId: actor.businessId, action: "webhook_endpoint.disabled_failing" } }));
    expect(audit).toHaveLength(1);

    await drainJobs(["email"]);
    const mail = (await to(business.owner.email)).filter((m) => m.subject === "hooks-dead Business: a webhook endpoint was turned off");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain(receiver.url);
    expect(mail[0]!.text).toContain(`/developers/webhooks/${id}`);
    // The retry jobs the attempts above queued find nothing left to do.
    await makeRetriesDue();
    await drainJobs(["webhook"]);
    expect((await listWebhookDeliveries(actor, id))[0]!.attempts).toBe(MAX_RETRIES + 1);
  });

  it("another business cannot see, change or re-send the endpoint and its deliveries", async () => {
    const { actor } = await payingBusiness("hooks-own");
    const { actor: other } = await payingBusiness("hooks-other");
    const { id } = await endpointFor(actor, ["shipment.purchased"]);
    await paidBatchOf(actor, 1);
    await drainJobs(["webhook"]);
    const [delivery] = await listWebhookDeliveries(actor, id);
    expect(await getWebhookEndpoint(other, id)).toBeNull();
    expect(await listWebhookDeliveries(other, id)).toEqual([]);
    await expect(setWebhookEndpointEnabled(other, id, false)).rejects.toMatchObject({ code: "notFound" });
    await expect(updateWebhookEndpoint(other, id, { url: "https://intruder.example.com/hooks", description: "", events: ["shipment.purchased"], mode: "LIVE" })).rejects.toMatchObject({ code: "notFound" });
    await expect(resendWebhookDelivery(other, delivery!.id)).rejects.toMatchObject({ code: "notFound" });
    // A job naming the other business with this delivery finds nothing (row-level security).
    expect(await deliverWebhook({ businessId: other.businessId, deliveryId: delivery!.id, attempt: 2, manual: true })).toBe("skipped");
    expect((await getWebhookEndpoint(actor, id))!.enabled).toBe(true);
  });
});
