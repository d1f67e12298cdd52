import type { AppLocale } from "./locales";

const TAGS: Record<AppLocale, string> = { en: "en-CA", fr: "fr-CA" };

/** Money is integer cents everywhere; this is the one place it becomes text. */
export function formatMoney(cents: number, locale: AppLocale): string {
  return new Intl.NumberFormat(TAGS[locale], { style: "currency", currency: "CAD" }).format(cents / 100);
}

export function formatNumber(value: number, locale: AppLocale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(TAGS[locale], options).format(value);
}

export function formatDate(date: Date, locale: AppLocale, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  return new Intl.DateTimeFormat(TAGS[locale], { timeZone: "America/Toronto", ...options }).format(date);
}
