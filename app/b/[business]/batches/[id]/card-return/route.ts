import { abandonCheckout, settleCheckout } from "@/lib/purchases/card";
import { businessRoute } from "@/lib/tenancy/route";

/**
 * Back from Stripe's payment page. Paid: the payment is settled now if the webhook has not done it
 * yet (exactly once either way) and the batch shows its labels. Cancelled: the checkout is closed
 * and the batch is payable again.
 */
export const GET = businessRoute<{ id: string }>("shipments.create", async (request, actor, params) => {
  const url = new URL(request.url);
  const back = new URLSearchParams();
  const sessionId = url.searchParams.get("session_id");
  const cancelled = url.searchParams.get("cancelled");
  let outcome = "ignored";
  if (sessionId) outcome = await settleCheckout({ businessId: actor.businessId, userId: actor.userId }, sessionId.slice(0, 255));
  else if (cancelled) outcome = await abandonCheckout(actor, cancelled.slice(0, 64));
  back.set("card", outcome === "paid" || outcome === "already" ? "paid" : outcome === "pending" ? "pending" : "cancelled");
  // A relative location: behind a proxy (or on 127.0.0.1 vs localhost) the request's own host may
  // not be the one the browser holds its session cookie for.
  return new Response(null, { status: 303, headers: { location: `/b/${actor.slug}/batches/${params.id ?? ""}?${back.toString()}` } });
});
