/**
 * Canada Post's rules for a one-off pickup (on-demand, at a business address). Pure: the clock is
 * the `now` argument, turned into the address's local date and time. Like rating problems, each
 * problem's `code` is a key under `pickups.problems` in messages/pickups.*.json; dates in `values`
 * are "YYYY-MM-DD" and times local "HH:MM", to format for the user's language before display.
 */
import { normalizeCanadianPostalCode } from "@/lib/addresses/postal-codes";
import { PICKUP_FORM_LIMITS } from "@/lib/forms/limits";
import { addBusinessDays, isBusinessDay, isProvince, parseIsoDate, wallClock, type Province } from "@/lib/rating/calendar";
import { postalCodeProvince, postalCodeTimeZone, provinceTimeZone } from "@/lib/rating/places";
import { taxLines } from "@/lib/rating/taxes";
import type { PickupAvailability, PickupFeeSchedule, PickupPrice, PickupProblem, PickupProblemCode, PickupRequest } from "./types";

export type { PickupProblem, PickupProblemCode } from "./types";

export const PICKUP_LIMITS = {
  maxBusinessDaysAhead: 5,
  earliestReady: "12:00",
  latestReady: "16:00",
  minLeadMinutes: 60,
  minWindowMinutes: 60,
  instructionsMax: PICKUP_FORM_LIMITS.instructions,
  heavyKg: 23,
  maxParcels: 500,
  maxWeightKg: 10000,
} as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Minutes since midnight of "HH:MM", or null. */
export function timeMinutes(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function isIsoDate(date: string): boolean {
  try {
    parseIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

/** Where the rules are judged: the address's province (its holidays) and time zone. */
function place(postalCode: string, fallbackProvince: string, availability: PickupAvailability | null) {
  const province: Province | null = postalCodeProvince(postalCode) ?? (isProvince(fallbackProvince) ? fallbackProvince : null);
  const timeZone = availability?.timeZone ?? postalCodeTimeZone(postalCode) ?? provinceTimeZone(province ?? "ON");
  // Without a province, only weekends are known to be closed.
  return { provinces: province ? [province] : [], timeZone };
}

/** North American phone numbers: 10 digits, with an optional leading 1 and extension. */
function phoneDigits(phone: string): string {
  const digits = phone.replace(/\s*(?:x|ext\.?|poste)\s*\d+\s*$/i, "").replace(/\D/g, "");
  return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
}

/** Every rule the request breaks, at once; never throws. `availability` null: the carrier's answer is not known yet. */
export function checkPickup(request: PickupRequest, context: { now: Date; availability: PickupAvailability | null }): PickupProblem[] {
  const out: PickupProblem[] = [];
  const add = (field: PickupProblem["field"], code: PickupProblemCode, values?: PickupProblem["values"]) =>
    out.push(values ? { field, code, values } : { field, code });
  const { availability } = context;
  const L = PICKUP_LIMITS;

  const postalCode = request.address.postalCode;
  if (!normalizeCanadianPostalCode(postalCode) || !postalCodeProvince(postalCode)) add("postalCode", "postalCodeInvalid");
  else if (availability && !availability.available) add("postalCode", "pickupNotAvailable");

  const { provinces, timeZone } = place(postalCode, request.address.province, availability);
  const local = wallClock(context.now, timeZone);
  const nowMinutes = Math.ceil(local.seconds / 60);
  const sameDay = request.date === local.date;

  if (!isIsoDate(request.date)) add("date", "dateInvalid");
  else if (request.date < local.date) add("date", "dateInPast");
  else {
    const businessDay = isBusinessDay(request.date, provinces);
    if (!businessDay) add("date", "notBusinessDay", { date: request.date });
    const last = addBusinessDays(local.date, L.maxBusinessDaysAhead, provinces);
    if (request.date > last) add("date", "tooFarAhead", { date: last });
    const cutoff = availability ? timeMinutes(availability.sameDayCutoff) : null;
    if (sameDay && businessDay && cutoff !== null && local.seconds >= cutoff * 60) {
      add("date", "sameDayCutoffPassed", { time: availability!.sameDayCutoff });
    }
  }

  const ready = timeMinutes(request.readyTime);
  const earliestReady = timeMinutes(L.earliestReady)!;
  const latestReady = timeMinutes(L.latestReady)!;
  if (ready === null || ready < earliestReady || ready > latestReady) add("readyTime", "readyTimeOutOfRange");
  else if (sameDay) {
    const earliest = Math.max(earliestReady, nowMinutes + L.minLeadMinutes);
    if (ready < earliest) add("readyTime", "readyTooSoon", { time: clock(Math.min(earliest, 24 * 60 - 1)) });
  }

  const closing = timeMinutes(request.closingTime);
  // Judged against the ready time brought within its range (a wrong one has its own problem).
  const earliestClosing = Math.min(Math.max(ready ?? earliestReady, earliestReady), latestReady) + L.minWindowMinutes;
  if (closing === null || closing < earliestClosing) add("closingTime", "closingTooEarly", { time: clock(Math.min(earliestClosing, 24 * 60 - 1)) });

  if ((request.instructions ?? "").length > L.instructionsMax) add("instructions", "instructionsTooLong", { max: String(L.instructionsMax) });

  const { parcels, totalWeightGrams: grams } = request;
  if (!Number.isInteger(parcels) || parcels < 1 || parcels > L.maxParcels) add("parcels", "parcelsInvalid", { max: String(L.maxParcels) });
  if (!Number.isFinite(grams) || grams <= 0) add("totalWeight", "weightInvalid");
  else if (grams > L.maxWeightKg * 1000) add("totalWeight", "weightOverLimit", { max: String(L.maxWeightKg) });
  else if (parcels === 1 && !request.heavy && grams > L.heavyKg * 1000) add("totalWeight", "heavyNotDeclared", { kg: String(L.heavyKg) });

  const { name, phone, email } = request.contact;
  if (!name.trim()) add("contactName", "contactNameMissing");
  if (!phone.trim()) add("contactPhone", "contactPhoneMissing");
  else if (phoneDigits(phone).length !== 10) add("contactPhone", "contactPhoneInvalid");
  if (!email.trim()) add("contactEmail", "contactEmailMissing");
  else if (!EMAIL.test(email.trim())) add("contactEmail", "contactEmailInvalid");
  return out;
}

/** A booked pickup can be changed or cancelled until the day before its date (local time of the address). */
export function canChangePickup(date: string, now: Date, timeZone: string): boolean {
  return isIsoDate(date) && wallClock(now, timeZone).date < date;
}

/**
 * Dates a pickup can be booked for from `now`: today (if before the cut-off and a business day)
 * and the next 5 business days. None where the carrier does not pick up.
 */
export function pickupDates(postalCode: string, now: Date, availability: PickupAvailability): string[] {
  const province = postalCodeProvince(postalCode);
  if (!province || !normalizeCanadianPostalCode(postalCode) || !availability.available) return [];
  const local = wallClock(now, availability.timeZone);
  const cutoff = timeMinutes(availability.sameDayCutoff);
  const out: string[] = [];
  if (isBusinessDay(local.date, province) && cutoff !== null && local.seconds < cutoff * 60) out.push(local.date);
  for (let n = 1; n <= PICKUP_LIMITS.maxBusinessDaysAhead; n++) out.push(addBusinessDays(local.date, n, province));
  return out;
}

/**
 * A pickup's fee for a number of parcels in a province on a date, from the carrier's schedule:
 * taxed like postage (GST/HST, and QST in Quebec) by the pickup address's province on that date.
 * What the pickup form shows as it is filled; the carrier's booking confirms the price.
 */
export function pickupFee(schedule: PickupFeeSchedule, p: { province: string | null; date: string; parcels: number }): PickupPrice {
  const free = schedule.freeFromParcels !== null && p.parcels >= schedule.freeFromParcels;
  const feeCents = free ? 0 : schedule.feeCents;
  const province = p.province && isProvince(p.province) ? p.province : null;
  const taxCents = province ? taxLines(feeCents, "domestic", province, province, p.date).reduce((sum, t) => sum + t.amountCents, 0) : 0;
  return { feeCents, taxCents, totalCents: feeCents + taxCents };
}
