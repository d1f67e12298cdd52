/**
 * Where webhook requests may go (server-side request forgery): in production only to public
 * unicast addresses. The host is resolved once, every address it resolves to must be public, and
 * the request connects to the address checked here (so a DNS answer that changes between the
 * check and the connection, "DNS rebinding", cannot send it elsewhere). Redirects are never
 * followed (send.ts). In development, and when WEBHOOKS_ALLOW_LOCAL is set (the browser tests'
 * local receiver), local addresses are allowed.
 */
import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

export interface NetworkPolicy {
  /** Local and private addresses are allowed (development, tests). */
  allowLocal: boolean;
}

export class BlockedAddressError extends Error {
  constructor(readonly host: string, readonly address: string, readonly range: string) {
    super(`${host} resolves to ${address} (${range}): webhooks may only reach public addresses`);
    this.name = "BlockedAddressError";
  }
}

/** The range of an IP address literal when webhooks may not reach it ("loopback", "private"...), or null when it is public unicast. */
export function blockedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "invalid";
  let parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 is 127.0.0.1.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === "unicast" ? null : range;
}

export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

const resolveAll: Resolve = (host) => lookup(host, { all: true, verbatim: true });

/**
 * The address to connect to for `host`: the first of its addresses, after every one was checked.
 * Throws BlockedAddressError when any is not public (a host with one private address among public
 * ones could be switched to it by the resolver).
 */
export async function checkedAddress(host: string, policy: NetworkPolicy, resolve: Resolve = resolveAll): Promise<{ address: string; family: number }> {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  const addresses = ipaddr.isValid(bare) ? [{ address: bare, family: bare.includes(":") ? 6 : 4 }] : await resolve(bare);
  if (addresses.length === 0) throw new Error(`${host} does not resolve`);
  if (!policy.allowLocal) {
    for (const a of addresses) {
      const range = blockedRange(a.address);
      if (range) throw new BlockedAddressError(host, a.address, range);
    }
  }
  return addresses[0]!;
}
