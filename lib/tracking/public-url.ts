import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/locales";

/** The public tracking page of a number, in a language (what emails and shops link to). */
export function publicTrackingUrl(trackingNumber: string, locale: AppLocale): string {
  const url = new URL(`/track/${encodeURIComponent(trackingNumber)}`, env().APP_URL);
  if (locale === "fr") url.searchParams.set("lang", "fr");
  return url.toString();
}
