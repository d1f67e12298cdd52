/**
 * The recovery job: a batch whose charge committed but whose labels were not all stored (a crash,
 * a restart, a renderer failure) is finished here. Run at server start and by the worker; safe to
 * run any number of times (issueLabels skips what is stored, and charges nothing).
 */
import { unsafeWithRecovery } from "@/lib/tenancy/context";
import { issueLabels, type Renderer } from "./issue-labels";

/** Cross-business on purpose (see unsafeWithRecovery): ids only, each batch is then reloaded in its business. */
async function unsafeUnfinishedBatches(): Promise<{ id: string; businessId: string }[]> {
  return unsafeWithRecovery((tx) => tx.batch.findMany({ where: { status: "PAID" }, select: { id: true, businessId: true }, orderBy: { paidAt: "asc" } }));
}

export async function recoverUnfinishedBatches(options: { render?: Renderer } = {}): Promise<{ finished: number; failed: number }> {
  let finished = 0;
  let failed = 0;
  for (const batch of await unsafeUnfinishedBatches()) {
    try {
      if (await issueLabels({ businessId: batch.businessId, userId: null }, batch.id, { render: options.render })) finished++;
    } catch (e) {
      failed++;
      console.error(`[recovery] batch ${batch.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { finished, failed };
}
