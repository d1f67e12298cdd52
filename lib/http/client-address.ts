import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The address of the client that sent a request, for rate limits, or null when it cannot be
 * known. Every limit keyed by client address goes through this function.
 *
 * - Behind a proxy you control (TRUST_PROXY=true): the LAST entry of X-Forwarded-For, the one that
 *   proxy appended (or set) from the connection it received. Entries before it were sent by the
 *   client and can say anything.
 * - Otherwise: null. `next start` copies the socket's address into X-Forwarded-For only when the
 *   client sent no such header, so the header cannot tell a real address from a forged one, and
 *   Next.js gives the app no other way to see the socket. Callers then count every client in one
 *   bucket (public tracking) or skip the per-address count (sign-in); a deployment runs behind a
 *   proxy with TRUST_PROXY=true so that visitors are counted apart (README, "Configuration").
 */
export function clientAddress(headers: Headers): string | null {
  if (!env().TRUST_PROXY) return null;
  const entries = (headers.get("x-forwarded-for") ?? "").split(",");
  return normalizeAddress(entries[entries.length - 1] ?? "");
}

/** An IPv4 or IPv6 address in one spelling (IPv4-mapped IPv6 as IPv4), or null for anything else. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim().toLowerCase();
  if (value.startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : null;
}
