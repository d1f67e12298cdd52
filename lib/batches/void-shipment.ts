/**
 * Voiding a label not yet scanned: the shipment shows as voided, the payment is returned (an
 * account credit for a batch paid on account; card refunds come with card payments), and its
 * tracking number is never issued again (the sequences only move forward). Idempotent.
 */
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";

export async function voidShipment(actor: Actor, shipmentId: string, now = new Date()): Promise<{ creditedCents: number; alreadyVoided: boolean }> {
  return withTenant(actor, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Shipment" WHERE id = ${shipmentId} AND "businessId" = ${actor.businessId} FOR UPDATE`;
    const s = await tx.shipment.findFirst({ where: { id: shipmentId, businessId: actor.businessId }, include: { batch: { select: { paymentMethod: true, number: true } } } });
    if (!s) throw new AppError("notFound", `shipment ${shipmentId} not in business`);
    if (s.status === "VOIDED") return { creditedCents: 0, alreadyVoided: true };
    if (s.status !== "LABELLED") throw new AppError("voidNotAllowed", `shipment ${shipmentId} is ${s.status}`);
    const amount = s.rateCents ?? 0;
    if (s.batch.paymentMethod !== "ACCOUNT") throw new AppError("paymentMethodUnavailable", "card refunds are not available yet");
    await tx.accountTransaction.create({ data: { businessId: actor.businessId, type: "CREDIT", amountCents: amount, batchId: null, shipmentId: s.id, createdById: actor.userId } });
    await tx.shipment.update({ where: { id: s.id }, data: { status: "VOIDED", voidedAt: now, voidedById: actor.userId } });
    await recordAudit(tx, actor, { action: "shipment.voided", entityType: "Shipment", entityId: s.id, details: { trackingNumber: s.trackingNumber, creditedCents: amount } });
    return { creditedCents: amount, alreadyVoided: false };
  });
}
