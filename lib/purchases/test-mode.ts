/**
 * Purchases made with a test API key (lib/api): labels come from the reference carrier or a Canada
 * Post sandbox and nothing is charged, ever. The batch is committed like any purchase (the same
 * "complete purchase" job issues its labels) with the payment method TEST: no ledger entry, no card
 * payment, and nothing to give back when one of its labels is refused or voided (return-payment.ts).
 * payBatch sends every purchase of a test context here, whatever method was asked.
 */
import { AppError } from "@/lib/errors";
import type { CarrierQuote } from "@/lib/carriers/types";
import { loadBatch, lockBatch } from "@/lib/batches/load";
import { isTestMode, withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { checkForPurchase } from "./check";
import { commitPurchase } from "./commit";
import type { PayResult } from "./pay-result";

/** Whether a purchase in this context must charge nothing (a test API key). */
export function purchaseChargesNothing(ctx: TenantContext): boolean {
  return isTestMode(ctx);
}

/**
 * A quote a test purchase may buy: never one from Canada Post's production system (a batch rated
 * from the web app with a live account must be rated again with the test key first).
 */
export function testModeMayBuy(quote: Pick<CarrierQuote, "mode"> | null): boolean {
  return (quote?.mode ?? "reference") !== "production";
}

/**
 * Pays a draft batch in test mode: checked like any purchase (every row valid and rated today),
 * committed with method TEST and nothing charged. Idempotent like payBatch: a paid batch is
 * returned as it is.
 */
export async function payBatchInTestMode(actor: Actor, batchId: string, now: Date): Promise<PayResult> {
  return withTenant(
    actor,
    async (tx): Promise<PayResult> => {
      await lockBatch(tx, actor.businessId, batchId);
      const batch = await loadBatch(tx, actor.businessId, batchId);
      if (batch.status === "PAID" || batch.status === "LABELLED") return { batchId, status: batch.status, totalCents: batch.totalCents ?? 0, charged: false };
      if (batch.status !== "DRAFT") throw new AppError("batchNotDraft", `batch ${batchId} is ${batch.status}`);
      const { rows, totalCents } = await checkForPurchase(tx, actor.businessId, batchId, now);
      if (!rows.every((r) => testModeMayBuy(r.chosen as CarrierQuote | null))) throw new AppError("rateStale", "a test purchase of rows quoted by Canada Post production");
      await commitPurchase(tx, actor, batch, rows, { method: "TEST", totalCents, paidById: actor.userId, now });
      return { batchId, status: "PAID", totalCents, charged: false };
    },
    { timeoutMs: 20_000 },
  );
}
