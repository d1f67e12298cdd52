/**
 * The app's periodic jobs, run in the server process: finishing paid batches whose labels were
 * interrupted, sending refunds that Stripe has not taken yet, and issuing last month's invoices
 * on the first of the month. Each is safe to run any number of times. (The durable job queue of
 * a later issue will run them from a worker instead.)
 */
import { recoverUnfinishedBatches } from "@/lib/batches/recover";
import { issueMonthlyInvoices } from "@/lib/payments/invoices";
import { retryPendingRefunds } from "@/lib/payments/refund-retry";

const EVERY_MS = 15 * 60_000;

async function runOnce() {
  for (const [name, job] of [
    ["labels", () => recoverUnfinishedBatches()],
    ["refunds", () => retryPendingRefunds()],
    ["invoices", () => issueMonthlyInvoices()],
  ] as const) {
    try {
      await job();
    } catch (e) {
      console.error(`[jobs] ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

let started = false;

export function startBackgroundJobs() {
  if (started) return;
  started = true;
  void runOnce();
  setInterval(() => void runOnce(), EVERY_MS).unref();
}
