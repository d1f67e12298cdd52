/**
 * Voiding a label not yet scanned: the shipment shows as voided, the payment is returned (an
 * account credit for a batch paid on account; a partial refund of the batch's card payment
 * through Stripe), and its tracking number is never issued again (the sequences only move
 * forward). Idempotent: a second void returns what the first did.
 */
import { recordAudit } from "@/lib/audit/record";
import { canReprint } from "@/lib/tracking/scanned";
import { AppError } from "@/lib/errors";
import { creditAccount } from "@/lib/payments/ledger";
import { stripe } from "@/lib/payments/stripe";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";

export interface VoidResult {
  creditedCents: number;
  alreadyVoided: boolean;
  refund?: { id: string; status: "PENDING" | "SUCCEEDED" | "FAILED" };
}

export async function voidShipment(actor: Actor, shipmentId: string, now = new Date()): Promise<VoidResult> {
  const voided = await withTenant(actor, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Shipment" WHERE id = ${shipmentId} AND "businessId" = ${actor.businessId} FOR UPDATE`;
    const s = await tx.shipment.findFirst({ where: { id: shipmentId, businessId: actor.businessId }, include: { batch: { select: { id: true, paymentMethod: true, number: true } } } });
    if (!s) throw new AppError("notFound", `shipment ${shipmentId} not in business`);
    if (s.status === "VOIDED") return { result: { creditedCents: 0, alreadyVoided: true } as VoidResult };
    if (s.status !== "LABELLED") throw new AppError("voidNotAllowed", `shipment ${shipmentId} is ${s.status}`);
    // Once the carrier has the parcel, the label is used: it cannot be voided.
    if (!canReprint(s.trackingStatus)) throw new AppError("alreadyScanned", `shipment ${shipmentId} is ${s.trackingStatus}`);
    const amount = s.rateCents ?? 0;
    let refundId: string | null = null;
    if (s.batch.paymentMethod === "CARD") {
      const payment = await tx.payment.findFirst({ where: { businessId: actor.businessId, batchId: s.batch.id, status: "SUCCEEDED" } });
      if (!payment?.stripePaymentIntentId) throw new AppError("refundFailed", `no card payment for batch ${s.batch.id}`);
      refundId = (await tx.refund.create({ data: { businessId: actor.businessId, paymentId: payment.id, shipmentId: s.id, amountCents: amount } })).id;
    } else {
      await creditAccount(tx, { businessId: actor.businessId, type: "CREDIT", amountCents: amount, createdById: actor.userId, link: { shipmentId: s.id } });
    }
    await tx.shipment.update({ where: { id: s.id }, data: { status: "VOIDED", voidedAt: now, voidedById: actor.userId } });
    await recordAudit(tx, actor, { action: "shipment.voided", entityType: "Shipment", entityId: s.id, details: { trackingNumber: s.trackingNumber, amountCents: amount, method: s.batch.paymentMethod } });
    return { result: { creditedCents: s.batch.paymentMethod === "CARD" ? 0 : amount, alreadyVoided: false } as VoidResult, refundId };
  });
  if (!voided.refundId) return voided.result;
  return { ...voided.result, refund: await sendRefund(actor, voided.refundId) };
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
