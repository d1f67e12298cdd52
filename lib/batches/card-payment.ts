/**
 * Card payment of a batch with Stripe Checkout. The batch's amount is computed on the server and
 * held while the user pays on Stripe's page; our ids (business, batch, payment) travel in the
 * session's metadata. The payment is confirmed by the verified webhook or by the return from
 * Stripe's page, whichever comes first, exactly once: both re-read the session from Stripe, check
 * it against our own payment row of that business, and finalise under the batch lock. A declined,
 * abandoned or expired payment leaves the batch payable again.
 */
import type Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { creditAccount } from "@/lib/payments/ledger";
import { stripe } from "@/lib/payments/stripe";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { Renderer } from "./issue-labels";
import { loadBatch, lockBatch } from "./load";
import { checkForPurchase, finalizePurchase, rowsForFinalize } from "./purchase";
import type { PayResult } from "./pay-batch";

/** How long Stripe keeps a checkout open (its minimum is 30 minutes). */
const CHECKOUT_MINUTES = 30;

function client(): Stripe {
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

export async function startCardCheckout(actor: Actor, batchId: string, options: { now: Date; appUrl?: string }): Promise<PayResult> {
  const s = client();
  const held = await withTenant(actor, async (tx) => {
    await lockBatch(tx, actor.businessId, batchId);
    const batch = await loadBatch(tx, actor.businessId, batchId);
    if (batch.status === "PAID" || batch.status === "LABELLED") return { done: { batchId, status: batch.status, totalCents: batch.totalCents ?? 0, charged: false } as PayResult };
    if (batch.status === "PAYING") {
      const pending = await tx.payment.findFirst({ where: { businessId: actor.businessId, batchId, status: "PENDING" }, orderBy: { createdAt: "desc" } });
      if (pending?.stripeCheckoutSessionId) return { resume: pending.stripeCheckoutSessionId, totalCents: pending.amountCents };
      throw new AppError("batchNotDraft", `batch ${batchId} is being paid`);
    }
    if (batch.status !== "DRAFT") throw new AppError("batchNotDraft", `batch ${batchId} is ${batch.status}`);
    const { rows, totalCents } = await checkForPurchase(tx, actor.businessId, batchId, options.now);
    const payment = await tx.payment.create({ data: { businessId: actor.businessId, batchId, amountCents: totalCents, createdById: actor.userId } });
    await tx.batch.update({ where: { id: batchId }, data: { status: "PAYING", paymentMethod: "CARD", totalCents } });
    return { payment, number: batch.number, count: rows.length, totalCents };
  });
  if ("done" in held) return held.done!;
  if ("resume" in held) {
    // A second click or another tab: the same open checkout, not a new one.
    const session = await s.checkout.sessions.retrieve(held.resume!);
    if (session.status === "open" && session.url) return { batchId, status: "PAYING", totalCents: held.totalCents!, charged: false, redirectTo: session.url };
    await settleCheckout({ businessId: actor.businessId, userId: actor.userId }, held.resume!);
    return startCardCheckout(actor, batchId, options);
  }
  const { payment, number, count, totalCents } = held;
  const base = (options.appUrl ?? env().APP_URL).replace(/\/$/, "");
  const back = `${base}/b/${actor.slug}/batches/${batchId}`;
  try {
    const customer = await ensureCustomer(s, actor);
    const metadata = { businessId: actor.businessId, batchId, paymentId: payment.id };
    const session = await s.checkout.sessions.create(
      {
        mode: "payment",
        customer,
        client_reference_id: batchId,
        line_items: [{ quantity: 1, price_data: { currency: "cad", unit_amount: totalCents, product_data: { name: `Envoi: batch ${number}, ${count} label${count === 1 ? "" : "s"}` } } }],
        metadata,
        payment_intent_data: { metadata, setup_future_usage: "on_session" },
        saved_payment_method_options: { payment_method_save: "enabled" },
        success_url: `${back}/card-return?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${back}/card-return?cancelled=${payment.id}`,
        expires_at: Math.floor(options.now.getTime() / 1000) + CHECKOUT_MINUTES * 60 + 60,
      },
      { idempotencyKey: `checkout-${payment.id}` },
    );
    await withTenant(actor, (tx) => tx.payment.update({ where: { id: payment.id }, data: { stripeCheckoutSessionId: session.id } }));
    if (!session.url) throw new Error("Stripe returned a session without a URL");
    return { batchId, status: "PAYING", totalCents, charged: false, redirectTo: session.url };
  } catch (e) {
    await releaseBatch(actor, payment.id, "FAILED", "checkout_unavailable");
    console.error(`[payments] checkout for batch ${batchId} failed: ${e instanceof Error ? e.message : String(e)}`);
    throw new AppError("cardPaymentUnavailable", "could not start the checkout");
  }
}

/** A payment that did not go through: marked, and its batch payable again. */
async function releaseBatch(ctx: TenantContext, paymentId: string, status: "FAILED" | "CANCELLED", failureCode: string | null) {
  await withTenant(ctx, async (tx) => {
    const payment = await tx.payment.findFirst({ where: { id: paymentId, businessId: ctx.businessId } });
    if (!payment || payment.status !== "PENDING" || !payment.batchId) return;
    await lockBatch(tx, ctx.businessId, payment.batchId);
    await tx.payment.update({ where: { id: payment.id }, data: { status, failureCode } });
    await tx.batch.updateMany({ where: { id: payment.batchId, businessId: ctx.businessId, status: "PAYING" }, data: { status: "DRAFT", paymentMethod: null, totalCents: null } });
  });
}

export type SettleOutcome = "paid" | "already" | "pending" | "released" | "ignored";

/**
 * Reads the checkout session from Stripe and settles our payment accordingly: paid -> the batch is
 * finalised and its labels issued (once); expired or failed -> the batch is payable again; still
 * open -> nothing. `expected.businessId`, when given (the return from Stripe's page), must be the
 * session's business; the webhook passes the business from the metadata, which must own a payment
 * with this session id. Anything else is ignored.
 */
export async function settleCheckout(expected: { businessId: string | null; userId: string | null }, sessionId: string, options: { render?: Renderer } = {}): Promise<SettleOutcome> {
  const s = client();
  const session = await s.checkout.sessions.retrieve(sessionId, { expand: ["payment_intent"] });
  const businessId = session.metadata?.businessId;
  if (!businessId || (expected.businessId && expected.businessId !== businessId)) return "ignored";
  const ctx: TenantContext = { businessId, userId: expected.userId };
  const payment = await withTenant(ctx, (tx) => tx.payment.findFirst({ where: { businessId, stripeCheckoutSessionId: session.id } }));
  if (!payment || payment.id !== session.metadata?.paymentId) return "ignored";
  if (payment.invoiceId) return settleInvoiceCheckout(ctx, session, payment);
  if (!payment.batchId || payment.batchId !== session.metadata?.batchId) return "ignored";
  if (payment.status === "SUCCEEDED") return "already";

  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  if (session.payment_status === "paid") {
    if (!amountMatches(session, payment)) return "ignored";
    const finalized = await withTenant(
      ctx,
      async (tx) => {
        await lockBatch(tx, businessId, payment.batchId!);
        const fresh = await tx.payment.findFirstOrThrow({ where: { id: payment.id, businessId } });
        if (fresh.status === "SUCCEEDED") return false;
        const batch = await loadBatch(tx, businessId, payment.batchId!);
        await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED", succeededAt: new Date(), stripePaymentIntentId: intent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : null) } });
        if (batch.status === "PAYING") {
          const rows = await rowsForFinalize(tx, businessId, batch.id);
          await finalizePurchase(tx, ctx, batch, rows, { method: "CARD", totalCents: payment.amountCents, paidById: payment.createdById, now: new Date() });
        }
        return true;
      },
      { timeoutMs: 20_000 },
    );
    if (!finalized) return "already";
    const { afterPurchase } = await import("./after-purchase");
    await afterPurchase(ctx, payment.batchId, options.render);
    return "paid";
  }
  const failure = intent?.last_payment_error?.decline_code ?? intent?.last_payment_error?.code ?? null;
  if (session.status === "expired") {
    await releaseBatch(ctx, payment.id, failure ? "FAILED" : "CANCELLED", failure);
    return "released";
  }
  return "pending";
}

function amountMatches(session: Stripe.Checkout.Session, payment: { id: string; amountCents: number; currency: string }): boolean {
  if (session.amount_total === payment.amountCents && session.currency === payment.currency) return true;
  console.error(`[payments] session ${session.id} amount ${session.amount_total} ${session.currency} differs from payment ${payment.id}`);
  return false;
}

/** An invoice's card payment: paid -> a PAYMENT in the ledger and the invoice paid (once); expired -> the payment closed. */
async function settleInvoiceCheckout(ctx: TenantContext, session: Stripe.Checkout.Session, payment: { id: string; invoiceId: string | null; amountCents: number; currency: string; status: string; createdById: string | null }): Promise<SettleOutcome> {
  if (!payment.invoiceId || payment.invoiceId !== session.metadata?.invoiceId) return "ignored";
  if (payment.status === "SUCCEEDED") return "already";
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  if (session.payment_status === "paid") {
    if (!amountMatches(session, payment)) return "ignored";
    const done = await withTenant(ctx, async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${payment.invoiceId} AND "businessId" = ${ctx.businessId} FOR UPDATE`;
      const fresh = await tx.payment.findFirstOrThrow({ where: { id: payment.id, businessId: ctx.businessId } });
      if (fresh.status === "SUCCEEDED") return false;
      await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED", succeededAt: new Date(), stripePaymentIntentId: intent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : null) } });
      await creditAccount(tx, { businessId: ctx.businessId, type: "PAYMENT", amountCents: payment.amountCents, createdById: payment.createdById, link: { invoiceId: payment.invoiceId! } });
      await tx.invoice.update({ where: { id: payment.invoiceId! }, data: { status: "PAID", paidAt: new Date() } });
      return true;
    });
    return done ? "paid" : "already";
  }
  if (session.status === "expired") {
    const failure = intent?.last_payment_error?.decline_code ?? intent?.last_payment_error?.code ?? null;
    await withTenant(ctx, (tx) => tx.payment.updateMany({ where: { id: payment.id, businessId: ctx.businessId, status: "PENDING" }, data: { status: failure ? "FAILED" : "CANCELLED", failureCode: failure } }));
    return "released";
  }
  return "pending";
}

/** Starts (or resumes) the card payment of an open invoice on Stripe's page. */
export async function startInvoiceCheckout(actor: Actor, invoiceId: string, options: { now?: Date; appUrl?: string } = {}): Promise<{ redirectTo: string }> {
  const s = client();
  const now = options.now ?? new Date();
  const held = await withTenant(actor, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${invoiceId} AND "businessId" = ${actor.businessId} FOR UPDATE`;
    const invoice = await tx.invoice.findFirst({ where: { id: invoiceId, businessId: actor.businessId } });
    if (!invoice) throw new AppError("notFound", `invoice ${invoiceId}`);
    if (invoice.status !== "OPEN") throw new AppError("invoicePaid", `invoice ${invoiceId} is ${invoice.status}`);
    const pending = await tx.payment.findFirst({ where: { businessId: actor.businessId, invoiceId, status: "PENDING" }, orderBy: { createdAt: "desc" } });
    if (pending?.stripeCheckoutSessionId) return { invoice, resume: pending.stripeCheckoutSessionId };
    return { invoice, payment: pending ?? (await tx.payment.create({ data: { businessId: actor.businessId, invoiceId, amountCents: invoice.amountCents, createdById: actor.userId } })) };
  });
  if ("resume" in held && held.resume) {
    const session = await s.checkout.sessions.retrieve(held.resume);
    if (session.status === "open" && session.url) return { redirectTo: session.url };
    await settleCheckout(actor, held.resume);
    return startInvoiceCheckout(actor, invoiceId, options);
  }
  const payment = held.payment!;
  const base = (options.appUrl ?? env().APP_URL).replace(/\/$/, "");
  const back = `${base}/b/${actor.slug}/account`;
  const customer = await ensureCustomer(s, actor);
  const metadata = { businessId: actor.businessId, invoiceId, paymentId: payment.id };
  const session = await s.checkout.sessions.create(
    {
      mode: "payment",
      customer,
      client_reference_id: invoiceId,
      line_items: [{ quantity: 1, price_data: { currency: "cad", unit_amount: held.invoice.amountCents, product_data: { name: `Envoi: invoice ${held.invoice.number} (${held.invoice.period})` } } }],
      metadata,
      payment_intent_data: { metadata, setup_future_usage: "on_session" },
      saved_payment_method_options: { payment_method_save: "enabled" },
      success_url: `${back}/card-return?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${back}/card-return?cancelled=${payment.id}`,
      expires_at: Math.floor(now.getTime() / 1000) + CHECKOUT_MINUTES * 60 + 60,
    },
    { idempotencyKey: `checkout-${payment.id}` },
  );
  await withTenant(actor, (tx) => tx.payment.update({ where: { id: payment.id }, data: { stripeCheckoutSessionId: session.id } }));
  return { redirectTo: session.url! };
}

/**
 * Back from Stripe's page without paying: the checkout is closed at Stripe (so it can no longer
 * be paid) and the batch is payable again. If it was paid meanwhile, it is settled as paid.
 */
export async function abandonCheckout(ctx: TenantContext, paymentId: string): Promise<SettleOutcome> {
  const payment = await withTenant(ctx, (tx) => tx.payment.findFirst({ where: { id: paymentId, businessId: ctx.businessId } }));
  if (!payment || payment.status !== "PENDING") return "ignored";
  if (!payment.stripeCheckoutSessionId) {
    await releaseBatch(ctx, payment.id, "CANCELLED", null);
    return "released";
  }
  const s = client();
  try {
    await s.checkout.sessions.expire(payment.stripeCheckoutSessionId);
  } catch {
    // Already complete or expired: settle reads which.
  }
  return settleCheckout(ctx, payment.stripeCheckoutSessionId);
}
