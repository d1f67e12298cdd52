/**
 * Holidays that matter for Canada Post delivery dates, per province or territory. Pure.
 * Every rule, its source and the uncertain points are in SOURCES.md beside this file.
 *
 * Summary (Canada Post "Official holiday schedule", 2023-2026 editions):
 * - national closures: New Year's Day, Good Friday, Easter Monday, Victoria Day (National Patriots'
 *   Day in Quebec), Canada Day, Labour Day, National Day for Truth and Reconciliation (from 2021),
 *   Thanksgiving, Remembrance Day, Christmas Day, Boxing Day;
 * - first Monday of August everywhere except QC and YT (Civic Holiday, Natal Day, New Brunswick
 *   Day, British Columbia Day, Heritage Day, Saskatchewan Day); Discovery Day in YT; Quebec's
 *   National Holiday (June 24) in QC;
 * - territorial statutory days missing from Canada Post's table (uncertain, kept as closures
 *   following the territorial statutory list): National Indigenous Peoples Day (NT, YT), Nunavut
 *   Day (NU);
 * - one-off national closures (2022-09-19, day of the Queen's state funeral) from ONE_OFF;
 * - February holidays (Family Day, Louis Riel Day, Islander Day, Heritage Day NS) are statutory
 *   but Canada Post states that regular collection and delivery occur: listed with
 *   `postalClosure: false`.
 * A closure falling on a Saturday or Sunday, or on a day already taken by another closure, is
 * observed on the next free weekday (Christmas on Sunday -> Monday, Boxing Day -> Tuesday).
 */
import {
  addDays,
  easterSunday,
  isWeekend,
  isoDate,
  nthWeekdayOfMonth,
  toDayNumber,
  weekdayBefore,
  type IsoDate,
} from "./dates";

export const PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;
export type Province = (typeof PROVINCES)[number];

export function isProvince(value: unknown): value is Province {
  return typeof value === "string" && (PROVINCES as readonly string[]).includes(value);
}

export type HolidayKey =
  | "new-years-day"
  | "family-day"
  | "good-friday"
  | "easter-monday"
  | "victoria-day"
  | "national-indigenous-peoples-day"
  | "quebec-national-holiday"
  | "canada-day"
  | "nunavut-day"
  | "civic-holiday"
  | "discovery-day"
  | "labour-day"
  | "truth-and-reconciliation"
  | "thanksgiving"
  | "remembrance-day"
  | "christmas-day"
  | "boxing-day"
  | "one-off";

export interface Holiday {
  key: HolidayKey;
  /** Local name (English), e.g. "Louis Riel Day" for the Manitoba February holiday. */
  name: string;
  nameFr: string;
  /** The calendar date of the holiday. */
  actualDate: IsoDate;
  /** The weekday on which it is observed (equal to actualDate unless moved off a weekend). */
  date: IsoDate;
  /** True when Canada Post is closed (no collection or delivery) on `date`. */
  postalClosure: boolean;
}

interface Rule {
  key: HolidayKey;
  name: string;
  nameFr: string;
  date: (year: number) => IsoDate;
  /** First year the rule applies (inclusive). */
  from?: number;
  postalClosure: boolean;
}

const MON = 1;
const FRI = 5;

const fixed = (month: number, day: number) => (year: number) => isoDate(year, month, day);
const nthMonday = (month: number, n: number) => (year: number) => nthWeekdayOfMonth(year, month, MON, n);

const NEW_YEAR: Rule = { key: "new-years-day", name: "New Year's Day", nameFr: "Jour de l'An", date: fixed(1, 1), postalClosure: true };
const GOOD_FRIDAY: Rule = {
  key: "good-friday",
  name: "Good Friday",
  nameFr: "Vendredi saint",
  date: (y) => weekdayBefore(easterSunday(y), FRI),
  postalClosure: true,
};
const EASTER_MONDAY: Rule = {
  key: "easter-monday",
  name: "Easter Monday",
  nameFr: "Lundi de Pâques",
  date: (y) => addDays(easterSunday(y), 1),
  postalClosure: true,
};
/** The Monday before May 25. */
const victoriaDate = (y: number) => weekdayBefore(isoDate(y, 5, 25), MON);
const VICTORIA: Rule = { key: "victoria-day", name: "Victoria Day", nameFr: "Fête de la Reine", date: victoriaDate, postalClosure: true };
const PATRIOTS: Rule = {
  key: "victoria-day",
  name: "National Patriots' Day",
  nameFr: "Journée nationale des patriotes",
  date: victoriaDate,
  postalClosure: true,
};
const CANADA_DAY: Rule = { key: "canada-day", name: "Canada Day", nameFr: "Fête du Canada", date: fixed(7, 1), postalClosure: true };
const LABOUR: Rule = { key: "labour-day", name: "Labour Day", nameFr: "Fête du Travail", date: nthMonday(9, 1), postalClosure: true };
const TRUTH: Rule = {
  key: "truth-and-reconciliation",
  name: "National Day for Truth and Reconciliation",
  nameFr: "Journée nationale de la vérité et de la réconciliation",
  date: fixed(9, 30),
  from: 2021,
  postalClosure: true,
};
const THANKSGIVING: Rule = { key: "thanksgiving", name: "Thanksgiving", nameFr: "Action de grâce", date: nthMonday(10, 2), postalClosure: true };
const REMEMBRANCE: Rule = { key: "remembrance-day", name: "Remembrance Day", nameFr: "Jour du Souvenir", date: fixed(11, 11), postalClosure: true };
const CHRISTMAS: Rule = { key: "christmas-day", name: "Christmas Day", nameFr: "Noël", date: fixed(12, 25), postalClosure: true };
const BOXING: Rule = { key: "boxing-day", name: "Boxing Day", nameFr: "Lendemain de Noël", date: fixed(12, 26), postalClosure: true };

