/**
 * Where a Canadian postal code is: its province and the time zone its post offices keep (for the
 * mailing cut-off). Pure: FSA data from lib/addresses, zones from the built-in Intl data.
 */
import { fsaInfo, normalizeCanadianPostalCode } from "@/lib/addresses/postal-codes";
import type { Province } from "./calendar";

const BY_FIRST_LETTER: Readonly<Record<string, Province>> = {
  A: "NL", B: "NS", C: "PE", E: "NB", G: "QC", H: "QC", J: "QC", K: "ON", L: "ON", M: "ON", N: "ON", P: "ON",
  R: "MB", S: "SK", T: "AB", V: "BC", X: "NT", Y: "YT",
};
const NUNAVUT_FSAS = new Set(["X0A", "X0B", "X0C"]);

/**
 * The province or territory of a Canadian postal code (or FSA): the FSA table's, else the first
 * letter's (X is NT except Nunavut's X0A, X0B, X0C). Null when it is not a Canadian postal code.
 */
export function postalCodeProvince(postalCode: string): Province | null {
  const info = fsaInfo(postalCode);
  if (info) return info.province;
  const trimmed = postalCode.trim().toUpperCase();
  const fsa = trimmed.length === 3 && /^[A-Z]\d[A-Z]$/.test(trimmed) ? trimmed : normalizeCanadianPostalCode(trimmed)?.slice(0, 3);
  if (!fsa) return null;
  if (NUNAVUT_FSAS.has(fsa)) return "NU";
  return BY_FIRST_LETTER[fsa[0]!] ?? null;
}

const PROVINCE_ZONE: Readonly<Record<Province, string>> = {
  NL: "America/St_Johns",
  NS: "America/Halifax",
  PE: "America/Halifax",
  NB: "America/Moncton",
  QC: "America/Toronto",
  ON: "America/Toronto",
  MB: "America/Winnipeg",
  SK: "America/Regina",
  AB: "America/Edmonton",
  BC: "America/Vancouver",
  YT: "America/Whitehorse",
  NT: "America/Yellowknife",
  NU: "America/Iqaluit",
};

// Areas that keep another province's or zone's time: Labrador (Atlantic), north-western Ontario
// (Central), the Kootenays and the Peace region of BC (Mountain), the Magdalen Islands (Atlantic),
// Kivalliq and Kitikmeot in Nunavut (Central, Mountain).
const FSA_ZONE: Readonly<Record<string, string>> = {
  A0P: "America/Goose_Bay",
  A0R: "America/Goose_Bay",
  A2V: "America/Goose_Bay",
  P8T: "America/Winnipeg",
  P9A: "America/Winnipeg",
  P9N: "America/Winnipeg",
  P0V: "America/Winnipeg",
  P0W: "America/Winnipeg",
  P0X: "America/Winnipeg",
  V1C: "America/Edmonton",
  V0B: "America/Edmonton",
  V1G: "America/Dawson_Creek",
  V1J: "America/Fort_Nelson",
  V0C: "America/Dawson_Creek",
  G4T: "America/Halifax",
  X0C: "America/Rankin_Inlet",
  X0B: "America/Cambridge_Bay",
};

/** The IANA time zone most of a province or territory keeps (its post offices' usual time). */
export function provinceTimeZone(province: Province): string {
  return PROVINCE_ZONE[province];
}

/** The IANA time zone of a Canadian postal code, or null when it is not one. */
export function postalCodeTimeZone(postalCode: string): string | null {
  const province = postalCodeProvince(postalCode);
  if (!province) return null;
  const fsa = postalCode.trim().toUpperCase().slice(0, 3);
  return FSA_ZONE[fsa] ?? PROVINCE_ZONE[province];
}
