import { getLocale } from "next-intl/server";
import { isLocale, type AppLocale } from "./locales";

/** The current request's language, or `fallback` outside a request (jobs, tests). */
export async function requestLocaleOr(fallback: AppLocale): Promise<AppLocale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : fallback;
  } catch {
    return fallback;
  }
}