const NATIONAL: readonly Rule[] = [NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, CANADA_DAY, LABOUR, TRUTH, THANKSGIVING, REMEMBRANCE, CHRISTMAS, BOXING];

const august = (name: string, nameFr: string): Rule => ({ key: "civic-holiday", name, nameFr, date: nthMonday(8, 1), postalClosure: true });
const CIVIC = august("Civic Holiday", "Congé civique");

/** February holidays: statutory, but Canada Post delivers (postalClosure: false). */
const february = (name: string, nameFr: string, from: number, date: (year: number) => IsoDate = nthMonday(2, 3)): Rule => ({
  key: "family-day",
  name,
  nameFr,
  date,
  from,
  postalClosure: false,
});

const NIPD: Rule = {
  key: "national-indigenous-peoples-day",
  name: "National Indigenous Peoples Day",
  nameFr: "Journée nationale des peuples autochtones",
  date: fixed(6, 21),
  postalClosure: true,
};

/** Holidays added to NATIONAL (and VICTORIA, except in Quebec) per province or territory. */
const PROVINCIAL: Record<Province, readonly Rule[]> = {
  AB: [february("Family Day", "Fête de la famille", 1990), august("Heritage Day", "Jour du patrimoine")],
  BC: [
    february("Family Day", "Fête de la famille", 2013, (y) => nthWeekdayOfMonth(y, 2, MON, y < 2019 ? 2 : 3)),
    august("British Columbia Day", "Jour de la Colombie-Britannique"),
  ],
  MB: [february("Louis Riel Day", "Journée Louis Riel", 2008), CIVIC],
  NB: [february("Family Day", "Fête de la famille", 2018), august("New Brunswick Day", "Fête du Nouveau-Brunswick")],
  NL: [CIVIC],
  NS: [february("Heritage Day", "Jour du patrimoine", 2015), august("Natal Day", "Jour de la fondation")],
  NT: [{ ...NIPD, from: 2001 }, CIVIC],
  NU: [{ key: "nunavut-day", name: "Nunavut Day", nameFr: "Jour du Nunavut", date: fixed(7, 9), from: 2001, postalClosure: true }, CIVIC],
  ON: [february("Family Day", "Fête de la famille", 2008), CIVIC],
  PE: [february("Islander Day", "Fête des Insulaires", 2009), august("Natal Day", "Jour de la fondation")],
  QC: [
    {
      key: "quebec-national-holiday",
      name: "Quebec's National Holiday (Saint-Jean-Baptiste)",
      nameFr: "Fête nationale du Québec",
      date: fixed(6, 24),
      postalClosure: true,
    },
  ],
  SK: [february("Family Day", "Fête de la famille", 2007), august("Saskatchewan Day", "Fête de la Saskatchewan")],
  YT: [
    { ...NIPD, from: 2017 },
    { key: "discovery-day", name: "Discovery Day", nameFr: "Jour de la Découverte", date: nthMonday(8, 3), postalClosure: true },
  ],
};

/**
 * One-time national closures declared by Canada Post (not computable from a rule). Add future ones
 * here (dates are observed weekdays).
 */
const ONE_OFF: readonly Rule[] = [
  {
    key: "one-off",
    name: "National Day of Mourning (state funeral of Queen Elizabeth II)",
    nameFr: "Jour de deuil national (funérailles d'État de la reine Elizabeth II)",
    date: () => "2022-09-19",
    postalClosure: true,
  },
];

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

const cache = new Map<string, readonly Holiday[]>();
const closureCache = new Map<string, ReadonlySet<IsoDate>>();

/**
 * The holidays of one year in one province or territory, sorted by observed date. Includes
 * statutory days on which Canada Post still delivers (`postalClosure: false`); business-day
 * arithmetic only uses the closures. The result is frozen and cached.
 */
export function statutoryHolidays(year: number, province: Province): readonly Holiday[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year out of range ${MIN_YEAR}-${MAX_YEAR}: ${year}`);
  }
  if (!isProvince(province)) throw new RangeError(`Unknown province or territory: ${String(province)}`);
  const cacheKey = `${year}-${province}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  const oneOff = ONE_OFF.filter((r) => r.date(year).startsWith(`${year}-`));
  const rules = [...NATIONAL, province === "QC" ? PATRIOTS : VICTORIA, ...PROVINCIAL[province], ...oneOff].filter(
    (r) => r.from === undefined || year >= r.from,
  );
  const dated = rules
    .map((r) => ({ rule: r, actualDate: r.date(year) }))
    .sort((a, b) => toDayNumber(a.actualDate) - toDayNumber(b.actualDate));

  const taken = new Set<IsoDate>();
  const holidays: Holiday[] = dated.map(({ rule, actualDate }) => {
    let date = actualDate;
    if (rule.postalClosure) {
      // Weekend closures move to the next weekday not already taken by another closure.
      while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
      taken.add(date);
    }
    return Object.freeze({ key: rule.key, name: rule.name, nameFr: rule.nameFr, actualDate, date, postalClosure: rule.postalClosure });
  });
  holidays.sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  const result = Object.freeze(holidays);
  cache.set(cacheKey, result);
  return result;
}

/** The Canada Post closures (observed dates) of one year in one province or territory. */
export function postalClosureDates(year: number, province: Province): ReadonlySet<IsoDate> {
  const key = `closures-${year}-${province}`;
  const cached = closureCache.get(key);
  if (cached) return cached;
  const set = new Set(statutoryHolidays(year, province).filter((h) => h.postalClosure).map((h) => h.date));
  closureCache.set(key, set);
  return set;
}
