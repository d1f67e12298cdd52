/**
 * Card payments in tests: the local Stripe stand-in, an HTTP receiver that hands its webhooks to
 * the app's real route handler, and the environment that turns card payments on.
 */
import http from "node:http";
import { resetEnvForTests } from "@/lib/env";
import { startStripeStandin, type StripeStandin } from "./standin";

export const TEST_WEBHOOK_SECRET = "whsec_test_envoi_local";
export const TEST_SECRET_KEY = "sk_test_envoi_local";

export interface CardHarness {
  stripe: StripeStandin;
  /** Posts a body to the app's webhook route as Stripe would (signature given or computed). */
  postWebhook(body: string, signature?: string | null): Promise<Response>;
  stop(): Promise<void>;
}

export async function startCardHarness(): Promise<CardHarness> {
  const { POST } = await import("@/app/api/stripe/webhook/route");
  const receiver = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const response = await POST(new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers: { "stripe-signature": String(req.headers["stripe-signature"] ?? "") }, body: Buffer.concat(chunks) }));
    res.writeHead(response.status, { "content-type": "text/plain" });
    res.end(await response.text());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/`;
  const stripe = await startStripeStandin({ webhookUrl, webhookSecret: TEST_WEBHOOK_SECRET });
  process.env.STRIPE_SECRET_KEY = TEST_SECRET_KEY;
  process.env.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
  process.env.STRIPE_API_URL = stripe.url;
  resetEnvForTests();
  return {
    stripe,
    postWebhook: (body, signature) =>
      POST(new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers: signature === null ? {} : { "stripe-signature": signature ?? stripe.sign(body) }, body })),
    stop: async () => {
      delete process.env.STRIPE_SECRET_KEY;
      delete process.env.STRIPE_WEBHOOK_SECRET;
      delete process.env.STRIPE_API_URL;
      resetEnvForTests();
      await stripe.stop();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    },
  };
}
