import { ApiError, errorResponse } from "@/lib/api/errors";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

/** Any other address under /api/v1: the API's own 404, in its error shape. */
function notFound(request: Request) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  const { status, body } = errorResponse(new ApiError(404, "not_found_error", "routeNotFound", { method: request.method, path: new URL(request.url).pathname }), locale);
  return Response.json(body, { status, headers: { "content-language": locale } });
}

export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
