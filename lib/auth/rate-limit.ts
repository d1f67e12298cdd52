import { db } from "@/lib/db/client";

export interface RateLimitResult {
  allowed: boolean;
  /** Attempts counted in the current window, this one included. */
  count: number;
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
  return { allowed: row.count <= limit, count: row.count, retryAfterSeconds: Math.max(1, row.retry) };
}

/** Forgets the attempts against `key` (after a successful sign-in). */
export async function resetRateLimit(...keys: string[]) {
  await db().rateLimit.deleteMany({ where: { key: { in: keys } } });
}

/** Takes back one attempt counted against `key` (an attempt that turned out to be legitimate). */
export async function releaseRateLimit(key: string) {
  await db().rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * Password sign-in (lib/auth/password-sign-in.ts). Every attempt is counted before the password is
 * checked (so a burst of parallel guesses cannot slip past), and a successful one takes its counts
 * back: what remains are failures.
 */
export const SIGN_IN_LIMITS = {
  /** Failures per email address. Beyond it, only a client known to be safe may still try. */
  perEmail: { limit: 5, windowSeconds: 15 * 60 },
  /** Failures per email address from one browser (device cookie) or one client address. */
  perClient: { limit: 5, windowSeconds: 15 * 60 },
  /**
   * Behind a trusted proxy, an address that has not failed itself may still try an email that is
   * over `perEmail`, up to this many failures in all; beyond it, only browsers that signed in to
   * the account before.
   */
  perEmailFromFreshAddresses: { limit: 25 },
  /** Failures per client address across emails (behind a trusted proxy only). */
  perAddress: { limit: 30, windowSeconds: 15 * 60 },
  /** Emailed sign-in links per email address. */
  linkPerEmail: { limit: 3, windowSeconds: 10 * 60 },
  /** Emailed sign-in links per client address (behind a trusted proxy only). */
  linkPerAddress: { limit: 10, windowSeconds: 10 * 60 },
};

/** Emails that confirm a new account's address, asked again from the "check your email" page. */
export const VERIFICATION_RESEND_LIMITS = {
  perUser: { limit: 3, windowSeconds: 10 * 60 },
  perAddress: { limit: 10, windowSeconds: 10 * 60 },
};
