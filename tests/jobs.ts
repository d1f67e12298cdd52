/**
 * Runs the queued jobs of some queues now, through the real queue (fetch, handler, complete or
 * fail with its retry policy), until none is ready. Returns how many ran and failed.
 */
import { HANDLERS } from "@/lib/jobs/handlers";
import { jobQueue } from "@/lib/jobs/queue";
import type { QueueName } from "@/lib/jobs/queues";

export async function drainJobs(queues: QueueName[]): Promise<{ ran: number; failed: number }> {
  const boss = await jobQueue();
  let ran = 0;
  let failed = 0;
  for (let round = 0; round < 20; round++) {
    let any = false;
    for (const queue of queues) {
      const jobs = await boss.fetch<unknown>(queue, { batchSize: 50, includeMetadata: true });
      for (const job of jobs) {
        any = true;
        ran++;
        try {
          const output = await (HANDLERS[queue] as (data: unknown, attempt: { final: boolean }) => Promise<unknown>)(job.data, { final: job.retryCount >= job.retryLimit });
          await boss.complete(queue, job.id, output && typeof output === "object" ? output : {});
        } catch (e) {
          failed++;
          await boss.fail(queue, job.id, { message: e instanceof Error ? e.message : String(e) });
        }
      }
    }
    if (!any) break;
  }
  return { ran, failed };
}
