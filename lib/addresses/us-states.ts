import { foldName, optionsPerLocale, type AddressLocale, type Option } from "./locale";

/**
 * The US Postal Service's state codes: the 50 states, the District of Columbia, the inhabited
 * territories, the freely associated states that USPS serves (FM, MH, PW: Canada Post's USA price
 * zones list them too) and the three armed forces codes.
 */
export const US_STATES = [
  { code: "AL", kind: "state", en: "Alabama", fr: "Alabama" },
  { code: "AK", kind: "state", en: "Alaska", fr: "Alaska" },
  { code: "AZ", kind: "state", en: "Arizona", fr: "Arizona" },
  { code: "AR", kind: "state", en: "Arkansas", fr: "Arkansas" },
  { code: "CA", kind: "state", en: "California", fr: "Californie" },
  { code: "CO", kind: "state", en: "Colorado", fr: "Colorado" },
  { code: "CT", kind: "state", en: "Connecticut", fr: "Connecticut" },
  { code: "DE", kind: "state", en: "Delaware", fr: "Delaware" },
  { code: "FL", kind: "state", en: "Florida", fr: "Floride" },
  { code: "GA", kind: "state", en: "Georgia", fr: "Géorgie" },
  { code: "HI", kind: "state", en: "Hawaii", fr: "Hawaï" },
  { code: "ID", kind: "state", en: "Idaho", fr: "Idaho" },
  { code: "IL", kind: "state", en: "Illinois", fr: "Illinois" },
  { code: "IN", kind: "state", en: "Indiana", fr: "Indiana" },
  { code: "IA", kind: "state", en: "Iowa", fr: "Iowa" },
  { code: "KS", kind: "state", en: "Kansas", fr: "Kansas" },
  { code: "KY", kind: "state", en: "Kentucky", fr: "Kentucky" },
  { code: "LA", kind: "state", en: "Louisiana", fr: "Louisiane" },
  { code: "ME", kind: "state", en: "Maine", fr: "Maine" },
  { code: "MD", kind: "state", en: "Maryland", fr: "Maryland" },
  { code: "MA", kind: "state", en: "Massachusetts", fr: "Massachusetts" },
  { code: "MI", kind: "state", en: "Michigan", fr: "Michigan" },
  { code: "MN", kind: "state", en: "Minnesota", fr: "Minnesota" },
  { code: "MS", kind: "state", en: "Mississippi", fr: "Mississippi" },
  { code: "MO", kind: "state", en: "Missouri", fr: "Missouri" },
  { code: "MT", kind: "state", en: "Montana", fr: "Montana" },
  { code: "NE", kind: "state", en: "Nebraska", fr: "Nebraska" },
  { code: "NV", kind: "state", en: "Nevada", fr: "Nevada" },
  { code: "NH", kind: "state", en: "New Hampshire", fr: "New Hampshire" },
  { code: "NJ", kind: "state", en: "New Jersey", fr: "New Jersey" },
  { code: "NM", kind: "state", en: "New Mexico", fr: "Nouveau-Mexique" },
  { code: "NY", kind: "state", en: "New York", fr: "New York" },
  { code: "NC", kind: "state", en: "North Carolina", fr: "Caroline du Nord" },
  { code: "ND", kind: "state", en: "North Dakota", fr: "Dakota du Nord" },
  { code: "OH", kind: "state", en: "Ohio", fr: "Ohio" },
  { code: "OK", kind: "state", en: "Oklahoma", fr: "Oklahoma" },
  { code: "OR", kind: "state", en: "Oregon", fr: "Oregon" },
  { code: "PA", kind: "state", en: "Pennsylvania", fr: "Pennsylvanie" },
  { code: "RI", kind: "state", en: "Rhode Island", fr: "Rhode Island" },
  { code: "SC", kind: "state", en: "South Carolina", fr: "Caroline du Sud" },
  { code: "SD", kind: "state", en: "South Dakota", fr: "Dakota du Sud" },
  { code: "TN", kind: "state", en: "Tennessee", fr: "Tennessee" },
  { code: "TX", kind: "state", en: "Texas", fr: "Texas" },
  { code: "UT", kind: "state", en: "Utah", fr: "Utah" },
  { code: "VT", kind: "state", en: "Vermont", fr: "Vermont" },
  { code: "VA", kind: "state", en: "Virginia", fr: "Virginie" },
  { code: "WA", kind: "state", en: "Washington", fr: "Washington" },
  { code: "WV", kind: "state", en: "West Virginia", fr: "Virginie-Occidentale" },
  { code: "WI", kind: "state", en: "Wisconsin", fr: "Wisconsin" },
  { code: "WY", kind: "state", en: "Wyoming", fr: "Wyoming" },
  { code: "DC", kind: "district", en: "District of Columbia", fr: "District de Columbia" },
  { code: "AS", kind: "territory", en: "American Samoa", fr: "Samoa américaines" },
  { code: "GU", kind: "territory", en: "Guam", fr: "Guam" },
  { code: "MP", kind: "territory", en: "Northern Mariana Islands", fr: "Îles Mariannes du Nord" },
  { code: "PR", kind: "territory", en: "Puerto Rico", fr: "Porto Rico" },
  { code: "VI", kind: "territory", en: "U.S. Virgin Islands", fr: "Îles Vierges des États-Unis" },
  { code: "FM", kind: "freelyAssociated", en: "Federated States of Micronesia", fr: "États fédérés de Micronésie" },
  { code: "MH", kind: "freelyAssociated", en: "Marshall Islands", fr: "Îles Marshall" },
  { code: "PW", kind: "freelyAssociated", en: "Palau", fr: "Palaos" },
  { code: "AA", kind: "military", en: "Armed Forces Americas", fr: "Forces armées (Amériques)" },
  { code: "AE", kind: "military", en: "Armed Forces Europe, Middle East, Africa and Canada", fr: "Forces armées (Europe, Moyen-Orient, Afrique et Canada)" },
  { code: "AP", kind: "military", en: "Armed Forces Pacific", fr: "Forces armées (Pacifique)" },
] as const;

export type UsStateCode = (typeof US_STATES)[number]["code"];

const STATE_CODES = new Set<string>(US_STATES.map((s) => s.code));
const STATE_BY_NAME = new Map<string, UsStateCode>(
  US_STATES.flatMap((s) => [
    [foldName(s.en), s.code],
    [foldName(s.fr), s.code],
  ]),
);

export function isUsStateCode(code: string): code is UsStateCode {
  return STATE_CODES.has(code);
}

/** The code of a US state typed as a code or a name in either language ("Californie" -> CA). */
export function usStateCodeFrom(text: string): UsStateCode | null {
  const upper = text.trim().toUpperCase();
  if (isUsStateCode(upper)) return upper;
  return STATE_BY_NAME.get(foldName(text)) ?? null;
}

/** The states, district, territories and military codes for a select, sorted by name in that language. */
export const usStateOptions: (locale: AddressLocale) => readonly Option[] = optionsPerLocale((locale) => US_STATES.map((s) => ({ value: s.code, label: s[locale] })));
