/**
 * Giving back what a label cost once it is voided (or its refund settled): an account credit for a
 * batch paid on account, a pending partial refund of the batch's card payment (sent to Stripe after
 * the transaction), nothing for a label bought on the business's own carrier account (the carrier
 * refunds the business itself; Envoi charged nothing), nor for a label bought with a test API key.
 */
import type { Tx } from "@/lib/db/client";
import type { PaymentMethod } from "@/lib/db/generated/enums";
import { creditAccount } from "@/lib/payments/ledger";
import { recordCardRefund } from "@/lib/payments/refunds";
import type { TenantContext } from "@/lib/tenancy/context";

export interface ReturnedPayment {
  /** Credited to the business's account. */
  creditedCents: number;
  /** The card refund to send to Stripe once the transaction commits. */
  refundId: string | null;
}

export async function returnPayment(
  tx: Tx,
  ctx: TenantContext,
  shipment: { id: string; batchId: string; paymentMethod: PaymentMethod | null },
  amountCents: number,
): Promise<ReturnedPayment> {
  if (shipment.paymentMethod === "CARRIER" || shipment.paymentMethod === "TEST") return { creditedCents: 0, refundId: null };
  if (shipment.paymentMethod === "CARD") return { creditedCents: 0, refundId: await recordCardRefund(tx, ctx.businessId, shipment.batchId, shipment.id, amountCents) };
  await creditAccount(tx, { businessId: ctx.businessId, type: "CREDIT", amountCents, createdById: ctx.userId, link: { shipmentId: shipment.id } });
  return { creditedCents: amountCents, refundId: null };
}
