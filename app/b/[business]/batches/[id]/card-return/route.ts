import { abandonCheckout, settleCheckout } from "@/lib/batches/card-payment";
import { businessRoute } from "@/lib/tenancy/route";

/**
 * Back from Stripe's payment page. Paid: the payment is settled now if the webhook has not done it
 * yet (exactly once either way) and the batch shows its labels. Cancelled: the checkout is closed
 * and the batch is payable again.
 */
export const GET = businessRoute<{ id: string }>("shipments.create", async (request, actor, params) => {
  const url = new URL(request.url);
  const back = new URL(`/b/${actor.slug}/batches/${params.id ?? ""}`, url);
  const sessionId = url.searchParams.get("session_id");
  const cancelled = url.searchParams.get("cancelled");
  let outcome = "ignored";
  if (sessionId) outcome = await settleCheckout({ businessId: actor.businessId, userId: actor.userId }, sessionId.slice(0, 255));
  else if (cancelled) outcome = await abandonCheckout(actor, cancelled.slice(0, 64));
  back.searchParams.set("card", outcome === "paid" || outcome === "already" ? "paid" : outcome === "pending" ? "pending" : "cancelled");
  return Response.redirect(back, 303);
});
