/**
 * The business's local day and time of day, for end-of-day manifests: the day a manifest is dated,
 * when a location's scheduled close time has passed, the days a carrier's manifests are listed for.
 * Businesses have no time zone setting: their day is Eastern time, the day of Canada Post's systems.
 * Pure (Intl's time zone data), the one place this is computed.
 */
import { wallClock } from "@/lib/rating/calendar/mailing";

export const BUSINESS_TIME_ZONE = "America/Toronto";

/** The business's day at `now`, YYYY-MM-DD. */
export function localDay(now: Date): string {
  return wallClock(now, BUSINESS_TIME_ZONE).date;
}

/** The business's time of day at `now`, "HH:MM" (24 h). */
export function localTime(now: Date): string {
  const minutes = Math.floor(wallClock(now, BUSINESS_TIME_ZONE).seconds / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
