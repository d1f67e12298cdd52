/**
 * The worker: runs every queue's jobs and the schedules. In its own process in production
 * (`npm run worker`), inside the app under `npm run dev`. Several workers may share the queue.
 * On start it queues the maintenance job at once, which finishes what a crash left undone.
 */
import PgBoss from "pg-boss";
import { HANDLERS } from "./handlers";
import { JOB_SCHEMA, QUEUES, SCHEDULES, type QueueName } from "./queues";

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(options: { connectionString: string; pollingIntervalSeconds?: number; log?: (line: string) => void }): Promise<Worker> {
  const log = options.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss({ connectionString: options.connectionString, schema: JOB_SCHEMA, migrate: false, schedule: true, supervise: true, max: 4 });
  boss.on("error", (e) => console.error(`[worker] ${e.message}`));
  await boss.start();
  for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron, {}, { tz: "UTC" });
  for (const queue of Object.keys(QUEUES) as QueueName[]) {
    await boss.work(queue, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? (queue === "purchase" ? 0.5 : 2) }, async ([job]) => {
      if (!job) return;
      const final = job.retryCount >= job.retryLimit;
      try {
        return await (HANDLERS[queue] as (data: unknown, attempt: { final: boolean }) => Promise<unknown>)(job.data, { final });
      } catch (e) {
        log(`[worker] ${queue} ${job.id} attempt ${job.retryCount + 1}${final ? " (last)" : ""} failed: ${e instanceof Error ? e.message : String(e)}`);
        throw e;
      }
    });
  }
  // Whatever a crash interrupted (purchases not completed, refunds, emails) is finished now, not at
  // the next scheduled run.
  await boss.send("maintenance", { atStart: true });
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }) };
}
