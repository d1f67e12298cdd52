import { ApiError, errorResponse } from "@/lib/api/errors";
import { scalarBundle } from "@/lib/api/reference-page";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

/** Scalar's bundle for the reference page, under its versioned name: cached for a year. */
export async function GET(request: Request, { params }: { params: Promise<{ asset: string }> }) {
  const { name, body } = await scalarBundle();
  if ((await params).asset !== name) {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    const failure = errorResponse(new ApiError(404, "not_found_error", "routeNotFound", { method: "GET", path: new URL(request.url).pathname }), locale);
    return Response.json(failure.body, { status: failure.status, headers: { "content-language": locale } });
  }
  return new Response(new Uint8Array(body), {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=31536000, immutable" },
  });
}
