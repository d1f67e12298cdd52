import { findPostOffices } from "@/lib/carriers/post-offices";
import { parseWholeNumber } from "@/lib/forms/decimal";
import { businessRoute } from "@/lib/tenancy/route";

/** Post offices near a postal code, closest first, as JSON: ?postalCode=H2H2S6&d2po=1&limit=10. */
export const GET = businessRoute("business.read", async (request, actor) => {
  const url = new URL(request.url);
  const postalCode = (url.searchParams.get("postalCode") ?? "").slice(0, 10);
  const typed = parseWholeNumber(url.searchParams.get("limit") ?? "");
  const limit = Math.min(20, Math.max(1, (typed.ok ? typed.value : null) || 10));
  // No postal code yet (the recipient's is being typed): no offices, not an error.
  if (!postalCode) return Response.json({ offices: [], sample: false });
  const found = await findPostOffices(actor, { postalCode, limit, d2poOnly: url.searchParams.get("d2po") === "1" });
  if (!found) return Response.json({ error: "postalCodeInvalid", offices: [] }, { status: 400 });
  return Response.json(found, { headers: { "cache-control": "private, max-age=300" } });
});
