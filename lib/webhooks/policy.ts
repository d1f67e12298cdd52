import { env } from "@/lib/env";
import type { NetworkPolicy } from "./address-guard";

/** Local addresses are reachable outside production, or when a test run asks (WEBHOOKS_ALLOW_LOCAL). */
export function networkPolicy(): NetworkPolicy {
  const e = env();
  return { allowLocal: e.NODE_ENV !== "production" || e.WEBHOOKS_ALLOW_LOCAL };
}
