import { referencePage } from "@/lib/api/reference-page";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "@/lib/i18n/locales";

/** The readable API reference (public, like the OpenAPI document it shows), in the app's chosen language. */
export function GET(request: Request) {
  const cookie = /(?:^|;\s*)([^=;]+)=([^;]*)/g;
  let chosen: string | undefined;
  for (const m of (request.headers.get("cookie") ?? "").matchAll(cookie)) if (m[1] === LOCALE_COOKIE) chosen = m[2];
  return referencePage(isLocale(chosen) ? chosen : localeFromAcceptLanguage(request.headers.get("accept-language")));
}
