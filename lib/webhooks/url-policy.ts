/**
 * Which webhook URLs a business may register: HTTPS; plain HTTP only to this machine
 * (localhost, 127.0.0.1, [::1]) and only where local addresses are allowed (development and
 * tests, see address-guard.ts). No user name or password in the URL; in production no address
 * literal that is private or loopback (names are checked again when each request is sent).
 * Pure: returns a problem code (a key of `webhooks.errors` in messages/*.json) or null.
 */
import { blockedRange, type NetworkPolicy } from "./address-guard";

export type UrlProblem = "urlInvalid" | "urlHttpsRequired" | "urlCredentials" | "urlPrivate" | "urlTooLong";

export const MAX_URL_LENGTH = 2000;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function webhookUrlProblem(value: string, policy: NetworkPolicy): UrlProblem | null {
  if (value.length > MAX_URL_LENGTH) return "urlTooLong";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "urlInvalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "urlInvalid";
  if (!url.hostname) return "urlInvalid";
  if (url.username || url.password) return "urlCredentials";
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === "http:" && !(local && policy.allowLocal)) return "urlHttpsRequired";
  if (!policy.allowLocal) {
    if (local) return "urlPrivate";
    const bare = url.hostname.replace(/^\[|\]$/g, "");
    if (/^[\d.]+$/.test(bare) || bare.includes(":")) {
      if (blockedRange(bare)) return "urlPrivate";
    }
  }
  return null;
}
