import { gramsToDisplay, type UnitSystem } from "@/lib/rating/measures";
import type { AppLocale } from "./locales";

const TAGS: Record<AppLocale, string> = { en: "en-CA", fr: "fr-CA" };

// Intl formatters are costly to make (a page lists hundreds of amounts): one per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** Money is integer cents everywhere; this is the one place it becomes text. */
export function formatMoney(cents: number, locale: AppLocale): string {
  return cached(`money:${locale}`, () => new Intl.NumberFormat(TAGS[locale], { style: "currency", currency: "CAD" })).format(cents / 100);
}

export function formatNumber(value: number, locale: AppLocale, options?: Intl.NumberFormatOptions): string {
  return cached(`number:${locale}:${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(TAGS[locale], options)).format(value);
}

export function formatDate(date: Date, locale: AppLocale, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  return cached(`date:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(TAGS[locale], { timeZone: "America/Toronto", ...options })).format(date);
}

/** A weight in the member's units: "1.2 kg" or "2.65 lb", numbers in the reader's language. */
export function formatWeight(grams: number, units: UnitSystem, locale: AppLocale): string {
  return `${formatNumber(gramsToDisplay(grams, units), locale, { maximumFractionDigits: 3 })} ${units === "METRIC" ? "kg" : "lb"}`;
}
