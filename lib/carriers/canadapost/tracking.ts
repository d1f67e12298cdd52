/**
 * Canada Post tracking (track.xsd): the requests for one PIN's details and summary, and the
 * parsers of their answers into Envoi's ShipmentTracking. Pure.
 *
 * - Events come newest first from Canada Post; they are returned oldest first. Each instant is
 *   event-date + event-time in event-time-zone (EST, EDT, HNE, HAE...); without a zone Envoi knows,
 *   in the event province's time zone, else Eastern time (Canada Post's national systems). An
 *   event without a readable date is left out (it could not be stored).
 * - Status and wording come from tracking-codes.ts; an unknown code keeps the previous status and
 *   shows Canada Post's own event-description in both languages (Canada Post answers in the one
 *   language asked for, so the other language is not available for it).
 * - A delivered event's signatory is its signatory-name, else that of the signature event
 *   (code 20, "signature recorded") that Canada Post adds at or after it.
 * - A PIN Canada Post does not know (message 004 "No Pin History", or a 404 without messages) is
 *   `{ data: null, messages: [] }`: the connector leaves that number out, as `track` promises.
 *   A PIN it knows without events yet is tracking with no events (status CREATED).
 */
import { isProvince, wallClock } from "@/lib/rating/calendar";
import { provinceTimeZone } from "@/lib/rating/places";
import type { CarrierResult, ShipmentTracking, TrackingEvent, TrackingStatus } from "../types";
import { parseMessages, rejected, unexpected } from "./messages";
import { mediaType, type CpRequest, type CpResponse } from "./request";
import { describesReturnToSender, eventKind, isSignatureEvent } from "./tracking-codes";
import { children, readXml, text, type XmlElement } from "./xml";

/** track.xsd's namespace (www.canadapost.ca/ws/track). Canada Post also serves track-v2; the parsers read either. */
export const TRACK_MEDIA_TYPE = mediaType("track");

/** "No Pin History": the PIN is unknown to Canada Post (or too old). */
const NO_PIN_HISTORY = "004";

const pinPath = (pin: string) => encodeURIComponent(pin.replace(/\s+/g, ""));

export function trackDetailRequest(pin: string): CpRequest {
  return { group: "tracking", method: "GET", path: `/vis/track/pin/${pinPath(pin)}/detail`, accept: TRACK_MEDIA_TYPE };
}

export function trackSummaryRequest(pin: string): CpRequest {
  return { group: "tracking", method: "GET", path: `/vis/track/pin/${pinPath(pin)}/summary`, accept: TRACK_MEDIA_TYPE };
}

/** UTC offsets in minutes of the zone abbreviations Canada Post prints, in English and French. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  NST: -210, NDT: -150, HNT: -210, HAT: -150,
  AST: -240, ADT: -180, HNA: -240, HAA: -180,
  EST: -300, EDT: -240, HNE: -300, HAE: -240,
  CST: -360, CDT: -300, HNC: -360, HAC: -300,
  MST: -420, MDT: -360, HNR: -420, HAR: -360,
  PST: -480, PDT: -420, HNP: -480, HAP: -420,
  UTC: 0, GMT: 0, Z: 0,
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/** Milliseconds by which a zone's wall clock is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const local = wallClock(new Date(instant), timeZone);
  return Date.parse(`${local.date}T00:00:00Z`) + local.seconds * 1000 - instant;
}

/** The ISO instant of a local date and time at Canada Post's site, or null when unreadable. */
export function eventInstant(date: string | null, time: string | null, zone: string | null, province: string | null): string | null {
  const d = DATE.exec(date ?? "");
  if (!d) return null;
  const t = TIME.exec(time ?? "") ?? ["", "0", "0", "0"];
  const local = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), Number(t[3] ?? 0));
  if (Number.isNaN(local)) return null;
  const fixed = ZONE_OFFSETS[(zone ?? "").trim().toUpperCase()];
  if (fixed !== undefined) return new Date(local - fixed * 60_000).toISOString();
  const code = (province ?? "").trim().toUpperCase();
  const timeZone = isProvince(code) ? provinceTimeZone(code) : "America/Toronto";
  const first = local - zoneOffset(local, timeZone);
  return new Date(local - zoneOffset(first, timeZone)).toISOString();
}

/** "MONTREAL, QC": the site and province, upper case as Canada Post prints them. */
function place(site: string | null, province: string | null): string | null {
  const parts = [site, province].filter((p): p is string => !!p);
  return parts.length ? parts.join(", ").toUpperCase() : null;
}

interface Read {
  event: TrackingEvent;
  /** The status the event sets (null: keeps the previous one). */
  sets: TrackingStatus | null;
}

