/**
 * Paying for a batch. In one transaction, with the batch row locked: every row checked, the amount
 * recomputed from the rates stored on the server, and then by method:
 * - on account: the charge recorded and the purchase committed (commit.ts) with the job that
 *   completes it (complete.ts): the request returns at the commit, the batch page follows the job;
 * - by card: the batch is held ("payment under way") with a pending payment, and the user goes to
 *   Stripe's page; the purchase is committed when Stripe confirms the payment (card.ts).
 * Idempotent: paying a paid batch again returns it, charges nothing and queues nothing; the lock
 * serialises double clicks and two tabs, the ledger's unique key is the backstop. A test API key
 * never pays (test-mode.ts), whatever method is asked.
 */
import { AppError } from "@/lib/errors";
import { accountPayment } from "@/lib/payments/methods";
import { loadBatch, lockBatch } from "@/lib/batches/load";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { startCardCheckout } from "./card";
import { assertTestModeMayBuy, purchaseChargesNothing } from "./test-mode";
import { checkForPurchase } from "./check";
import { commitPurchase } from "./commit";
import type { PayResult } from "./pay-result";

export { BatchInvalidError } from "./check";

export type { PayResult } from "./pay-result";

export async function payBatch(actor: Actor, batchId: string, method: "ACCOUNT" | "CARD" | "CARRIER", options: { now?: Date; appUrl?: string } = {}): Promise<PayResult> {
  const now = options.now ?? new Date();
  const test = purchaseChargesNothing(actor);
  if (method === "CARD" && !test) return startCardCheckout(actor, batchId, { now, appUrl: options.appUrl });
  return withTenant(
    actor,
    async (tx): Promise<PayResult> => {
      await lockBatch(tx, actor.businessId, batchId);
      const batch = await loadBatch(tx, actor.businessId, batchId);
      if (batch.status === "PAID" || batch.status === "LABELLED") return { batchId, status: batch.status, totalCents: batch.totalCents ?? 0, charged: false };
      if (batch.status !== "DRAFT") throw new AppError("batchNotDraft", `batch ${batchId} is ${batch.status}`);
      const { rows, totalCents, billing } = await checkForPurchase(tx, actor.businessId, batchId, now);
      if (test) {
        assertTestModeMayBuy(rows);
        await commitPurchase(tx, actor, batch, rows, { method: "TEST", totalCents, paidById: actor.userId, now });
        return { batchId, status: "PAID", totalCents, charged: false };
      }
      // The carrier bills its own account holder: nothing is charged here, whatever was asked.
      if (billing === "carrier") {
        await commitPurchase(tx, actor, batch, rows, { method: "CARRIER", totalCents, paidById: actor.userId, now });
        return { batchId, status: "PAID", totalCents, charged: false };
      }
      if (method === "CARRIER") throw new AppError("paymentMethodUnavailable", "labels not quoted with the business's own carrier account");
      await accountPayment.charge(tx, { businessId: actor.businessId, userId: actor.userId, batchId, amountCents: totalCents });
      await commitPurchase(tx, actor, batch, rows, { method: "ACCOUNT", totalCents, paidById: actor.userId, now });
      return { batchId, status: "PAID", totalCents, charged: true };
    },
    { timeoutMs: 20_000 },
  );
}
