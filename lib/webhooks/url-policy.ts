/**
 * Which webhook URLs a business may register: HTTPS; plain HTTP only to this machine
 * (localhost, 127.0.0.1, [::1]) and only where local addresses are allowed (development and
 * tests, see address-guard.ts). No user name or password in the URL; in production no address
 * literal that is private or loopback (names are checked again when each request is sent).
 * Pure: returns a problem code (a key of `webhooks.errors` in messages/*.json) or null.
 */
import { blockedRange, type NetworkPolicy } from "./address-guard";

export type UrlProblem = "webhookUrlInvalid" | "webhookUrlHttpsRequired" | "webhookUrlCredentials" | "webhookUrlPrivate" | "webhookUrlTooLong";

export const MAX_URL_LENGTH = 2000;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function webhookUrlProblem(value: string, policy: NetworkPolicy): UrlProblem | null {
  if (value.length > MAX_URL_LENGTH) return "webhookUrlTooLong";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "webhookUrlInvalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "webhookUrlInvalid";
  if (!url.hostname) return "webhookUrlInvalid";
  if (url.username || url.password) return "webhookUrlCredentials";
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === "http:" && !(local && policy.allowLocal)) return "webhookUrlHttpsRequired";
  if (!policy.allowLocal) {
    if (local) return "webhookUrlPrivate";
    const bare = url.hostname.replace(/^\[|\]$/g, "");
    if (/^[\d.]+$/.test(bare) || bare.includes(":")) {
      if (blockedRange(bare)) return "webhookUrlPrivate";
    }
  }
  return null;
}
