/**
 * Paying on account: the charge is recorded inside the purchase transaction, so the charge, the
 * batch and its shipments commit together. (Card payments go through Stripe Checkout instead:
 * lib/batches/card-payment.ts.)
 */
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { accountStanding } from "./account";

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
 * On account: allowed up to the business's available credit, with its account number on file.
 * One charge per batch (a unique key on the ledger makes a second one impossible).
 */
export const accountPayment: PaymentMethodHandler = {
  id: "ACCOUNT",
  async charge(tx, request) {
    const standing = await accountStanding(tx, request.businessId);
    if (!standing.accountNumber) throw new AppError("accountNumberMissing", "no account number on file", "paymentMethod");
    if (request.amountCents > standing.availableCents) {
      throw new AppError("creditExceeded", `needs ${request.amountCents}, available ${standing.availableCents}`, "paymentMethod", {
        available: Math.max(0, standing.availableCents) / 100,
      });
    }
    await tx.accountTransaction.create({ data: { businessId: request.businessId, type: "CHARGE", amountCents: request.amountCents, batchId: request.batchId, createdById: request.userId } });
    return { settled: true };
  },
};


