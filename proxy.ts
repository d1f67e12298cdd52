import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { REQUEST_PATH_HEADER } from "@/lib/tenancy/request-path";

/**
 * Passes the requested path and query to the pages, so a signed-out visitor sent to sign in comes
 * back to the very page they asked for. A link with `?lang=fr` (from a delivery update) opens the
 * page in that language and keeps it. Protects nothing: pages, actions and routes check access.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const lang = request.nextUrl.searchParams.get("lang");
  if (isLocale(lang)) {
    const others = (request.headers.get("cookie") ?? "").split(";").map((c) => c.trim()).filter((c) => c && !c.startsWith(`${LOCALE_COOKIE}=`));
    headers.set("cookie", [...others, `${LOCALE_COOKIE}=${lang}`].join("; "));
  }
  const response = NextResponse.next({ request: { headers } });
  if (isLocale(lang)) response.cookies.set(LOCALE_COOKIE, lang, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
  return response;
}

export const config = { matcher: ["/b/:path*", "/track/:path*"] };
