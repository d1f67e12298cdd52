/**
 * The end of a refund request. A label voided after the carrier had it (a Canada Post non-contract
 * label, or a contract label once transmitted) is a refund request that the carrier settles later,
 * by its own means: Canada Post's web services give a service ticket but no settlement status, so
 * the person who sees the settlement records it. "refunded": the shipment shows as voided and the
 * business gets back what Envoi charged for it (account credit or card refund; nothing for a label
 * bought on its own carrier account, which the carrier refunded itself). "refused": the label
 * stands again, as issued and paid.
 */
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { sendRefund } from "@/lib/payments/refunds";
import type { TenantContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/context";
import { returnPayment } from "./return-payment";
import { emitRefundUpdated } from "@/lib/webhooks/emitters";

export type RefundSettlement = "refunded" | "refused";

export interface SettledRefund {
  status: "VOIDED" | "LABELLED";
  /** Credited to the business's account. */
  creditedCents: number;
  /** A card refund sent to Stripe. */
  refund?: { id: string; status: "PENDING" | "SUCCEEDED" | "FAILED" };
}

export async function settleRefund(ctx: TenantContext, shipmentId: string, outcome: RefundSettlement): Promise<SettledRefund> {
  const settled = await withTenant(ctx, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Shipment" WHERE id = ${shipmentId} AND "businessId" = ${ctx.businessId} FOR UPDATE`;
    const s = await tx.shipment.findFirst({ where: { id: shipmentId, businessId: ctx.businessId }, include: { batch: { select: { id: true, paymentMethod: true } } } });
    if (!s) throw new AppError("notFound", `shipment ${shipmentId} not in business`);
    if (s.status !== "VOID_REQUESTED") throw new AppError("voidNotAllowed", `shipment ${shipmentId} is ${s.status}, not a refund request`);
    const details = { trackingNumber: s.trackingNumber, refundTicket: s.refundTicket, amountCents: s.rateCents ?? 0 };
    if (outcome === "refused") {
      await tx.shipment.update({ where: { id: s.id }, data: { status: "LABELLED", voidedAt: null, voidedById: null } });
      await recordAudit(tx, ctx, { action: "shipment.refundRefused", entityType: "Shipment", entityId: s.id, details });
      await emitRefundUpdated(tx, ctx.businessId, { shipmentId: s.id, trackingNumber: s.trackingNumber, status: "refused", amountCents: details.amountCents, method: s.batch.paymentMethod });
      return { result: { status: "LABELLED", creditedCents: 0 } as SettledRefund, refundId: null };
    }
    const { creditedCents, refundId } = await returnPayment(tx, ctx, { id: s.id, batchId: s.batch.id, paymentMethod: s.batch.paymentMethod }, details.amountCents);
    await tx.shipment.update({ where: { id: s.id }, data: { status: "VOIDED" } });
    await recordAudit(tx, ctx, { action: "shipment.refunded", entityType: "Shipment", entityId: s.id, details: { ...details, method: s.batch.paymentMethod } });
    await emitRefundUpdated(tx, ctx.businessId, { shipmentId: s.id, trackingNumber: s.trackingNumber, status: "refunded", amountCents: details.amountCents, method: s.batch.paymentMethod });
    return { result: { status: "VOIDED", creditedCents } as SettledRefund, refundId };
  });
  if (!settled.refundId) return settled.result;
  return { ...settled.result, refund: await sendRefund(ctx, settled.refundId) };
}

/** The refund requests waiting on their carrier, oldest first (for the operator's list). */
export async function pendingRefunds(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.shipment.findMany({
      where: { businessId: ctx.businessId, status: "VOID_REQUESTED" },
      orderBy: { voidedAt: "asc" },
      select: { id: true, trackingNumber: true, carrier: true, carrierMode: true, carrierAccountId: true, rateCents: true, voidedAt: true, refundTicket: true, refundTicketDate: true, batch: { select: { paymentMethod: true } } },
    }),
  );
}
