/**
 * Card refunds (a voided or refused label of a card-paid batch): a Refund row first, in the same
 * transaction as what caused it, then asked of Stripe, idempotently per row, so a retry never
 * refunds twice. A failure leaves it pending; the maintenance job asks again (refund-retry.ts).
 */
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { stripe } from "./stripe";

/** Records the refund of one shipment's price from its batch's card payment; returns the refund's id. */
export async function recordCardRefund(tx: Tx, businessId: string, batchId: string, shipmentId: string, amountCents: number): Promise<string> {
  const payment = await tx.payment.findFirst({ where: { businessId, batchId, status: "SUCCEEDED" } });
  if (!payment?.stripePaymentIntentId) throw new AppError("refundFailed", `no card payment for batch ${batchId}`);
  return (await tx.refund.create({ data: { businessId, paymentId: payment.id, shipmentId, amountCents } })).id;
}

/**
 * Asks Stripe for a pending refund (idempotent per refund row, so a retry never refunds twice) and
 * records its status. A failure leaves it pending; the recovery job asks again.
 */
export async function sendRefund(ctx: TenantContext, refundId: string): Promise<{ id: string; status: "PENDING" | "SUCCEEDED" | "FAILED" }> {
  const refund = await withTenant(ctx, (tx) => tx.refund.findFirstOrThrow({ where: { id: refundId, businessId: ctx.businessId }, include: { payment: { select: { stripePaymentIntentId: true } } } }));
  if (refund.status !== "PENDING") return { id: refund.id, status: refund.status };
  const s = stripe();
  if (!s || !refund.payment.stripePaymentIntentId) return { id: refund.id, status: "PENDING" };
  try {
    const r = await s.refunds.create(
      { payment_intent: refund.payment.stripePaymentIntentId, amount: refund.amountCents, metadata: { businessId: ctx.businessId, shipmentId: refund.shipmentId, refundId: refund.id } },
      { idempotencyKey: `refund-${refund.id}` },
    );
    const status = r.status === "succeeded" ? "SUCCEEDED" : r.status === "failed" || r.status === "canceled" ? "FAILED" : "PENDING";
    await withTenant(ctx, (tx) => tx.refund.update({ where: { id: refund.id }, data: { stripeRefundId: r.id, status } }));
    return { id: refund.id, status };
  } catch (e) {
    console.error(`[payments] refund ${refund.id} not sent: ${e instanceof Error ? e.message : String(e)}`);
    return { id: refund.id, status: "PENDING" };
  }
}

/** A refund's status as Stripe reports it now (webhook refund.updated / charge.refunded). */
export async function syncRefund(ctx: TenantContext, stripeRefundId: string): Promise<void> {
  const s = stripe();
  if (!s) return;
  const r = await s.refunds.retrieve(stripeRefundId);
  const status = r.status === "succeeded" ? "SUCCEEDED" : r.status === "failed" || r.status === "canceled" ? "FAILED" : "PENDING";
  await withTenant(ctx, (tx) => tx.refund.updateMany({ where: { businessId: ctx.businessId, stripeRefundId }, data: { status } }));
}
