import { db } from "@/lib/db/client";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts one attempt against `key` in a fixed window kept in PostgreSQL, so every app instance
 * shares the same counters. One atomic upsert: concurrent attempts cannot slip past the limit.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db().$queryRaw<{ count: number; retry: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowEnd")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowEnd" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowEnd" = CASE WHEN "RateLimit"."windowEnd" <= now()
        THEN now() + make_interval(secs => ${windowSeconds}) ELSE "RateLimit"."windowEnd" END
    RETURNING "count", CEIL(EXTRACT(EPOCH FROM ("windowEnd" - now())))::int AS retry`;
  const row = rows[0]!;
  return { allowed: row.count <= limit, retryAfterSeconds: Math.max(1, row.retry) };
}

/** Forgets the attempts against `key` (after a successful sign-in). */
export async function resetRateLimit(key: string) {
  await db().rateLimit.deleteMany({ where: { key } });
}

export const SIGN_IN_LIMITS = {
  /** Failed password attempts per email address. */
  perEmail: { limit: 5, windowSeconds: 15 * 60 },
  /** Password attempts per client address, across emails. */
  perIp: { limit: 30, windowSeconds: 15 * 60 },
  /** Emailed sign-in links per address. */
  linkPerEmail: { limit: 3, windowSeconds: 10 * 60 },
};
