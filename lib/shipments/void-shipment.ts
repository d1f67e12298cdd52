/**
 * Voiding a label not yet scanned: the carrier that sold it is asked first (it voids it, takes a
 * refund request once the label was transmitted, or refuses with its reason); then the shipment
 * shows as voided and the payment is returned (an account credit for a batch paid on account; a
 * partial refund of the batch's card payment through Stripe). A refund request is returned when
 * the carrier settles it. Idempotent: a second void returns what the first did.
 */
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import { AppError } from "@/lib/errors";
import { sendRefund } from "@/lib/payments/refunds";
import { returnPayment } from "./return-payment";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { canReprint } from "@/lib/tracking/scanned";
import { emitRefundUpdated } from "@/lib/webhooks/emitters";

export interface VoidResult {
  creditedCents: number;
  alreadyVoided: boolean;
  /** The carrier took a refund request: the money comes back once it settles. */
  refundRequested?: boolean;
  refund?: { id: string; status: "PENDING" | "SUCCEEDED" | "FAILED" };
}

async function voidable(actor: Actor, shipmentId: string) {
  return withTenant(actor, async (tx) => {
    const s = await tx.shipment.findFirst({ where: { id: shipmentId, businessId: actor.businessId }, select: { status: true, trackingStatus: true, trackingNumber: true, carrier: true, carrierShipmentId: true, carrierAccountId: true } });
    if (!s) throw new AppError("notFound", `shipment ${shipmentId} not in business`);
    return s;
  });
}

export async function voidShipment(actor: Actor, shipmentId: string, now = new Date()): Promise<VoidResult> {
  const before = await voidable(actor, shipmentId);
  if (before.status === "VOIDED" || before.status === "VOID_REQUESTED") return { creditedCents: 0, alreadyVoided: true };
  if (before.status !== "LABELLED" || !before.trackingNumber) throw new AppError("voidNotAllowed", `shipment ${shipmentId} is ${before.status}`);
  // Once the carrier has the parcel, the label is used: it cannot be voided.
  if (!canReprint(before.trackingStatus)) throw new AppError("alreadyScanned", `shipment ${shipmentId} is ${before.trackingStatus}`);

  const connector = await connectorFor(actor, carrierOf(before.carrier), { accountId: before.carrierAccountId });
  const answer = connector.voidShipment ? await connector.voidShipment({ trackingNumber: before.trackingNumber, carrierShipmentId: before.carrierShipmentId }, now) : null;
  if (!answer?.data) throw new AppError("carrierUnavailable", answer?.messages[0]?.detail ?? `carrier ${connector.id} cannot void labels`);
  const outcome = answer.data;
  if (outcome.status === "refused") {
    if (outcome.reason === "alreadyScanned") throw new AppError("alreadyScanned", `carrier: shipment ${shipmentId} scanned`);
    throw new AppError("voidRefused", outcome.reason, undefined, { reason: outcome.reason });
  }

  const voided = await withTenant(actor, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Shipment" WHERE id = ${shipmentId} AND "businessId" = ${actor.businessId} FOR UPDATE`;
    const s = await tx.shipment.findFirst({ where: { id: shipmentId, businessId: actor.businessId }, include: { batch: { select: { id: true, paymentMethod: true, number: true } } } });
    if (!s) throw new AppError("notFound", `shipment ${shipmentId} not in business`);
    if (s.status === "VOIDED" || s.status === "VOID_REQUESTED") return { result: { creditedCents: 0, alreadyVoided: true } as VoidResult, refundId: null };
    if (s.status !== "LABELLED") throw new AppError("voidNotAllowed", `shipment ${shipmentId} is ${s.status}`);
    const amount = s.rateCents ?? 0;
    if (outcome.status === "refundRequested") {
      const ticket = { refundTicket: outcome.serviceTicketId ?? null, refundTicketDate: outcome.serviceTicketDate ?? null };
      await tx.shipment.update({ where: { id: s.id }, data: { status: "VOID_REQUESTED", voidedAt: now, voidedById: actor.userId, ...ticket } });
      await recordAudit(tx, actor, { action: "shipment.voidRequested", entityType: "Shipment", entityId: s.id, details: { trackingNumber: s.trackingNumber, amountCents: amount, ...ticket } });
      await emitRefundUpdated(tx, actor.businessId, { shipmentId: s.id, trackingNumber: s.trackingNumber, status: "requested", amountCents: amount, method: s.batch.paymentMethod });
      return { result: { creditedCents: 0, alreadyVoided: false, refundRequested: true } as VoidResult, refundId: null };
    }
    const { creditedCents, refundId } = await returnPayment(tx, actor, { id: s.id, batchId: s.batch.id, paymentMethod: s.batch.paymentMethod }, amount);
    await tx.shipment.update({ where: { id: s.id }, data: { status: "VOIDED", voidedAt: now, voidedById: actor.userId } });
    await recordAudit(tx, actor, { action: "shipment.voided", entityType: "Shipment", entityId: s.id, details: { trackingNumber: s.trackingNumber, amountCents: amount, method: s.batch.paymentMethod } });
    await emitRefundUpdated(tx, actor.businessId, { shipmentId: s.id, trackingNumber: s.trackingNumber, status: "refunded", amountCents: amount, method: s.batch.paymentMethod });
    return { result: { creditedCents, alreadyVoided: false } as VoidResult, refundId };
  });
  if (!voided.refundId) return voided.result;
  return { ...voided.result, refund: await sendRefund(actor, voided.refundId) };
}
