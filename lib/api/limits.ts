/**
 * Requests per key, counted in PostgreSQL (the RateLimit table) so every instance of the app
 * shares the count: a fixed window of API_RATE_LIMIT requests per API_RATE_WINDOW_SECONDS
 * (lib/env.ts; 600 per minute unless configured). Answers carry RateLimit-Limit,
 * RateLimit-Remaining and RateLimit-Reset; a refused request gets 429 with Retry-After.
 */
import { env } from "@/lib/env";

export interface ApiRateLimit {
  limit: number;
  windowSeconds: number;
}

export function apiRateLimit(): ApiRateLimit {
  return { limit: env().API_RATE_LIMIT, windowSeconds: env().API_RATE_WINDOW_SECONDS };
}

export interface CountedRequest {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

export function rateLimitHeaders(limit: ApiRateLimit, counted: CountedRequest): Record<string, string> {
  return {
    "ratelimit-limit": String(limit.limit),
    "ratelimit-remaining": String(Math.max(0, limit.limit - counted.count)),
    "ratelimit-reset": String(counted.resetSeconds),
  };
}
