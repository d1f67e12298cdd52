import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { draftFromRow } from "@/lib/shipments/draft-row";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { createContacts, onePageRender, payingBusiness } from "@/tests/batch-helpers";
import { drainJobs } from "@/tests/jobs";
import { connectorFor } from "@/lib/carriers/registry";
import { problem } from "@/lib/rating/problems";
import { completePurchase } from "./complete";
import { startCardHarness, type CardHarness } from "@/tests/stripe/harness";
import { abandonCheckout, settleCheckout } from "./card";
import { addRowsFromContacts, createBatch, saveRow } from "@/lib/batches/edit-rows";
import { payBatch } from "./pay";
import { rateBatch } from "@/lib/rates/batch-rates";
import { voidShipment } from "@/lib/shipments/void-shipment";

let h: CardHarness;
beforeAll(async () => {
  h = await startCardHarness();
});
afterAll(async () => {
  await h.stop();
});

async function ratedBatch(actor: Actor, n: number) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, n));
  const rows = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId } }));
  for (const row of rows) await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 2000 });
  await rateBatch(actor, batch.id);
  return batch;
}

const state = (actor: Actor, batchId: string) =>
  withTenant(actor, async (tx) => ({
    batch: await tx.batch.findFirstOrThrow({ where: { id: batchId, businessId: actor.businessId } }),
    shipments: await tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } }),
    payments: await tx.payment.findMany({ where: { batchId, businessId: actor.businessId } }),
    labels: await tx.labelPdf.count({ where: { businessId: actor.businessId, shipmentId: { not: null } } }),
    ledger: await tx.accountTransaction.count({ where: { businessId: actor.businessId } }),
  }));

const sessionOf = (redirectTo: string) => redirectTo.split("/").pop()!;

