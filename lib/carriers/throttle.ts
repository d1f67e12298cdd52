/**
 * A carrier's per-minute limits, shared by every app instance and worker: each call takes a slot in
 * PostgreSQL (table CarrierCall, rolling 60 seconds per API key and operation group) and waits for
 * one when the minute is full. Keys are hashes: no user name is stored.
 */
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";

const WINDOW_MS = 60_000;

export class ThrottleWaitExceededError extends Error {
  constructor(readonly key: string, readonly waitedMs: number) {
    super(`carrier throttle ${key}: no free call within ${Math.round(waitedMs / 1000)} s`);
    this.name = "ThrottleWaitExceededError";
  }
}

/** The throttle key of an API user and an operation group. */
export function throttleKey(carrier: string, username: string, group: string): string {
  return `${createHash("sha256").update(`${carrier}\u0000${username}`).digest("hex").slice(0, 32)}:${group}`;
}

/**
 * Takes one call of `key`'s minute, waiting (up to `maxWaitMs`) while `perMinute` calls were made in
 * the last 60 seconds. Throws ThrottleWaitExceededError when the wait would be longer.
 */
export async function takeCarrierSlot(key: string, perMinute: number, options: { maxWaitMs?: number; sleep?: (ms: number) => Promise<void> } = {}): Promise<void> {
  const maxWaitMs = options.maxWaitMs ?? 45_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const started = Date.now();
  for (;;) {
    const waitMs = await db().$transaction(async (tx) => {
      // One decision at a time per key, across every process.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      const rows = await tx.$queryRaw<{ n: bigint; oldest: Date | null; now: Date }[]>`
        SELECT count(*) AS n, min("at") AS oldest, now() AS now FROM "CarrierCall" WHERE "key" = ${key} AND "at" > now() - interval '60 seconds'`;
      const { n, oldest, now } = rows[0]!;
      if (Number(n) < perMinute) {
        await tx.$executeRaw`INSERT INTO "CarrierCall" ("key", "at") VALUES (${key}, now())`;
        // Forget calls older than the window (this key's; cheap with the (key, at) index).
        await tx.$executeRaw`DELETE FROM "CarrierCall" WHERE "key" = ${key} AND "at" <= now() - interval '60 seconds'`;
        return 0;
      }
      return Math.max(25, (oldest ? oldest.getTime() + WINDOW_MS : now.getTime() + WINDOW_MS) - now.getTime());
    });
    if (waitMs === 0) return;
    const waited = Date.now() - started;
    if (waited + waitMs > maxWaitMs) throw new ThrottleWaitExceededError(key, waited + waitMs);
    await sleep(waitMs);
  }
}

/** Calls made in the current minute for a key (for tests and the bench). */
export async function carrierCallsInWindow(key: string): Promise<number> {
  const rows = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "CarrierCall" WHERE "key" = ${key} AND "at" > now() - interval '60 seconds'`;
  return Number(rows[0]?.n ?? 0);
}
