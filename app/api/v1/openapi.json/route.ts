import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/api/openapi";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

/**
 * The OpenAPI 3.1 document of /api/v1 (public: it describes the API, not any business). Its server
 * is the app's public address (APP_URL), not the address this request reached (behind a proxy,
 * an internal one). In English or French: `?lang=fr` (or `en`) chooses; without it, Accept-Language
 * does (English unless it prefers French), and caches are told the answer varies with it.
 */
export function GET(request: Request) {
  const asked = new URL(request.url).searchParams.get("lang")?.toLowerCase().split("-")[0];
  const locale = isLocale(asked) ? asked : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const headers: Record<string, string> = { "cache-control": "public, max-age=300", "access-control-allow-origin": "*", "content-language": locale };
  if (!isLocale(asked)) headers.vary = "Accept-Language";
  return Response.json(openApiDocument(env().APP_URL.replace(/\/$/, ""), locale), { headers });
}
