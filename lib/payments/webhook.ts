/** Stripe webhook events: verification, the allow-list, and one idempotent handler per event type. */
import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import type { SettleOutcome } from "./checkout";
import { syncRefund } from "./refunds";
import { stripe, webhookSecret } from "./stripe";

export type Verified = { ok: true; event: Stripe.Event } | { ok: false; status: number; reason: string };

export function verifyStripeEvent(body: string, signature: string | null): Verified {
  const s = stripe();
  const secret = webhookSecret();
  if (!s || !secret) return { ok: false, status: 503, reason: "card payments are not configured" };
  if (!signature) return { ok: false, status: 400, reason: "missing Stripe-Signature" };
  try {
    return { ok: true, event: s.webhooks.constructEvent(body, signature, secret) };
  } catch {
    return { ok: false, status: 400, reason: "bad signature" };
  }
}

const CHECKOUT_EVENTS = new Set(["checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.async_payment_failed", "checkout.session.expired"]);
const REFUND_EVENTS = new Set(["refund.updated", "refund.created", "charge.refund.updated"]);

/** The events we act on; anything else is acknowledged and ignored. */
export const HANDLED_EVENTS: ReadonlySet<string> = new Set([...CHECKOUT_EVENTS, ...REFUND_EVENTS]);

/** Settles a checkout session, whatever it paid for (the purchase's settleCheckout, lib/purchases/card.ts). */
export type SettleCheckout = (expected: { businessId: string | null; userId: string | null }, sessionId: string) => Promise<SettleOutcome>;

export async function handleStripeEvent(event: Stripe.Event, settleCheckout: SettleCheckout): Promise<string> {
  if (!HANDLED_EVENTS.has(event.type)) return "ignored";
  // Already handled (a redelivery): nothing to do. Handlers are idempotent anyway.
  const seen = await db().stripeEvent.findUnique({ where: { id: event.id } });
  if (seen) return "duplicate";
  let outcome = "ignored";
  if (CHECKOUT_EVENTS.has(event.type)) {
    const session = event.data.object as Stripe.Checkout.Session;
    // The business named in the metadata must own a payment with this session (checked inside).
    outcome = await settleCheckout({ businessId: null, userId: null }, session.id);
  } else {
    const refund = event.data.object as Stripe.Refund;
    const businessId = refund.metadata?.businessId;
    if (businessId && refund.id) {
      await syncRefund({ businessId, userId: null }, refund.id);
      outcome = "refund";
    }
  }
  await db().stripeEvent.createMany({ data: [{ id: event.id, type: event.type }], skipDuplicates: true });
  return outcome;
}
