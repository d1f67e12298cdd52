import "server-only";
/**
 * The app's handle on the job queue: send a job from anywhere (pages, actions, other jobs).
 * The schema is installed by the migration step (prepareJobQueue, as the schema owner); the app
 * connects as its own role and never changes it.
 */
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { JOB_SCHEMA, QUEUES, type JobData, type QueueName } from "./queues";

const globalForQueue = globalThis as unknown as { envoiQueue?: Promise<PgBoss> };

/** A started pg-boss on DATABASE_URL (producer side: no cron, no maintenance). */
export function jobQueue(): Promise<PgBoss> {
  globalForQueue.envoiQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: JOB_SCHEMA, migrate: false, schedule: false, supervise: false, max: 3 });
    boss.on("error", (e) => console.error(`[jobs] ${e.message}`));
    await boss.start();
    return boss;
  })().catch((e) => {
    globalForQueue.envoiQueue = undefined;
    throw e;
  });
  return globalForQueue.envoiQueue;
}

export interface SendOptions {
  /** At most one such job waiting or running at a time (pg-boss singleton). */
  singletonKey?: string;
  startAfterSeconds?: number;
}

function sendOptions(options: SendOptions): PgBoss.SendOptions {
  return {
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  };
}

/** Queues one job; returns its id (null when a singleton is already queued). */
export async function sendJob<Q extends QueueName>(queue: Q, data: JobData[Q], options: SendOptions = {}): Promise<string | null> {
  const boss = await jobQueue();
  return boss.send(queue, data as object, sendOptions(options));
}

/**
 * Queues one job inside the caller's transaction: the job exists if and only if the transaction
 * commits (a paid batch always has the job that finishes its labels, even if the process dies
 * right after the commit).
 */
export async function sendJobInTransaction<Q extends QueueName>(tx: Tx, queue: Q, data: JobData[Q], options: SendOptions = {}): Promise<string | null> {
  const boss = await jobQueue();
  const db = {
    async executeSql(text: string, values: unknown[]) {
      // pg-boss hands the job's data as an object (node-postgres would serialise it as JSON).
      const params = values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v));
      return { rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params) };
    },
  };
  return boss.send(queue, data as object, { ...sendOptions(options), db });
}

/** Queues a job and never throws: the sweep in the maintenance job re-queues what was lost. */
export async function sendJobSafely<Q extends QueueName>(queue: Q, data: JobData[Q], options: SendOptions = {}): Promise<string | null> {
  try {
    return await sendJob(queue, data, options);
  } catch (e) {
    console.error(`[jobs] could not queue ${queue}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** Stops the producer (tests, shutdown). */
export async function closeJobQueue() {
  const boss = await globalForQueue.envoiQueue?.catch(() => undefined);
  globalForQueue.envoiQueue = undefined;
  await boss?.stop({ graceful: false, wait: true });
}

export { QUEUES };
