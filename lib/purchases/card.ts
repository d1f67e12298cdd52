/**
 * Paying a batch by card with Stripe Checkout. The batch's amount is computed on the server and
 * held ("payment under way") while the user pays on Stripe's page. The payment is confirmed by the
 * verified webhook or by the return from Stripe's page, whichever comes first, exactly once: both
 * read the session back from Stripe (lib/payments/checkout.ts) and commit the purchase under the
 * batch lock. A declined, abandoned or expired payment leaves the batch payable again.
 */
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { amountMatches, expireSession, openCheckout, openSessionUrl, readCheckout, stripeClient, type ReadCheckout, type SettleOutcome } from "@/lib/payments/checkout";
import { settleInvoiceCheckout, startInvoiceCheckout as startInvoice } from "@/lib/payments/invoice-checkout";
import { loadBatch, lockBatch } from "@/lib/batches/load";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { checkForPurchase, rowsAsChecked } from "./check";
import { commitPurchase } from "./commit";
import type { PayResult } from "./pay-result";

export type { SettleOutcome } from "@/lib/payments/checkout";

export async function startCardCheckout(actor: Actor, batchId: string, options: { now: Date; appUrl?: string }): Promise<PayResult> {
  // Card payments not configured: said before anything is held.
  stripeClient();
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
    const { rows, totalCents, billing } = await checkForPurchase(tx, actor.businessId, batchId, options.now);
    if (billing === "carrier") throw new AppError("paymentMethodUnavailable", "labels bought with the business's own carrier account are billed by the carrier");
    const payment = await tx.payment.create({ data: { businessId: actor.businessId, batchId, amountCents: totalCents, createdById: actor.userId } });
    await tx.batch.update({ where: { id: batchId }, data: { status: "PAYING", paymentMethod: "CARD", totalCents } });
    return { payment, number: batch.number, count: rows.length, totalCents };
  });
  if ("done" in held) return held.done!;
  if ("resume" in held) {
    // A second click or another tab: the same open checkout, not a new one.
    const url = await openSessionUrl(held.resume!);
    if (url) return { batchId, status: "PAYING", totalCents: held.totalCents!, charged: false, redirectTo: url };
    await settleCheckout({ businessId: actor.businessId, userId: actor.userId }, held.resume!);
    return startCardCheckout(actor, batchId, options);
  }
  const { payment, number, count, totalCents } = held;
  const base = (options.appUrl ?? env().APP_URL).replace(/\/$/, "");
  try {
    const redirectTo = await openCheckout(actor, {
      paymentId: payment.id,
      amountCents: totalCents,
      productName: `Envoi: batch ${number}, ${count} label${count === 1 ? "" : "s"}`,
      metadata: { batchId },
      clientReferenceId: batchId,
      back: `${base}/b/${actor.slug}/batches/${batchId}`,
      now: options.now,
    });
    return { batchId, status: "PAYING", totalCents, charged: false, redirectTo };
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

/** A batch's card payment: paid -> the purchase committed (once); expired or failed -> the batch payable again. */
async function settleBatchCheckout({ ctx, session, payment, intentId, failure }: ReadCheckout): Promise<SettleOutcome> {
  if (!payment.batchId || payment.batchId !== session.metadata?.batchId) return "ignored";
  if (payment.status === "SUCCEEDED") return "already";
  if (session.payment_status === "paid") {
    if (!amountMatches(session, payment)) return "ignored";
    const committed = await withTenant(
      ctx,
      async (tx) => {
        await lockBatch(tx, ctx.businessId, payment.batchId!);
        const fresh = await tx.payment.findFirstOrThrow({ where: { id: payment.id, businessId: ctx.businessId } });
        if (fresh.status === "SUCCEEDED") return false;
        const batch = await loadBatch(tx, ctx.businessId, payment.batchId!);
        await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED", succeededAt: new Date(), stripePaymentIntentId: intentId } });
        if (batch.status === "PAYING") {
          const rows = await rowsAsChecked(tx, ctx.businessId, batch.id);
          await commitPurchase(tx, ctx, batch, rows, { method: "CARD", totalCents: payment.amountCents, paidById: payment.createdById, now: new Date() });
        }
        return true;
      },
      { timeoutMs: 20_000 },
    );
    return committed ? "paid" : "already";
  }
  if (session.status === "expired") {
    await releaseBatch(ctx, payment.id, failure ? "FAILED" : "CANCELLED", failure);
    return "released";
  }
  return "pending";
}

/**
 * Reads a checkout session from Stripe and settles our payment accordingly, whatever it paid for
 * (a batch here, an invoice in lib/payments). `expected.businessId`, when given (the return from
 * Stripe's page), must be the session's business; the webhook passes none (see readCheckout).
 */
export async function settleCheckout(expected: { businessId: string | null; userId: string | null }, sessionId: string): Promise<SettleOutcome> {
  const read = await readCheckout(expected, sessionId);
  if (!read) return "ignored";
  return read.payment.invoiceId ? settleInvoiceCheckout(read) : settleBatchCheckout(read);
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
  await expireSession(payment.stripeCheckoutSessionId);
  return settleCheckout(ctx, payment.stripeCheckoutSessionId);
}

/** An invoice's card payment (its checkout settles through settleCheckout like a batch's). */
export function startInvoiceCheckout(actor: Actor, invoiceId: string, options: { now?: Date; appUrl?: string } = {}) {
  return startInvoice(actor, invoiceId, (sessionId) => settleCheckout(actor, sessionId), options);
}
