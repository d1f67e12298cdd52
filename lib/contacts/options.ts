import { countryOptions, provinceOptions, usStateOptions } from "@/lib/addresses";
import type { AppLocale } from "@/lib/i18n/locales";

/** The selects of the contact form, in the reader's language, Canada and the United States first. */
export function contactFormOptions(locale: AppLocale) {
  const all = countryOptions(locale);
  const first = ["CA", "US"].map((code) => all.find((c) => c.value === code)!).filter(Boolean);
  return {
    countries: [...first, ...all.filter((c) => c.value !== "CA" && c.value !== "US")],
    provinces: provinceOptions(locale),
    states: usStateOptions(locale),
  };
}
