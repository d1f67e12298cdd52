/**
 * Where and when the reference carrier's tracking events happen: SAMPLE DATA of processing plants
 * and exchange offices, the place labels carriers print ("MONTREAL, QC") and local wall-clock
 * times turned into instants. Pure: time zones from the built-in Intl data.
 */
import { addDays, isProvince, parseIsoDate, wallClock, type IsoDate, type Province } from "@/lib/rating/calendar";
import { postalCodeProvince, postalCodeTimeZone, provinceTimeZone } from "@/lib/rating/places";

/** Each province's main mail processing plant, for items mailed in places without one. */
const MAIN_PLANT: Readonly<Record<Province, string>> = {
  NL: "ST. JOHN'S", NS: "HALIFAX", PE: "CHARLOTTETOWN", NB: "MONCTON", QC: "MONTREAL", ON: "MISSISSAUGA",
  MB: "WINNIPEG", SK: "SASKATOON", AB: "CALGARY", BC: "RICHMOND", YT: "WHITEHORSE", NT: "YELLOWKNIFE", NU: "IQALUIT",
};

/** Cities with a processing plant of their own. */
const PLANT_CITIES = new Set([
  "TORONTO", "MISSISSAUGA", "OTTAWA", "HAMILTON", "LONDON", "WINDSOR", "KITCHENER", "SUDBURY", "THUNDER BAY",
  "MONTREAL", "LAVAL", "QUEBEC", "GATINEAU", "SHERBROOKE", "VANCOUVER", "RICHMOND", "VICTORIA", "KELOWNA",
  "CALGARY", "EDMONTON", "WINNIPEG", "REGINA", "SASKATOON", "HALIFAX", "MONCTON", "SAINT JOHN", "FREDERICTON",
  "ST. JOHN'S", "CHARLOTTETOWN", "WHITEHORSE", "YELLOWKNIFE", "IQALUIT",
]);

/** Upper case without accents, as carriers print places. */
export function printed(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").trim().toUpperCase();
}

export function placeLabel(city: string, province: string): string {
  return `${printed(city)}, ${province.trim().toUpperCase()}`;
}

/** The province of a Canadian place: the given one if valid, else the postal code's, else Ontario. */
export function provinceOf(province: string | null, postalCode: string | null): Province {
  const p = province?.trim().toUpperCase();
  if (p && isProvince(p)) return p;
  return (postalCode && postalCodeProvince(postalCode)) || "ON";
}

export function canadianTimeZone(province: Province, postalCode: string | null): string {
  return (postalCode && postalCodeTimeZone(postalCode)) || provinceTimeZone(province);
}

/** The plant that sorts a place's mail: its own city's, or the province's main plant. */
export function facilityPlace(city: string, province: Province): string {
  const c = printed(city);
  return placeLabel(PLANT_CITIES.has(c) ? c : MAIN_PLANT[province], province);
}

/** The international exchange office items leave Canada through. */
export function exchangeOffice(province: Province): { place: string; timeZone: string } {
  if (province === "BC" || province === "AB" || province === "YT" || province === "NT") return { place: "RICHMOND, BC", timeZone: "America/Vancouver" };
  if (province === "QC" || province === "NB" || province === "NS" || province === "PE" || province === "NL") {
    return { place: "MONTREAL, QC", timeZone: "America/Toronto" };
  }
  return { place: "MISSISSAUGA, ON", timeZone: "America/Toronto" };
}

const US_ZONES: ReadonlyArray<[string, string]> = [
  ["WA OR CA NV", "America/Los_Angeles"],
  ["AZ", "America/Phoenix"],
  ["MT ID WY UT CO NM", "America/Denver"],
  ["ND SD NE KS OK TX MN IA MO AR LA WI IL MS AL TN", "America/Chicago"],
  ["AK", "America/Anchorage"],
  ["HI", "Pacific/Honolulu"],
  ["PR VI", "America/Puerto_Rico"],
  ["GU MP", "Pacific/Guam"],
];

/** For countries spanning several zones: the zone of the main population centre. */
const COUNTRY_ZONE: Readonly<Record<string, string>> = {
  AU: "Australia/Sydney", BR: "America/Sao_Paulo", RU: "Europe/Moscow", MX: "America/Mexico_City", PT: "Europe/Lisbon",
  ES: "Europe/Madrid", AR: "America/Argentina/Buenos_Aires", CL: "America/Santiago", KZ: "Asia/Almaty", GL: "America/Nuuk",
  MN: "Asia/Ulaanbaatar", PG: "Pacific/Port_Moresby",
};

/** A plausible time zone for a destination abroad (a US state's, else the country's main one, else UTC). */
export function foreignTimeZone(country: string, state: string | null): string {
  const c = country.trim().toUpperCase();
  if (c === "US") {
    const s = state?.trim().toUpperCase() ?? "";
    return US_ZONES.find(([states]) => s && states.split(" ").includes(s))?.[1] ?? "America/New_York";
  }
  if (COUNTRY_ZONE[c]) return COUNTRY_ZONE[c];
  try {
    const locale = new Intl.Locale(`und-${c}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
    return (locale.getTimeZones?.() ?? locale.timeZones)?.[0] ?? "UTC";
  } catch {
    return "UTC";
  }
}

function localMs(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const { year, month, day } = parseIsoDate(w.date);
  return Date.UTC(year, month - 1, day) + w.seconds * 1000;
}

/** Zone offsets (local minus UTC, in ms) at local noon, by zone and date: Intl is slow. */
const noonOffsets = new Map<string, number>();

function noonOffset(date: IsoDate, timeZone: string): number {
  const key = `${timeZone} ${date}`;
  let offset = noonOffsets.get(key);
  if (offset === undefined) {
    const { year, month, day } = parseIsoDate(date);
    const noon = Date.UTC(year, month - 1, day, 12);
    const guess = localMs(noon, timeZone) - noon;
    offset = localMs(noon - guess, timeZone) - (noon - guess);
    noonOffsets.set(key, offset);
  }
  return offset;
}

/** The instant of a local wall-clock time (`minutes` after local midnight) on a date in a zone. */
export function localInstant(date: IsoDate, minutes: number, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const wanted = Date.UTC(year, month - 1, day, 0, minutes);
  const offset = noonOffset(date, timeZone);
  const neighbour = noonOffset(addDays(date, minutes < 720 ? -1 : 1), timeZone);
  if (neighbour === offset) return new Date(wanted - offset);
  // A daylight saving change between this noon and the neighbouring one: correct once.
  const t = wanted - offset;
  return new Date(t + wanted - localMs(t, timeZone));
}

/** The local calendar date of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  return wallClock(instant, timeZone).date;
}
