import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { PUBLIC_TRACKING_LIMIT } from "./public";

/** The visitor's address as the proxy in front reports it (or "local"). */
export function visitorAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}

/** Counts one public tracking lookup against the visitor's address: 60 a minute. */
export function consumeTrackingLookup(headers: Headers) {
  return consumeRateLimit(`track:${visitorAddress(headers)}`, PUBLIC_TRACKING_LIMIT.limit, PUBLIC_TRACKING_LIMIT.windowSeconds);
}
