/**
 * Purchases not completed (a crash, a restart, a carrier down for a while): their "complete
 * purchase" job is queued again. Run when the worker starts and by the maintenance schedule;
 * queuing twice is harmless (complete.ts runs once per batch at a time and resumes).
 */
import { sendJobSafely } from "@/lib/jobs/queue";
import { unsafeWithRecovery } from "@/lib/tenancy/context";

/** Cross-business on purpose (see unsafeWithRecovery): ids only, each batch is then completed in its business. */
async function unsafeUnfinishedBatches(olderThan: Date): Promise<{ id: string; businessId: string }[]> {
  return unsafeWithRecovery((tx) => tx.batch.findMany({ where: { status: "PAID", paidAt: { lt: olderThan } }, select: { id: true, businessId: true }, orderBy: { paidAt: "asc" } }));
}

/** Queues the completion of every purchase paid more than `graceMs` ago and still not labelled. */
export async function requeueUnfinishedPurchases(options: { now?: Date; graceMs?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const batches = await unsafeUnfinishedBatches(new Date(now.getTime() - (options.graceMs ?? 60_000)));
  for (const b of batches) await sendJobSafely("purchase", { businessId: b.businessId, batchId: b.id }, { singletonKey: b.id });
  return batches.length;
}
