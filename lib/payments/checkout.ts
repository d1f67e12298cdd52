/**
 * Stripe Checkout, whatever is paid (a batch of labels, an invoice): the business's Stripe
 * customer, a checkout session for an amount computed on the server with our ids in its metadata,
 * and reading a session back: it must name a business that owns a payment with this session id.
 * What a paid session settles is its payer's business (lib/purchases/card.ts for batches,
 * invoice-checkout.ts for invoices).
 */
import type Stripe from "stripe";
import type { Payment } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { stripe } from "./stripe";

/** How long Stripe keeps a checkout open (its minimum is 30 minutes). */
export const CHECKOUT_MINUTES = 30;

export function stripeClient(): Stripe {
  const s = stripe();
  if (!s) throw new AppError("cardNotConfigured", "STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET not set", "method");
  return s;
}

async function ensureCustomer(s: Stripe, ctx: TenantContext): Promise<string> {
  const business = await withTenant(ctx, (tx) => tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, email: true, stripeCustomerId: true } }));
  if (business.stripeCustomerId) return business.stripeCustomerId;
  const customer = await s.customers.create({ name: business.name, email: business.email ?? undefined, metadata: { businessId: ctx.businessId } }, { idempotencyKey: `customer-${ctx.businessId}` });
  await withTenant(ctx, (tx) => tx.business.update({ where: { id: ctx.businessId }, data: { stripeCustomerId: customer.id } }));
  return customer.id;
}

export interface CheckoutRequest {
  paymentId: string;
  amountCents: number;
  /** What the payer reads on Stripe's page. */
  productName: string;
  /** Our ids besides the business and the payment ({ batchId } or { invoiceId }). */
  metadata: Record<string, string>;
  clientReferenceId: string;
  /** Where Stripe sends the payer back: `${back}/card-return?...`. */
  back: string;
  now: Date;
}

/** Opens a checkout for one of our payments (idempotent per payment) and records its session; returns where to pay. */
export async function openCheckout(ctx: TenantContext, request: CheckoutRequest): Promise<string> {
  const s = stripeClient();
  const customer = await ensureCustomer(s, ctx);
  const metadata = { businessId: ctx.businessId, ...request.metadata, paymentId: request.paymentId };
  const session = await s.checkout.sessions.create(
    {
      mode: "payment",
      customer,
      client_reference_id: request.clientReferenceId,
      line_items: [{ quantity: 1, price_data: { currency: "cad", unit_amount: request.amountCents, product_data: { name: request.productName } } }],
      metadata,
      payment_intent_data: { metadata, setup_future_usage: "on_session" },
      saved_payment_method_options: { payment_method_save: "enabled" },
      success_url: `${request.back}/card-return?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${request.back}/card-return?cancelled=${request.paymentId}`,
      expires_at: Math.floor(request.now.getTime() / 1000) + CHECKOUT_MINUTES * 60 + 60,
    },
    { idempotencyKey: `checkout-${request.paymentId}` },
  );
  await withTenant(ctx, (tx) => tx.payment.update({ where: { id: request.paymentId }, data: { stripeCheckoutSessionId: session.id } }));
  if (!session.url) throw new Error("Stripe returned a session without a URL");
  return session.url;
}

/** An open session's page again (a second click, another tab), or null when it is no longer open. */
export async function openSessionUrl(sessionId: string): Promise<string | null> {
  const session = await stripeClient().checkout.sessions.retrieve(sessionId);
  return session.status === "open" && session.url ? session.url : null;
}

/** Closes a session at Stripe so it can no longer be paid (already complete or expired: nothing to do). */
export async function expireSession(sessionId: string): Promise<void> {
  try {
    await stripeClient().checkout.sessions.expire(sessionId);
  } catch {
    // Already complete or expired: reading the session says which.
  }
}

export type SettleOutcome = "paid" | "already" | "pending" | "released" | "ignored";

export interface ReadCheckout {
  ctx: TenantContext;
  session: Stripe.Checkout.Session;
  payment: Payment;
  intent: Stripe.PaymentIntent | null;
  /** The payment intent's id, to refund it later. */
  intentId: string | null;
  /** Why it was declined (the card's decline code), if it was. */
  failure: string | null;
}

/**
 * The session as Stripe has it now, with our payment of that session. `expected.businessId`, when
 * given (the return from Stripe's page), must be the session's business; the webhook passes none,
 * and the business named in the metadata must own a payment with this session id. Null otherwise.
 */
export async function readCheckout(expected: { businessId: string | null; userId: string | null }, sessionId: string): Promise<ReadCheckout | null> {
  const session = await stripeClient().checkout.sessions.retrieve(sessionId, { expand: ["payment_intent"] });
  const businessId = session.metadata?.businessId;
  if (!businessId || (expected.businessId && expected.businessId !== businessId)) return null;
  const ctx: TenantContext = { businessId, userId: expected.userId };
  const payment = await withTenant(ctx, (tx) => tx.payment.findFirst({ where: { businessId, stripeCheckoutSessionId: session.id } }));
  if (!payment || payment.id !== session.metadata?.paymentId) return null;
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const intentId = intent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : null);
  const failure = intent?.last_payment_error?.decline_code ?? intent?.last_payment_error?.code ?? null;
  return { ctx, session, payment, intent, intentId, failure };
}

/** The session charged exactly our payment's amount and currency. */
export function amountMatches(session: Stripe.Checkout.Session, payment: { id: string; amountCents: number; currency: string }): boolean {
  if (session.amount_total === payment.amountCents && session.currency === payment.currency) return true;
  console.error(`[payments] session ${session.id} amount ${session.amount_total} ${session.currency} differs from payment ${payment.id}`);
  return false;
}
