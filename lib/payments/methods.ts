/**
 * Paying on account: the charge is recorded inside the purchase transaction, so the charge, the
 * batch and its shipments commit together. (Card payments go through Stripe Checkout instead:
 * lib/batches/card-payment.ts.)
 */
import type { Tx } from "@/lib/db/client";
import { chargeAccount } from "./ledger";

export type PaymentMethodId = "ACCOUNT" | "CARD";

export interface ChargeRequest {
  businessId: string;
  userId: string | null;
  batchId: string;
  amountCents: number;
}

export interface PaymentMethodHandler {
  id: PaymentMethodId;
  /** Records the charge in `tx`. Throws an AppError the user can read when it cannot be made. */
  charge(tx: Tx, request: ChargeRequest): Promise<{ settled: boolean }>;
}

/**
 * On account: allowed up to the business's available credit, with its account number on file,
 * one account charge of a business at a time (ledger.ts). One charge per batch (a unique key on
 * the ledger makes a second one impossible).
 */
export const accountPayment: PaymentMethodHandler = {
  id: "ACCOUNT",
  async charge(tx, request) {
    await chargeAccount(tx, { businessId: request.businessId, amountCents: request.amountCents, createdById: request.userId, link: { batchId: request.batchId }, field: "paymentMethod" });
    return { settled: true };
  },
};