describe("card payment of a batch (Stripe Checkout against the local stand-in)", () => {
  it("holds the batch at the server's amount, and issues labels once the verified webhook confirms the payment", async () => {
    const { actor } = await payingBusiness("card1");
    const batch = await ratedBatch(actor, 2);
    const started = await payBatch(actor, batch.id, "CARD");
    expect(started.status).toBe("PAYING");
    const session = h.stripe.sessions.get(sessionOf(started.redirectTo!))!;
    const before = await state(actor, batch.id);
    expect(before.batch.status).toBe("PAYING");
    expect(session.amount_total).toBe(before.shipments.reduce((t, s) => t + s.rateCents!, 0));
    expect(session.metadata).toEqual({ businessId: actor.businessId, batchId: batch.id, paymentId: before.payments[0]!.id });
    // The batch cannot change while it is being paid.
    const [row] = before.shipments;
    await expect(saveRow(actor, batch.id, row!.id, draftFromRow(row!))).rejects.toMatchObject({ code: "batchNotDraft" });

    await h.stripe.pay(session.id as string);
    // Confirmed: the purchase is committed with its job; the job issues the labels.
    expect((await state(actor, batch.id)).batch.status).toBe("PAID");
    expect(await drainJobs(["purchase"])).toEqual({ ran: 1, failed: 0 });
    const after = await state(actor, batch.id);
    expect(after.batch.status).toBe("LABELLED");
    expect(after.payments.map((p) => p.status)).toEqual(["SUCCEEDED"]);
    expect(after.shipments.every((s) => s.status === "LABELLED" && s.trackingNumber)).toBe(true);
    expect(after.ledger).toBe(0); // not on account
    expect(h.stripe.events.at(-1)?.status).toBe(200);
  });

  it("a webhook delivered twice and a simultaneous return from the payment page issue the labels once", async () => {
    const { actor } = await payingBusiness("card2");
    const batch = await ratedBatch(actor, 3);
    const { redirectTo } = await payBatch(actor, batch.id, "CARD");
    const sessionId = sessionOf(redirectTo!);
    await h.stripe.pay(sessionId, { webhook: false });
    const eventId = h.stripe.events.at(-1)!.event.id as string;
    const outcomes = await Promise.all([
      h.stripe.redeliver(eventId),
      h.stripe.redeliver(eventId),
      settleCheckout({ businessId: actor.businessId, userId: actor.userId }, sessionId),
      settleCheckout({ businessId: actor.businessId, userId: actor.userId }, sessionId),
    ]);
    expect(outcomes.slice(0, 2)).toEqual([200, 200]);
    // Committed once: one job.
    expect(await drainJobs(["purchase"])).toEqual({ ran: 1, failed: 0 });
    const after = await state(actor, batch.id);
    expect(after.batch.status).toBe("LABELLED");
    expect(after.labels).toBe(3);
    expect(new Set(after.shipments.map((s) => s.trackingNumber)).size).toBe(3);
    expect(after.payments).toHaveLength(1);
    // Redelivered once more, later: nothing changes.
    expect(await h.stripe.redeliver(eventId)).toBe(200);
    expect((await state(actor, batch.id)).shipments.map((s) => s.trackingNumber)).toEqual(after.shipments.map((s) => s.trackingNumber));
  });

  it("an out-of-order event (expired, arriving after the payment) is read against Stripe and does not undo it", async () => {
    const { actor } = await payingBusiness("card3");
    const batch = await ratedBatch(actor, 1);
    const { redirectTo } = await payBatch(actor, batch.id, "CARD");
    const sessionId = sessionOf(redirectTo!);
    await h.stripe.pay(sessionId, { webhook: false });
    const stale = JSON.stringify({ id: "evt_stale_expired", object: "event", type: "checkout.session.expired", data: { object: { id: sessionId, object: "checkout.session", status: "expired" } } });
    expect((await h.postWebhook(stale)).status).toBe(200);
    expect((await state(actor, batch.id)).batch.status).toBe("PAID");
    await drainJobs(["purchase"]);
    expect((await state(actor, batch.id)).batch.status).toBe("LABELLED");
  });

  it("refuses a webhook with a bad or missing signature, and ignores events it does not handle", async () => {
    const { actor } = await payingBusiness("card4");
    const batch = await ratedBatch(actor, 1);
    const { redirectTo } = await payBatch(actor, batch.id, "CARD");
    const sessionId = sessionOf(redirectTo!);
    await h.stripe.pay(sessionId, { webhook: false });
    const body = JSON.stringify({ id: "evt_forged", object: "event", type: "checkout.session.completed", data: { object: { id: sessionId } } });
    expect((await h.postWebhook(body, h.stripe.sign(body, "whsec_wrong"))).status).toBe(400);
    expect((await h.postWebhook(body, null)).status).toBe(400);
    expect((await state(actor, batch.id)).batch.status).toBe("PAYING");
    const other = JSON.stringify({ id: "evt_other", object: "event", type: "customer.created", data: { object: { id: "cus_x" } } });
    const response = await h.postWebhook(other);
    expect(await response.json()).toEqual({ received: true, outcome: "ignored" });
  });

  it("an abandoned or expired payment leaves the batch payable again; a declined card's reason is kept", async () => {
    const { actor } = await payingBusiness("card5");
    const batch = await ratedBatch(actor, 1);
    const first = await payBatch(actor, batch.id, "CARD");
    // A second click resumes the same checkout.
    expect((await payBatch(actor, batch.id, "CARD")).redirectTo).toBe(first.redirectTo);
    const [payment] = (await state(actor, batch.id)).payments;
    expect(await abandonCheckout(actor, payment!.id)).toBe("released");
    expect(h.stripe.sessions.get(sessionOf(first.redirectTo!))!.status).toBe("expired");
    let now = await state(actor, batch.id);
    expect(now.batch.status).toBe("DRAFT");
    expect(now.payments.map((p) => p.status)).toEqual(["CANCELLED"]);

    const second = await payBatch(actor, batch.id, "CARD");
    const sessionId = sessionOf(second.redirectTo!);
    await fetch(`${h.stripe.url}/checkout/${sessionId}/decline`, { method: "POST" });
    await h.stripe.expire(sessionId);
    now = await state(actor, batch.id);
    expect(now.batch.status).toBe("DRAFT");
    expect(now.payments.find((p) => p.stripeCheckoutSessionId === sessionId)).toMatchObject({ status: "FAILED", failureCode: "insufficient_funds" });
    expect(now.shipments.every((s) => s.trackingNumber === null)).toBe(true);
  });

  it("voiding a card-paid label refunds that label's price through Stripe, once", async () => {
    const { actor } = await payingBusiness("card6");
    const batch = await ratedBatch(actor, 2);
    const { redirectTo } = await payBatch(actor, batch.id, "CARD");
    await h.stripe.pay(sessionOf(redirectTo!));
    await drainJobs(["purchase"]);
    const [first] = (await state(actor, batch.id)).shipments;
    const voided = await voidShipment(actor, first!.id);
    expect(voided).toMatchObject({ alreadyVoided: false, refund: { status: "SUCCEEDED" } });
    const refunds = [...h.stripe.refunds.values()].filter((r) => (r.metadata as { shipmentId?: string }).shipmentId === first!.id);
    expect(refunds.map((r) => r.amount)).toEqual([first!.rateCents]);
    expect((await voidShipment(actor, first!.id)).alreadyVoided).toBe(true);
    expect([...h.stripe.refunds.values()].filter((r) => (r.metadata as { shipmentId?: string }).shipmentId === first!.id)).toHaveLength(1);
    const refund = await withTenant(actor, (tx) => tx.refund.findFirstOrThrow({ where: { businessId: actor.businessId, shipmentId: first!.id } }));
    expect(refund).toMatchObject({ status: "SUCCEEDED", amountCents: first!.rateCents });
  });
});

