/**
 * Canada Post business days: Monday to Friday, except postal closures (see holidays.ts). Pure.
 * `province` may be one province/territory or several (for example origin and destination): a
 * day is then a business day only if it is one in every listed province.
 */
import { addDays, isWeekend, parseIsoDate, type IsoDate } from "./dates";
import { postalClosureDates, type Province } from "./holidays";

export type Provinces = Province | readonly Province[];

function list(province: Provinces): readonly Province[] {
  return typeof province === "string" ? [province] : province;
}

export function isBusinessDay(date: IsoDate, province: Provinces): boolean {
  const { year } = parseIsoDate(date);
  if (isWeekend(date)) return false;
  return list(province).every((p) => !postalClosureDates(year, p).has(date));
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate, province: Provinces): IsoDate {
  let d = addDays(date, 1);
  while (!isBusinessDay(d, province)) d = addDays(d, 1);
  return d;
}

/** `date` itself if it is a business day, else the next one. */
export function businessDayOnOrAfter(date: IsoDate, province: Provinces): IsoDate {
  return isBusinessDay(date, province) ? date : nextBusinessDay(date, province);
}

/**
 * The date `n` business days after `date` (n >= 0, an integer). Business days are counted from
 * the day after `date`, so for n >= 1 the result is always a business day strictly after `date`;
 * n = 0 returns `date` unchanged.
 */
export function addBusinessDays(date: IsoDate, n: number, province: Provinces): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Business days must be a non-negative integer: ${n}`);
  parseIsoDate(date);
  let d = date;
  for (let i = 0; i < n; i++) d = nextBusinessDay(d, province);
  return d;
}

/**
 * Expected delivery date for a delivery standard of `businessDays`, counted from the business day
 * after `start` (the mailing start date from mailingStartDate()).
 */
export function expectedDeliveryDate(start: IsoDate, businessDays: number, province: Provinces): IsoDate {
  return addBusinessDays(start, businessDays, province);
}
