import { abandonCheckout, settleCheckout } from "@/lib/purchases/card";
import { businessRoute } from "@/lib/tenancy/route";

/** Back from Stripe's page after paying an invoice (or not): settled now if the webhook has not done it. */
export const GET = businessRoute("billing.manage", async (request, actor) => {
  const url = new URL(request.url);
  const sessionId = url.searchParams.get("session_id");
  const cancelled = url.searchParams.get("cancelled");
  let outcome = "ignored";
  if (sessionId) outcome = await settleCheckout({ businessId: actor.businessId, userId: actor.userId }, sessionId.slice(0, 255));
  else if (cancelled) outcome = await abandonCheckout(actor, cancelled.slice(0, 64));
  const card = outcome === "paid" || outcome === "already" ? "paid" : outcome === "pending" ? "pending" : "cancelled";
  return new Response(null, { status: 303, headers: { location: `/b/${actor.slug}/account?card=${card}` } });
});
