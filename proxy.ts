import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isDocumentRoute, isEmbeddablePath, newNonce } from "@/lib/http/content-security-policy";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { REQUEST_PATH_HEADER } from "@/lib/tenancy/request-path";

/**
 * Every page request passes here:
 * - the Content-Security-Policy with a fresh nonce, on the request (Next.js gives its scripts that
 *   nonce) and on the response (not on the PDFs that route handlers answer with);
 * - the requested path and query, so a signed-out visitor sent to sign in comes back to the very
 *   page they asked for;
 * - `?lang=fr` (a link from a delivery update) opens the page in that language and keeps it.
 * Protects nothing else: pages, actions and routes check access.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const csp = isDocumentRoute(pathname) ? null : contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development", embeddable: isEmbeddablePath(pathname) });
  const headers = new Headers(request.headers);
  if (csp) headers.set("content-security-policy", csp);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const lang = request.nextUrl.searchParams.get("lang");
  if (isLocale(lang)) {
    const others = (request.headers.get("cookie") ?? "").split(";").map((c) => c.trim()).filter((c) => c && !c.startsWith(`${LOCALE_COOKIE}=`));
    headers.set("cookie", [...others, `${LOCALE_COOKIE}=${lang}`].join("; "));
  }
  const response = NextResponse.next({ request: { headers } });
  if (csp) response.headers.set("content-security-policy", csp);
  if (isLocale(lang)) response.cookies.set(LOCALE_COOKIE, lang, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
  return response;
}

// Pages only: not the API, Next.js's static files, or files served from public/.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpg|ico|webp|txt|woff2?)$).*)"] };
