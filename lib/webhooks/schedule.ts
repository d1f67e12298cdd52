/**
 * When a failed delivery is tried again: exponential back-off, 1 minute after the first failure,
 * then 5 times longer each time (5 min, 25 min, about 2 h, about 10 h), capped at 12 hours,
 * for 10 retries: 11 attempts over about 3 days (3 days and 1 hour). Then the delivery has failed
 * for good; an endpoint whose every delivery of those 3 days failed is turned off (deliver.ts).
 * Pure.
 */
export const FIRST_RETRY_SECONDS = 60;
export const BACKOFF_FACTOR = 5;
export const MAX_RETRY_SECONDS = 12 * 3600;
export const MAX_RETRIES = 10;

/** Seconds to wait after failed attempt number `attempt` (1-based), or null when none is left. */
export function retryDelaySeconds(attempt: number): number | null {
  if (attempt < 1 || attempt > MAX_RETRIES) return null;
  return Math.min(FIRST_RETRY_SECONDS * BACKOFF_FACTOR ** (attempt - 1), MAX_RETRY_SECONDS);
}

/** The whole schedule's length in seconds (first attempt to last). */
export function scheduleSeconds(): number {
  let total = 0;
  for (let n = 1; n <= MAX_RETRIES; n++) total += retryDelaySeconds(n)!;
  return total;
}
