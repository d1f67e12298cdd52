import { foldName, optionsPerLocale, type AddressLocale, type Option } from "./locale";
import { US_STATES } from "./us-states";

/** Canada's 10 provinces and 3 territories, with their official names in both languages. */
export const PROVINCES = [
  { code: "AB", kind: "province", en: "Alberta", fr: "Alberta" },
  { code: "BC", kind: "province", en: "British Columbia", fr: "Colombie-Britannique" },
  { code: "MB", kind: "province", en: "Manitoba", fr: "Manitoba" },
  { code: "NB", kind: "province", en: "New Brunswick", fr: "Nouveau-Brunswick" },
  { code: "NL", kind: "province", en: "Newfoundland and Labrador", fr: "Terre-Neuve-et-Labrador" },
  { code: "NS", kind: "province", en: "Nova Scotia", fr: "Nouvelle-Écosse" },
  { code: "NT", kind: "territory", en: "Northwest Territories", fr: "Territoires du Nord-Ouest" },
  { code: "NU", kind: "territory", en: "Nunavut", fr: "Nunavut" },
  { code: "ON", kind: "province", en: "Ontario", fr: "Ontario" },
  { code: "PE", kind: "province", en: "Prince Edward Island", fr: "Île-du-Prince-Édouard" },
  { code: "QC", kind: "province", en: "Quebec", fr: "Québec" },
  { code: "SK", kind: "province", en: "Saskatchewan", fr: "Saskatchewan" },
  { code: "YT", kind: "territory", en: "Yukon", fr: "Yukon" },
] as const;

export type ProvinceCode = (typeof PROVINCES)[number]["code"];

const PROVINCE_BY_CODE = new Map<string, (typeof PROVINCES)[number]>(PROVINCES.map((p) => [p.code, p]));

export function isProvinceCode(code: string): code is ProvinceCode {
  return PROVINCE_BY_CODE.has(code);
}

/**
 * The name of a Canadian province or territory, or of a US state, district, territory or military
 * code (the codes do not overlap), in one language; null for any other code.
 */
export function provinceName(code: string, locale: AddressLocale): string | null {
  const upper = code.trim().toUpperCase();
  const entry = PROVINCE_BY_CODE.get(upper) ?? US_STATES.find((s) => s.code === upper);
  return entry ? entry[locale] : null;
}

/** The 13 provinces and territories for a select, sorted by name in that language. */
export const provinceOptions: (locale: AddressLocale) => readonly Option[] = optionsPerLocale((locale) => PROVINCES.map((p) => ({ value: p.code, label: p[locale] })));

const PROVINCE_BY_NAME = new Map<string, ProvinceCode>(
  PROVINCES.flatMap((p) => [
    [foldName(p.en), p.code],
    [foldName(p.fr), p.code],
  ]),
);
// Short forms people type and CSV exports use.
for (const [alias, code] of [
  ["PQ", "QC"],
  ["Que", "QC"],
  ["Ont", "ON"],
  ["Alta", "AB"],
  ["Sask", "SK"],
  ["Nfld", "NL"],
  ["Newfoundland", "NL"],
  ["PEI", "PE"],
  ["NWT", "NT"],
  ["Yukon Territory", "YT"],
] as const) {
  PROVINCE_BY_NAME.set(foldName(alias), code);
}

/** The code of a province or territory typed as a code or a name in either language ("Québec" -> QC). */
export function provinceCodeFrom(text: string): ProvinceCode | null {
  const upper = text.trim().toUpperCase();
  if (isProvinceCode(upper)) return upper;
  return PROVINCE_BY_NAME.get(foldName(text)) ?? null;
}
