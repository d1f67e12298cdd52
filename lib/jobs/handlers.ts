/** What each queue's job does. Every handler reloads its data inside the job's business. */
import { issueLabels } from "@/lib/batches/issue-labels";
import { deliverEmail, requeueStaleEmails } from "@/lib/email/outbox";
import { refreshTracking } from "@/lib/tracking/refresh";
import { queueTrackingRefreshes } from "@/lib/tracking/sweep";
import { recoverUnfinishedBatches } from "@/lib/batches/recover";
import { issueMonthlyInvoices } from "@/lib/payments/invoices";
import { retryPendingRefunds } from "@/lib/payments/refund-retry";
import type { JobData, QueueName } from "./queues";

export interface Attempt {
  /** No retry left after this one. */
  final: boolean;
}

export const HANDLERS: { [Q in QueueName]: (data: JobData[Q], attempt: Attempt) => Promise<unknown> } = {
  email: (data, attempt) => deliverEmail({ businessId: data.businessId, userId: null }, data.emailId, attempt),
  labels: async (data) => {
    if (!(await issueLabels({ businessId: data.businessId, userId: null }, data.batchId, { format: data.format }))) throw new Error(`batch ${data.batchId} not finished`);
  },
  tracking: (data) => refreshTracking({ businessId: data.businessId, userId: null }),
  "tracking-sweep": () => queueTrackingRefreshes(),
  maintenance: async () => {
    const out: Record<string, unknown> = {};
    for (const [name, job] of [
      ["labels", () => recoverUnfinishedBatches()],
      ["refunds", () => retryPendingRefunds()],
      ["invoices", () => issueMonthlyInvoices()],
      ["emails", () => requeueStaleEmails()],
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
