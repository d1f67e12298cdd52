/**
 * Paying for a batch. In one transaction, with the batch row locked: every row checked, the amount
 * recomputed from the rates stored on the server, and then by method:
 * - on account: the charge recorded, a tracking number and the frozen label for every shipment,
 *   the batch paid; labels are rendered after the commit (issue-labels.ts), and if that is
 *   interrupted the recovery job finishes it;
 * - by card: the batch is held ("payment under way") with a pending payment, and the user goes to
 *   Stripe's page; labels are issued when Stripe confirms the payment (card-payment.ts).
 * Idempotent: paying a paid batch again returns it, charges nothing and issues nothing; the lock
 * serialises double clicks and two tabs, the ledger's unique key is the backstop.
 */
import { AppError } from "@/lib/errors";
import { accountPayment } from "@/lib/payments/methods";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { startCardCheckout } from "./card-payment";
import { issueLabels, type Renderer } from "./issue-labels";
import { loadBatch, lockBatch } from "./load";
import { checkForPurchase, finalizePurchase } from "./purchase";

export { BatchInvalidError } from "./purchase";

export interface PayResult {
  batchId: string;
  status: "PAID" | "LABELLED" | "PAYING";
  totalCents: number;
  /** True when this call made the payment; false when the batch was already paid. */
  charged: boolean;
  /** Card: where the user pays (Stripe's page). */
  redirectTo?: string;
}

export async function payBatch(actor: Actor, batchId: string, method: "ACCOUNT" | "CARD", options: { now?: Date; render?: Renderer; appUrl?: string } = {}): Promise<PayResult> {
  const now = options.now ?? new Date();
  if (method === "CARD") return startCardCheckout(actor, batchId, { now, appUrl: options.appUrl });
  const paid = await withTenant(
    actor,
    async (tx): Promise<PayResult> => {
      await lockBatch(tx, actor.businessId, batchId);
      const batch = await loadBatch(tx, actor.businessId, batchId);
      if (batch.status === "PAID" || batch.status === "LABELLED") return { batchId, status: batch.status, totalCents: batch.totalCents ?? 0, charged: false };
      if (batch.status !== "DRAFT") throw new AppError("batchNotDraft", `batch ${batchId} is ${batch.status}`);
      const { rows, totalCents } = await checkForPurchase(tx, actor.businessId, batchId, now);
      await accountPayment.charge(tx, { businessId: actor.businessId, userId: actor.userId, batchId, amountCents: totalCents });
      await finalizePurchase(tx, actor, batch, rows, { method: "ACCOUNT", totalCents, paidById: actor.userId, now });
      return { batchId, status: "PAID", totalCents, charged: true };
    },
    { timeoutMs: 20_000 },
  );
  if (paid.status === "PAID" && paid.charged) {
    const { afterPurchase } = await import("./after-purchase");
    const labelled = await afterPurchase(actor, batchId, options.render);
    return { ...paid, status: labelled ? "LABELLED" : "PAID" };
  }
  return paid;
}

/**
 * After a committed payment: a rendering failure must not read as a failed payment. The batch
 * stays "paid, labels pending" and the recovery job finishes it.
 */
export async function issueLabelsSafely(ctx: { businessId: string; userId: string | null }, batchId: string, render?: Renderer): Promise<boolean> {
  try {
    return await issueLabels(ctx, batchId, { render });
  } catch (e) {
    console.error(`[batches] labels of batch ${batchId} not finished: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