describe("a label the carrier refuses after a card payment", () => {
  it("is refunded through Stripe at once, for its price only, while the rest of the batch is issued", async () => {
    const { actor } = await payingBusiness("card8");
    const batch = await ratedBatch(actor, 2);
    const { redirectTo } = await payBatch(actor, batch.id, "CARD");
    await h.stripe.pay(sessionOf(redirectTo!));
    const real = await connectorFor(actor, "reference");
    const refuseFirst = () => ({
      ...real,
      createShipment: async (request: Parameters<NonNullable<typeof real.createShipment>>[0]) =>
        request.label.recipient.name.endsWith(" 1") ? { data: null, messages: [{ carrier: "reference" as const, problem: problem("destinationInvalid"), text: "No such address." }] } : real.createShipment!(request),
    });
    expect(await completePurchase(actor, batch.id, { render: onePageRender, connector: refuseFirst })).toBe("completed");
    const after = await state(actor, batch.id);
    expect(after.batch.status).toBe("LABELLED");
    expect(after.shipments.map((s) => s.status)).toEqual(["REFUSED", "LABELLED"]);
    const refunds = [...h.stripe.refunds.values()].filter((r) => (r.metadata as { shipmentId?: string }).shipmentId === after.shipments[0]!.id);
    expect(refunds.map((r) => r.amount)).toEqual([after.shipments[0]!.rateCents]);
    const refund = await withTenant(actor, (tx) => tx.refund.findFirstOrThrow({ where: { businessId: actor.businessId, shipmentId: after.shipments[0]!.id } }));
    expect(refund).toMatchObject({ status: "SUCCEEDED", amountCents: after.shipments[0]!.rateCents });
  });
});

describe("card payments across businesses", () => {
  it("a webhook or a return naming business B cannot touch business A's payment", async () => {
    const { actor: a } = await payingBusiness("cardA");
    const { actor: b } = await payingBusiness("cardB");
    const batch = await ratedBatch(a, 1);
    const { redirectTo } = await payBatch(a, batch.id, "CARD");
    const sessionId = sessionOf(redirectTo!);
    await h.stripe.pay(sessionId, { webhook: false });
    // B's member comes back with A's session: ignored.
    expect(await settleCheckout({ businessId: b.businessId, userId: b.userId }, sessionId)).toBe("ignored");
    // A session whose metadata was altered to name B: B owns no payment with it.
    const session = h.stripe.sessions.get(sessionId)!;
    session.metadata = { ...(session.metadata as object), businessId: b.businessId };
    expect(await settleCheckout({ businessId: null, userId: null }, sessionId)).toBe("ignored");
    expect((await state(a, batch.id)).batch.status).toBe("PAYING");
    expect(await withTenant(b, (tx) => tx.batch.count({ where: { businessId: b.businessId } }))).toBe(0);
    session.metadata = { ...(session.metadata as object), businessId: a.businessId };
    expect(await settleCheckout({ businessId: a.businessId, userId: a.userId }, sessionId)).toBe("paid");
  });

  it("says card payments are not configured when Stripe's keys are not set", async () => {
    const { actor } = await payingBusiness("card7");
    const batch = await ratedBatch(actor, 1);
    const saved = { ...process.env };
    delete process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_WEBHOOK_SECRET;
    const { resetEnvForTests } = await import("@/lib/env");
    resetEnvForTests();
    try {
      const error = await payBatch(actor, batch.id, "CARD").catch((e: unknown) => e);
      expect((error as AppError).code).toBe("cardNotConfigured");
      expect((await state(actor, batch.id)).batch.status).toBe("DRAFT");
    } finally {
      process.env.STRIPE_SECRET_KEY = saved.STRIPE_SECRET_KEY;
      process.env.STRIPE_WEBHOOK_SECRET = saved.STRIPE_WEBHOOK_SECRET;
      resetEnvForTests();
    }
  });
});
