import { normalizeTrackingNumber, publicTracking } from "@/lib/tracking/public";
import { consumeTrackingLookup } from "@/lib/tracking/visitor";

const CORS = { "access-control-allow-origin": "*", "cache-control": "no-store" };

/** The public tracking of one number as JSON, for a shop's own page (no sign-in, rate-limited). */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const limit = await consumeTrackingLookup(request.headers, "api");
  if (!limit.allowed) return Response.json({ error: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds }, { status: 429, headers: { ...CORS, "retry-after": String(limit.retryAfterSeconds) } });
  const number = normalizeTrackingNumber(decodeURIComponent((await params).number));
  if (!number) return Response.json({ error: "invalid_number" }, { status: 400, headers: CORS });
  const tracking = await publicTracking(number);
  if (!tracking) return Response.json({ error: "unknown_number" }, { status: 404, headers: CORS });
  return Response.json(tracking, { headers: CORS });
}