function readOccurrence(o: XmlElement): Read | null {
  const code = text(o, "event-identifier") ?? "";
  const occurredAt = eventInstant(text(o, "event-date"), text(o, "event-time"), text(o, "event-time-zone"), text(o, "event-province"));
  if (!code || !occurredAt) return null;
  const said = text(o, "event-description") ?? "";
  const kind = eventKind(code);
  const returning = !!kind && (kind.status === "DELIVERED" || kind.status === "OUT_FOR_DELIVERY" || kind.status === "READY_FOR_PICKUP") && describesReturnToSender(said);
  const own = kind && !returning ? { en: kind.en, fr: kind.fr } : null;
  const description = own ?? { en: said || code, fr: said || code };
  const sets: TrackingStatus | null = returning ? "RETURNED" : (kind?.status ?? null);
  const event: TrackingEvent = {
    code,
    occurredAt,
    place: place(text(o, "event-site"), text(o, "event-province")),
    description,
    signatory: text(o, "signatory-name"),
    status: "CREATED",
    notice: returning ? null : (kind?.notice ?? null),
  };
  return { event, sets };
}

/** Oldest first, each with the status after it; a delivered event gets the signatory of the signature event at or after it. */
function journey(occurrences: XmlElement[]): TrackingEvent[] {
  // Newest first in the answer: reversed, then ordered by time (a stable sort keeps ties in that order).
  const read = occurrences.map(readOccurrence).filter((r): r is Read => r !== null).reverse();
  read.sort((a, b) => Date.parse(a.event.occurredAt) - Date.parse(b.event.occurredAt));
  let status: TrackingStatus = "CREATED";
  const events = read.map(({ event, sets }) => {
    status = sets ?? status;
    return { ...event, status };
  });
  for (const signature of events) {
    if (!isSignatureEvent(signature.code) || !signature.signatory) continue;
    const at = Date.parse(signature.occurredAt);
    const delivered = events.filter((e, i) => read[i]!.sets === "DELIVERED" && Date.parse(e.occurredAt) <= at).at(-1);
    if (delivered && !delivered.signatory) delivered.signatory = signature.signatory;
  }
  return events;
}

/** YYYY-MM-DD, or null. */
function isoDate(value: string | null): string | null {
  return value && DATE.test(value) ? value : null;
}

/** An answer that is not the tracking document asked for: an unknown PIN (left out) or a failure. */
function notTracked(response: CpResponse, what: string): CarrierResult<ShipmentTracking> {
  const messages = parseMessages(response.body);
  if (messages.some((m) => m.code === NO_PIN_HISTORY) || (response.status === 404 && messages.length === 0)) return { data: null, messages: [] };
  return { data: null, messages: messages.length ? rejected(messages) : unexpected(response, what) };
}

/** Get Tracking Details: every event of one PIN. */
export function parseTrackingDetail(response: CpResponse, pin: string): CarrierResult<ShipmentTracking> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (!doc || doc.name !== "tracking-detail") return notTracked(response, "tracking detail");
  const events = journey(children(doc.element, "significant-events").flatMap((s) => children(s, "occurrence")));
  const expectedDeliveryDate = isoDate(text(doc.element, "changed-expected-date")) ?? isoDate(text(doc.element, "expected-delivery-date"));
  return { data: { trackingNumber: pin, status: events.at(-1)?.status ?? "CREATED", expectedDeliveryDate, events }, messages: [] };
}

/**
 * Get Tracking Summary: the latest significant event only, without its event identifier (an
 * event-type such as INDUCTION or DELIVERED). A coarse status, no events (they could not be stored
 * against the detail's): DELIVERED with an actual delivery date, EXCEPTION after an attempt,
 * CREATED while Canada Post has only the order information (INDUCTION), IN_TRANSIT otherwise.
 * Tracking refreshes use the detail.
 */
export function parseTrackingSummary(response: CpResponse, pin: string): CarrierResult<ShipmentTracking> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (!doc || doc.name !== "tracking-summary") return notTracked(response, "tracking summary");
  const summaries = children(doc.element, "pin-summary");
  const wanted = pin.replace(/\s+/g, "");
  const s = summaries.find((p) => text(p, "pin") === wanted) ?? summaries[0];
  if (!s) return { data: null, messages: [] };
  const type = (text(s, "event-type") ?? "").toUpperCase();
  const status: TrackingStatus =
    isoDate(text(s, "actual-delivery-date")) || type === "DELIVERED"
      ? "DELIVERED"
      : isoDate(text(s, "attempted-date")) || type === "ATTEMPTED"
        ? "EXCEPTION"
        : type === "INDUCTION"
          ? "CREATED"
          : "IN_TRANSIT";
  return { data: { trackingNumber: pin, status, expectedDeliveryDate: isoDate(text(s, "expected-delivery-date")), events: [] }, messages: [] };
}
