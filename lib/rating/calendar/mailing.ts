/**
 * When an item counts as mailed. Pure: the only clock is the `mailedAt` argument, and the time
 * zone conversion uses the built-in Intl time zone data (no fs, no network).
 */
import { isoDate, type IsoDate } from "./dates";
import { businessDayOnOrAfter, nextBusinessDay, type Provinces } from "./business-days";

export const DEFAULT_CUTOFF = "17:00";

export interface MailingStartInput {
  /** A Date, or an ISO date-time. Without an offset ("2025-04-17T18:30") it is wall-clock time in `timeZone`. */
  mailedAt: Date | string;
  /** IANA time zone of the deposit location, e.g. "America/Toronto". */
  timeZone: string;
  /** Local cut-off "HH:MM" (24 h); an item deposited at or after it counts from the next business day. */
  cutoff?: string;
  province: Provinces;
}

interface WallClock {
  date: IsoDate;
  /** Seconds since local midnight. */
  seconds: number;
}

const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown time zone.
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local calendar date and time of day of an instant in an IANA time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid mailing date");
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const get = (k: string) => parts[k] ?? 0;
  return { date: isoDate(get("year"), get("month"), get("day")), seconds: (get("hour") % 24) * 3600 + get("minute") * 60 + get("second") };
}

function localMailing(mailedAt: Date | string, timeZone: string): WallClock {
  formatter(timeZone); // validate the time zone in every case
  if (mailedAt instanceof Date) return wallClock(mailedAt, timeZone);
  const local = LOCAL_DATE_TIME.exec(mailedAt);
  if (local) {
    const [, y, mo, d, h, mi, s] = local;
    const date = isoDate(Number(y), Number(mo), Number(d));
    if (Number(h) > 23) throw new RangeError(`Invalid time in ${mailedAt}`);
    return { date, seconds: Number(h) * 3600 + Number(mi) * 60 + Number(s ?? 0) };
  }
  if (!OFFSET_DATE_TIME.test(mailedAt)) throw new RangeError(`Not an ISO date-time: ${JSON.stringify(mailedAt)}`);
  return wallClock(new Date(mailedAt), timeZone);
}

/**
 * The first business day on which the item counts as mailed: the local mailing date if it is a
 * business day and the deposit is before the cut-off, else the next business day.
 */
export function mailingStartDate(input: MailingStartInput): IsoDate {
  const cutoff = input.cutoff ?? DEFAULT_CUTOFF;
  const c = CUTOFF.exec(cutoff);
  if (!c) throw new RangeError(`Cut-off must be "HH:MM": ${JSON.stringify(cutoff)}`);
  const cutoffSeconds = Number(c[1]) * 3600 + Number(c[2]) * 60;
  const { date, seconds } = localMailing(input.mailedAt, input.timeZone);
  if (seconds < cutoffSeconds) return businessDayOnOrAfter(date, input.province);
  return nextBusinessDay(date, input.province);
}
