import "server-only";
/**
 * The Stripe client, when card payments are configured (STRIPE_SECRET_KEY and
 * STRIPE_WEBHOOK_SECRET); null otherwise, and the card option says so. STRIPE_API_URL points the
 * SDK at another server (the local Stripe stand-in of the tests and `npm run dev`).
 */
import Stripe from "stripe";
import { env } from "@/lib/env";

let cached: { key: string; client: Stripe } | null = null;

export function cardPaymentsConfigured(): boolean {
  const e = env();
  return Boolean(e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET);
}

export function stripe(): Stripe | null {
  const e = env();
  if (!e.STRIPE_SECRET_KEY || !e.STRIPE_WEBHOOK_SECRET) return null;
  const key = `${e.STRIPE_SECRET_KEY}|${e.STRIPE_API_URL ?? ""}`;
  if (cached?.key === key) return cached.client;
  const base = e.STRIPE_API_URL ? new URL(e.STRIPE_API_URL) : null;
  const client = new Stripe(e.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "Envoi" },
    ...(base ? { host: base.hostname, port: Number(base.port || (base.protocol === "https:" ? 443 : 80)), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
  });
  cached = { key, client };
  return client;
}

export function webhookSecret(): string | null {
  return env().STRIPE_WEBHOOK_SECRET ?? null;
}
