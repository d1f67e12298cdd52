import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { PUBLIC_TRACKING_LIMIT } from "./public";

/**
 * Counts one public tracking lookup against the visitor's address (see `clientAddress`): 60 a
 * minute for the page, and 60 for the JSON route, which a shop's server calls for its own
 * customers. When the address cannot be known (no trusted proxy), every visitor shares one count:
 * a forged X-Forwarded-For header never buys a fresh allowance.
 */
export function consumeTrackingLookup(headers: Headers, channel: "page" | "api") {
  const address = clientAddress(headers) ?? "unknown";
  return consumeRateLimit(`track:${channel}:${address}`, PUBLIC_TRACKING_LIMIT.limit, PUBLIC_TRACKING_LIMIT.windowSeconds);
}
