/**
 * Webhook signatures, as Stripe signs its own: each request carries
 * `Envoi-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
 * A receiver recomputes the HMAC over the raw body it received and refuses old timestamps (replays).
 * Pure (node:crypto only): receivers may copy `verifyWebhookSignature` as it is.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Envoi-Signature";
/** How old a signed timestamp may be when it is verified (and how far in the future). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new signing secret: "whsec_" and 32 random bytes in base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

/** The header's value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/**
 * True when `header` (the Envoi-Signature value) signs `body` (the raw request body, as bytes
 * received, before any JSON parsing) with `secret`, at a time within `toleranceSeconds` of `now`.
 * Several v1 values may be present (while a secret is being rolled): any one matching is enough.
 */
export function verifyWebhookSignature(body: string, header: string | null | undefined, secret: string, options: { toleranceSeconds?: number; now?: number } = {}): boolean {
  if (!header) return false;
  const parts = header.split(",").map((p) => p.trim().split("="));
  const timestamp = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(timestamp)) return false;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  return parts
    .filter(([k, v]) => k === "v1" && typeof v === "string" && /^[0-9a-f]{64}$/.test(v))
    .some(([, v]) => timingSafeEqual(Buffer.from(v!, "hex"), expected));
}
