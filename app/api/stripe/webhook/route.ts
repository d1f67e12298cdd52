import { handleStripeEvent, verifyStripeEvent } from "@/lib/payments/webhook";
import { settleCheckout } from "@/lib/purchases/card";

/**
 * Stripe's webhook: the raw body's signature is checked with STRIPE_WEBHOOK_SECRET, only the
 * events we handle are acted on, and each handler is idempotent and re-reads the state from
 * Stripe (the event's own data is never trusted for amounts or status).
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  const verified = verifyStripeEvent(body, request.headers.get("stripe-signature"));
  if (!verified.ok) return new Response(verified.reason, { status: verified.status });
  try {
    const outcome = await handleStripeEvent(verified.event, settleCheckout);
    return Response.json({ received: true, outcome });
  } catch (e) {
    console.error(`[stripe] event ${verified.event.id} (${verified.event.type}) failed: ${e instanceof Error ? e.message : String(e)}`);
    // 500: Stripe delivers it again later; the handlers are idempotent.
    return new Response("handler failed", { status: 500 });
  }
}
