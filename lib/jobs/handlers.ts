/** What each queue's job does. Every handler reloads its data inside the job's business. */
import { deliverEmail } from "@/lib/email/deliver";
import { requeueStaleEmails } from "@/lib/email/outbox";
import { closeDueLocations } from "@/lib/manifests/scheduled-close";
import { issueMonthlyInvoices } from "@/lib/payments/invoices";
import { retryPendingRefunds } from "@/lib/payments/refund-retry";
import { completePurchase } from "@/lib/purchases/complete";
import { requeueUnfinishedPurchases } from "@/lib/purchases/recover";
import { refreshOpenReturns } from "@/lib/open-returns/refresh";
import { refreshReturns } from "@/lib/returns/scan";
import { refreshTracking } from "@/lib/tracking/refresh";
import { queueTrackingRefreshes } from "@/lib/tracking/sweep";
import { deliverWebhook } from "@/lib/webhooks/deliver";
import { requeueStaleWebhooks } from "@/lib/webhooks/sweep";
import { EMAIL_BUILDERS } from "./email-builders";
import type { JobData, QueueName } from "./queues";

export interface Attempt {
  /** No retry left after this one. */
  final: boolean;
}

export const HANDLERS: { [Q in QueueName]: (data: JobData[Q], attempt: Attempt) => Promise<unknown> } = {
  email: (data, attempt) => deliverEmail({ businessId: data.businessId, userId: null }, data.emailId, EMAIL_BUILDERS, attempt),
  purchase: async (data) => {
    const outcome = await completePurchase({ businessId: data.businessId, userId: null }, data.batchId);
    // Another run holds the batch (or a dead one's connection is not closed yet): look again later.
    if (outcome === "busy") throw new Error(`batch ${data.batchId} is being completed by another run`);
    return { outcome };
  },
  tracking: async (data) => {
    const ctx = { businessId: data.businessId, userId: null };
    // Parcels on their way, then return labels on their way back, then open return labels (each charged at its first scan).
    return { ...(await refreshTracking(ctx)), returns: await refreshReturns(ctx), openReturns: await refreshOpenReturns(ctx) };
  },
  "tracking-sweep": () => queueTrackingRefreshes(),
  "scheduled-close": () => closeDueLocations(),
  webhook: async (data) => ({ result: await deliverWebhook(data) }),
  maintenance: async (data) => {
    const out: Record<string, unknown> = {};
    for (const [name, job] of [
      // At the worker's start nothing is running yet: every purchase still paid is unfinished.
      ["purchases", () => requeueUnfinishedPurchases({ graceMs: data.atStart ? 0 : 60_000 })],
      ["refunds", () => retryPendingRefunds()],
      ["invoices", () => issueMonthlyInvoices()],
      ["emails", () => requeueStaleEmails()],
      ["webhooks", () => requeueStaleWebhooks()],
    ] as const) {
      try {
        out[name] = await job();
      } catch (e) {
        console.error(`[jobs] maintenance ${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return out;
  },
};
