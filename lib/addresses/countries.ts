import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import { optionsPerLocale, type AddressLocale, type Option } from "./locale";

// Country names come from the i18n-iso-countries package (ISO 3166-1 alpha-2, plus XK for Kosovo).
// Where it lists several English names, the first is the official one; for these countries a
// shorter alias from the same list is what people look for in a select ("China", not "People's
// Republic of China", sorted under C).
const COMMON_ENGLISH_NAMES: Record<string, string> = {
  CN: "China",
  CI: "Côte d'Ivoire",
  CZ: "Czechia",
  IR: "Iran",
  MK: "North Macedonia",
  PS: "Palestine",
  RU: "Russia",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
};

type Names = Record<string, string | string[]>;

function pick(code: string, names: string | string[], preferred?: string): string {
  if (typeof names === "string") return names;
  return preferred && names.includes(preferred) ? preferred : (names[0] ?? code);
}

const NAMES: Record<AddressLocale, Map<string, string>> = {
  en: new Map(Object.entries(en.countries as Names).map(([code, names]) => [code, pick(code, names, COMMON_ENGLISH_NAMES[code])])),
  fr: new Map(Object.entries(fr.countries as Names).map(([code, names]) => [code, pick(code, names)])),
};

/** Every country code we know, upper case (ISO 3166-1 alpha-2). */
export const COUNTRY_CODES: readonly string[] = [...NAMES.en.keys()].sort();

export function isCountryCode(code: string): boolean {
  return NAMES.en.has(code);
}

/** The name of a country in one language, or null when the code is not an ISO alpha-2 code. */
export function countryName(code: string, locale: AddressLocale): string | null {
  return NAMES[locale].get(code.trim().toUpperCase()) ?? null;
}

/** Every country for a select, sorted by name in that language ("États-Unis" among the E's in French). */
export const countryOptions: (locale: AddressLocale) => readonly Option[] = optionsPerLocale((locale) => COUNTRY_CODES.map((code) => ({ value: code, label: NAMES[locale].get(code) ?? code })));
