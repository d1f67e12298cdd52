/**
 * Purchases made with a test API key (lib/api): labels come from the reference carrier or a Canada
 * Post sandbox and nothing is charged, ever. The batch is committed like any purchase (the same
 * "complete purchase" job issues its labels) with the payment method TEST: no ledger entry, no card
 * payment, and nothing to give back when one of its labels is refused or voided (return-payment.ts).
 * payBatch commits every purchase of a test context this way, whatever method was asked.
 */
import { AppError } from "@/lib/errors";
import type { CarrierQuote } from "@/lib/carriers/types";
import { isTestMode, type TenantContext } from "@/lib/tenancy/context";

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
 * A test purchase buys only what the reference carrier or a sandbox quoted: rows rated from the web
 * app with a production account must be rated again with the test key first.
 */
export function assertTestModeMayBuy(rows: readonly { chosen: unknown }[]): void {
  if (!rows.every((r) => testModeMayBuy(r.chosen as CarrierQuote | null))) throw new AppError("rateStale", "a test purchase of rows quoted by Canada Post production");
}
