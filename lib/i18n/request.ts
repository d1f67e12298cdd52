import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { requestSession } from "@/lib/auth/session";
import { MESSAGES } from "./messages";
import { PAGE_FORMATS, PAGE_TIME_ZONE } from "./page-config";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type AppLocale } from "./locales";

/**
 * The language of a request: the language chosen in this browser (cookie), else the signed-in
 * user's saved language, else the browser's Accept-Language, else English.
 */
export async function resolveLocale(): Promise<AppLocale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const session = await requestSession();
  if (isLocale(session?.user?.locale)) return session.user.locale;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: PAGE_TIME_ZONE,
    formats: PAGE_FORMATS,
  };
});
