/**
 * Canada Post pickup availability (pickup.xsd), and how Canada Post's refusals of pickup
 * operations become Envoi's pickup problems (shared with pickup-requests.ts). Pure.
 *
 * - Availability: `available` is on-demand-tour, `sameDayCutoff` the on-demand-cutoff ("HH:MM";
 *   noon when Canada Post gives none, so a same-day request is never offered too late), the time
 *   zone that of the postal code's area (lib/rating/places).
 * - The fee: Canada Post prices a pickup only when asked (Get Pickup Price) or when booking.
 *   Its documentation says the price "ranges from free for contract customers to a range of
 *   charges": a contract customer's schedule is free; otherwise the form shows Envoi's estimate
 *   below (the reference carrier's flat fee before tax), and the price call or the booking gives
 *   the real amount. No waiver by number of parcels: Canada Post's price request
 *   (pickup-details) carries no parcel count.
 * - Refusals: Canada Post's only input to availability is the postal code, so a 400 or 404 is
 *   `postalCodeInvalid`; a 404 on an existing pickup (change, cancel, details) is
 *   `pickupNotFound`; a schema failure (code "Server", "cvc-..." naming an element or a type such as
 *   PostalCodeType) is the problem of that field. Any other message is Canada Post's own words (`rejected`).
 */
import { postalCodeTimeZone } from "@/lib/rating/places";
import type { CarrierMessage, PickupAvailability, PickupFeeSchedule, PickupProblem, PickupResult } from "../types";
import { parseMessages, rejected, unexpected, type CpMessage } from "./messages";
import { mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { readXml, text } from "./xml";

export const PICKUP_AVAILABILITY_MEDIA_TYPE = mediaType("pickup");

/** Envoi's estimate of an on-demand pickup for a customer without a contract (the booking confirms the price). */
export const ESTIMATED_PICKUP_FEE: PickupFeeSchedule = { feeCents: 599, freeFromParcels: null };
/** Contract customers' pickups are free (Canada Post, Get Pickup Price). */
export const CONTRACT_PICKUP_FEE: PickupFeeSchedule = { feeCents: 0, freeFromParcels: null };

export function pickupFeeSchedule(customer: Pick<CanadaPostCustomer, "contractNumber"> | null): PickupFeeSchedule {
  return customer?.contractNumber ? CONTRACT_PICKUP_FEE : ESTIMATED_PICKUP_FEE;
}

/** A postal code as Canada Post's pickup paths and bodies want it: "K1A0B1". */
export function compactPostalCode(postalCode: string): string {
  return postalCode.replace(/[\s-]+/g, "").toUpperCase();
}

/** Get Pickup Availability: GET /ad/pickup/pickupavailability/K1A0B1. */
export function pickupAvailabilityRequest(postalCode: string): CpRequest {
  return { group: "pickupAvailability", method: "GET", path: `/ad/pickup/pickupavailability/${encodeURIComponent(compactPostalCode(postalCode))}`, accept: PICKUP_AVAILABILITY_MEDIA_TYPE };
}

/** "16:00", "4:00" -> "16:00", "04:00"; null otherwise. */
function clock(value: string | null): string | null {
  const m = /^(\d{1,2}):(\d{2})/.exec(value ?? "");
  return m && Number(m[1]) < 24 ? `${m[1]!.padStart(2, "0")}:${m[2]}` : null;
}

/** When Canada Post gives no cut-off: noon, the earliest a pickup can be ready. */
const DEFAULT_CUTOFF = "12:00";

export function parsePickupAvailability(response: CpResponse, fee: PickupFeeSchedule = ESTIMATED_PICKUP_FEE): PickupResult<PickupAvailability> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (!doc || doc.name !== "pickup-availability") return pickupFailure(response, "pickup availability", { postalCodeOnly: true });
  const postalCode = text(doc.element, "postal-code") ?? "";
  return {
    data: {
      available: text(doc.element, "on-demand-tour") === "true",
      sameDayCutoff: clock(text(doc.element, "on-demand-cutoff")) ?? DEFAULT_CUTOFF,
      timeZone: postalCodeTimeZone(compactPostalCode(postalCode)) ?? "America/Toronto",
      fee,
    },
    messages: [],
  };
}

/** The element a schema failure names ("... of element 'postal-code' is not valid"), as the form's field. */
const SCHEMA_PROBLEMS: Readonly<Record<string, PickupProblem>> = {
  "postal-code": { field: "postalCode", code: "postalCodeInvalid" },
  "alternate-address-postal-code": { field: "postalCode", code: "postalCodeInvalid" },
  date: { field: "date", code: "dateInvalid" },
  "preferred-time": { field: "readyTime", code: "readyTimeOutOfRange" },
  email: { field: "contactEmail", code: "contactEmailInvalid" },
  "contact-phone": { field: "contactPhone", code: "contactPhoneInvalid" },
  "pickup-instructions": { field: "instructions", code: "instructionsTooLong", values: { max: "132" } },
};

/** The simple types a schema failure may name instead ("... for type 'PostalCodeType'"). */
const TYPE_PROBLEMS: Readonly<Record<string, PickupProblem>> = {
  PostalCodeType: SCHEMA_PROBLEMS["postal-code"]!,
  EmailType: SCHEMA_PROBLEMS.email!,
  PhoneType: SCHEMA_PROBLEMS["contact-phone"]!,
};

function schemaProblem(m: CpMessage): PickupProblem | null {
  if (!/cvc-/.test(m.description)) return null;
  const element = /element '(?:[\w-]+:)?([\w-]+)'/.exec(m.description)?.[1];
  const type = /type '([\w-]+)'/.exec(m.description)?.[1];
  return (element && SCHEMA_PROBLEMS[element]) || (type && TYPE_PROBLEMS[type]) || null;
}

const AUTHORIZATION = /^(AA\d+|E\d+)$/;

export interface PickupFailureOptions {
  /** The operation is about a booked pickup: a 404 is `pickupNotFound`. */
  existingPickup?: boolean;
  /** Availability: the postal code is the only input, a 400 or 404 is `postalCodeInvalid`. */
  postalCodeOnly?: boolean;
}

/** A pickup answer that is not the document asked for, as problems of the form or messages. */
export function pickupFailure<T>(response: CpResponse, what: string, options: PickupFailureOptions = {}): PickupResult<T> {
  const messages = parseMessages(response.body);
  const refused = (problems: PickupProblem[], rest: CarrierMessage[] = []): PickupResult<T> => ({ data: null, messages: rest, problems });
  if (options.existingPickup && response.status === 404) return refused([{ field: "confirmationNumber", code: "pickupNotFound" }]);
  if (options.postalCodeOnly && (response.status === 400 || response.status === 404) && !messages.some((m) => AUTHORIZATION.test(m.code))) {
    return refused([{ field: "postalCode", code: "postalCodeInvalid" }]);
  }
  if (!messages.length) return { data: null, messages: unexpected(response, what) };
  const problems: PickupProblem[] = [];
  const others: CpMessage[] = [];
  for (const m of messages) {
    const p = schemaProblem(m);
    if (p && !problems.some((q) => q.code === p.code)) problems.push(p);
    else if (!p) others.push(m);
  }
  return problems.length ? refused(problems, rejected(others)) : { data: null, messages: rejected(others) };
}
