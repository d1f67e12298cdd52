/**
 * The calendar weeks the overview's charts show: ISO weeks (Monday to Sunday) in the time zone the
 * business's days are counted in. Pure.
 */
import { addDays, dayOfWeek, type IsoDate } from "@/lib/rating/calendar/dates";
import { wallClock } from "@/lib/rating/calendar/mailing";

/**
 * Envoi keeps no time zone per business: its days are Canada Post's Eastern days, as in the
 * shipments history's date filter.
 */
export const OVERVIEW_TIME_ZONE = "America/Toronto";

/** Today's date where the business's days are counted. */
export function localToday(now: Date, timeZone = OVERVIEW_TIME_ZONE): IsoDate {
  return wallClock(now, timeZone).date;
}

/** The Monday that starts the ISO week of `date`. */
export function isoWeekStart(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The first days of the last `count` weeks, oldest first; the last one is this week. */
export function lastWeekStarts(now: Date, count: number, timeZone = OVERVIEW_TIME_ZONE): IsoDate[] {
  const thisWeek = isoWeekStart(localToday(now, timeZone));
  return Array.from({ length: count }, (_, i) => addDays(thisWeek, -7 * (count - 1 - i)));
}
