/**
 * The reference carrier's on-demand pickups: availability by postal code, the sample fee, and
 * booking, changing and cancelling under Canada Post's rules (lib/carriers/pickup-rules.ts). No clock but the
 * `now` given; confirmation numbers from a hash of the booking and a random salt (unique, like a carrier's).
 */
import { randomUUID } from "node:crypto";
import type { BookedPickup, PickupAvailability, PickupConfirmation, PickupPrice, PickupProblem, PickupRequest, PickupResult } from "../types";
import { normalizeCanadianPostalCode } from "@/lib/addresses/postal-codes";
import { canChangePickup, checkPickup } from "../pickup-rules";
import { PICKUP_FEE, pickupPrice } from "./pickup-fee";
import { problem } from "@/lib/rating/problems";
import { postalCodeProvince, postalCodeTimeZone } from "@/lib/rating/places";

/** Same-day requests are taken until this local time. */
export const SAME_DAY_CUTOFF = "14:00";

export interface ReferencePickupOptions {
  /**
   * Loads a pickup Envoi booked, by confirmation number (null if unknown). Without it the connector
   * cannot see the booked date: a change is judged on its new date only, and a cancellation is taken.
   */
  booked?: (confirmationNumber: string) => Promise<BookedPickup | null>;
}

/** A 53-bit string hash (cyrb53), for stable sample decisions and numbers. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const TERRITORIES = new Set(["YT", "NT", "NU"]);

/**
 * Whether the carrier picks up at a postal code: everywhere except rural FSAs (second character
 * "0") of the territories and about one in ten other rural FSAs (sample data). Null when it is not
 * a Canadian postal code.
 */
export function referencePickupAvailability(postalCode: string): PickupAvailability | null {
  const normalized = normalizeCanadianPostalCode(postalCode);
  const province = normalized ? postalCodeProvince(normalized) : null;
  const timeZone = normalized ? postalCodeTimeZone(normalized) : null;
  if (!normalized || !province || !timeZone) return null;
  const fsa = normalized.slice(0, 3);
  const rural = fsa[1] === "0";
  const available = !rural || (!TERRITORIES.has(province) && hash(`pickup:${fsa}`) % 10 !== 0);
  return { available, sameDayCutoff: SAME_DAY_CUTOFF, timeZone, fee: PICKUP_FEE };
}

/** "P" and 9 digits, from the booking (add a `salt` to draw another number after a collision). */
export function pickupConfirmationNumber(request: PickupRequest, now: Date, salt = ""): string {
  const postalCode = normalizeCanadianPostalCode(request.address.postalCode) ?? request.address.postalCode;
  const key = [postalCode, request.date, now.toISOString(), request.parcels, salt].join("|");
  return `P${String(hash(key) % 1_000_000_000).padStart(9, "0")}`;
}

const invalidPostalCode: PickupProblem = { field: "postalCode", code: "postalCodeInvalid" };
const refused = <T>(problems: PickupProblem[]): PickupResult<T> => ({ data: null, messages: [], problems });
const failed = <T>(error: unknown): PickupResult<T> => ({ data: null, messages: [{ carrier: "reference", problem: problem("carrierFailed"), detail: String(error) }] });

/** The pickup rules, with this carrier's availability at the address. */
function check(request: PickupRequest, now: Date): PickupProblem[] {
  return checkPickup(request, { now, availability: referencePickupAvailability(request.address.postalCode) });
}

/** A `tooLateToChange` problem for each of these pickup dates that can no longer change. */
function tooLate(now: Date, pickups: BookedPickup[]): PickupProblem[] {
  const dates = new Set<string>();
  for (const p of pickups) {
    const timeZone = postalCodeTimeZone(p.postalCode);
    if (timeZone && !canChangePickup(p.date, now, timeZone)) dates.add(p.date);
  }
  return [...dates].map((date) => ({ field: "date", code: "tooLateToChange", values: { date } }));
}

/** The reference connector's pickup operations; a result carries `problems` when a rule refuses the request. */
export interface ReferencePickups {
  pickupAvailability(postalCode: string): Promise<PickupResult<PickupAvailability>>;
  pickupPrice(request: PickupRequest): Promise<PickupResult<PickupPrice>>;
  /** `salt` draws another confirmation number (after a collision with one already stored). */
  createPickup(request: PickupRequest, now: Date, salt?: string): Promise<PickupResult<PickupConfirmation>>;
  /** Keeps the confirmation number; both the booked and the new date must still be changeable. */
  updatePickup(confirmationNumber: string, request: PickupRequest, now: Date): Promise<PickupResult<PickupConfirmation>>;
  cancelPickup(confirmationNumber: string, now: Date): Promise<PickupResult<{ cancelled: true }>>;
}

export function referencePickups(options: ReferencePickupOptions = {}): ReferencePickups {
  /** The booked pickup (undefined: not known to this connector), or the failure to load it. */
  const lookup = async (number: string): Promise<{ booked?: BookedPickup; failure?: PickupResult<never> }> => {
    if (!options.booked) return {};
    try {
      const booked = await options.booked(number);
      return booked ? { booked } : { failure: refused([{ field: "confirmationNumber", code: "pickupNotFound" }]) };
    } catch (error) {
      return { failure: failed(error) };
    }
  };

  return {
    pickupAvailability: async (postalCode) => {
      const availability = referencePickupAvailability(postalCode);
      return availability ? { data: availability, messages: [] } : refused([invalidPostalCode]);
    },
    pickupPrice: async (request) => ({ data: pickupPrice(request), messages: [] }),
    createPickup: async (request, now, salt) => {
      const problems = check(request, now);
      if (problems.length > 0) return refused(problems);
      // A carrier's numbers are unique: two identical requests at the same instant get two numbers.
      const confirmationNumber = pickupConfirmationNumber(request, now, salt ?? randomUUID());
      return { data: { confirmationNumber, ...pickupPrice(request) }, messages: [] };
    },
    updatePickup: async (confirmationNumber, request, now) => {
      const { booked, failure } = await lookup(confirmationNumber);
      if (failure) return failure;
      const problems = check(request, now);
      const dateValid = !problems.some((p) => p.code === "dateInvalid" || p.code === "dateInPast");
      const dates = [...(booked ? [booked] : []), ...(dateValid ? [{ date: request.date, postalCode: request.address.postalCode }] : [])];
      const late = tooLate(now, dates);
      if (late.length + problems.length > 0) return refused([...late, ...problems]);
      return { data: { confirmationNumber, ...pickupPrice(request) }, messages: [] };
    },
    cancelPickup: async (confirmationNumber, now) => {
      const { booked, failure } = await lookup(confirmationNumber);
      if (failure) return failure;
      const late = booked ? tooLate(now, [booked]) : [];
      return late.length > 0 ? refused(late) : { data: { cancelled: true }, messages: [] };
    },
  };
}
