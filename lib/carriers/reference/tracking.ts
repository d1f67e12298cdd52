/**
 * The reference carrier's tracking: SAMPLE DATA simulated from what it knows of a label. Pure and
 * deterministic: the whole journey of a parcel follows from its facts and a small PRNG seeded
 * from its tracking number, and the clock only decides how much of it has happened yet. Most
 * parcels are delivered on the expected date; about one in eight meets an exception (a delay, or
 * a delivery attempt with a notice card), and a few Deliver to Post Office parcels are never
 * picked up and go back to the sender.
 */
import { countryName } from "@/lib/addresses/countries";
import { problem } from "@/lib/rating/problems";
import { addBusinessDays, addDays, businessDayOnOrAfter, isBusinessDay, nextBusinessDay, type IsoDate } from "@/lib/rating/calendar";
import type { CarrierConnector, IssuedShipmentFacts, ShipmentTracking, TrackingEvent } from "../types";
import { TRACKING_EVENTS, type TrackingEventName } from "./tracking-events";
import {
  canadianTimeZone,
  exchangeOffice,
  facilityPlace,
  foreignTimeZone,
  localDate,
  localInstant,
  placeLabel,
  printed,
  provinceOf,
} from "./tracking-places";

/** Shares of tracking numbers per fate (the rest are delivered normally). */
const ATTEMPTED_SHARE = 0.06;
const DELAYED_SHARE = 0.06;
const UNCLAIMED_SHARE = 0.05;
/** Days a Deliver to Post Office parcel waits before it goes back. */
const HOLD_DAYS = 15;
const MINUTE = 60_000;

/** FNV-1a, then mulberry32: a small PRNG that is the same for the same tracking number. */
function prng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Planned {
  kind: TrackingEventName;
  at: number;
  place: string;
  signatory?: string;
}

/** The whole journey, oldest first, and the revised expected date if a delay happens. */
function plan(facts: IssuedShipmentFacts): { events: Planned[]; revisedDate: IsoDate | null } {
  const rng = prng(facts.trackingNumber);
  // The fate is drawn first, so it depends on the tracking number only.
  const fate = rng();
  const unclaimed = rng() < UNCLAIMED_SHARE;
  const delayDays = rng() < 0.5 ? 1 : 2;
  const weather = rng() < 0.5;
  const pickupAfter = Math.floor(rng() * 7);
  const toMailbox = rng() < 0.35;
  const initialSignatory = rng() < 0.5;
  const minutes = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo));
  const at = (date: IsoDate, lo: number, hi: number, zone: string) => localInstant(date, minutes(lo, hi), zone).getTime();

  const { origin, destination, postOffice } = facts;
  const po = provinceOf(origin.province, origin.postalCode);
  const zo = canadianTimeZone(po, origin.postalCode);
  const originPlace = placeLabel(origin.city, po);
  const originFacility = facilityPlace(origin.city, po);
  const abroad = destination.country.trim().toUpperCase() !== "CA";
  const pd = abroad ? po : provinceOf(destination.province, destination.postalCode);
  const zd = abroad ? foreignTimeZone(destination.country, destination.province) : canadianTimeZone(pd, destination.postalCode);
  const destPlace = abroad ? printed(countryName(destination.country, "en") ?? destination.country) : placeLabel(destination.city, pd);
  const doorstep = !abroad && !postOffice;
  const attempted = doorstep && fate < ATTEMPTED_SHARE;
  const delayed = !attempted && fate < ATTEMPTED_SHARE + DELAYED_SHARE;

  const created = Date.parse(facts.createdAt);
  const createdDate = localDate(new Date(created), zo);
  const mailing = facts.mailingDate < createdDate ? createdDate : facts.mailingDate;
  const first = nextBusinessDay(mailing, pd);
  const planned = facts.expectedDeliveryDate < first ? first : facts.expectedDeliveryDate;
  const day = delayed ? addBusinessDays(planned, delayDays, pd) : planned;

  const events: Planned[] = [];
  const push = (kind: TrackingEventName, time: number, place: string, signatory?: string) => events.push({ kind, at: time, place, signatory });
  const delayKind: TrackingEventName = weather ? "delayWeather" : "delayTransport";

  push("infoSubmitted", created, originPlace);
  push("accepted", at(mailing, 900, 1050, zo), originPlace);
  const processed = at(mailing, 1140, 1410, zo);
  push("processed", processed, originFacility);

  // The last leg starts on the delivery day: out for delivery, or waiting at the post office.
  const office = postOffice ? provinceOf(postOffice.province, postOffice.postalCode) : null;
  const zp = postOffice && office ? canadianTimeZone(office, postOffice.postalCode) : zd;
  const lastLegStart = postOffice ? at(day, 600, 780, zp) : at(day, 450, 570, zd);

  if (abroad) {
    // The foreign leg, spread over the time between the origin plant and the last leg.
    const span = lastLegStart - processed;
    const within = (lo: number, hi: number) => processed + Math.floor((span * (lo + rng() * (hi - lo))) / MINUTE) * MINUTE;
    const exchange = exchangeOffice(po).place;
    push("leftCanada", within(0.08, 0.18), exchange);
    if (delayed) push(delayKind, within(0.22, 0.3), exchange);
    push("arrivedAbroad", within(0.4, 0.5), destPlace);
    push("inCustoms", within(0.55, 0.65), destPlace);
    push("clearedCustoms", within(0.72, 0.82), destPlace);
  } else {
    const destFacility = facilityPlace(destination.city, pd);
    let arrival = addDays(day, -1);
    while (!isBusinessDay(arrival, pd)) arrival = addDays(arrival, -1);
    const local = destFacility === originFacility;
    // Local parcels are sorted again early on the delivery day; so are next-day ones.
    const early = local || arrival <= mailing;
    if (!local && !(early && day === addDays(mailing, 1))) push("inTransit", at(addDays(mailing, 1), 60, 270, zo), originFacility);
    if (delayed) push(delayKind, at(addDays(mailing, 1), 300, 450, zo), originFacility);
    push("processedAtDestination", early ? at(day, 180, 360, zd) : at(arrival, 840, 1320, zd), destFacility);
  }

  const words = printed(facts.recipientName).split(/\s+/).filter(Boolean);
  const fullName = words.join(" ") || "RECIPIENT";
  if (postOffice && office) {
    const officePlace = placeLabel(postOffice.city, office);
    push("readyForPickup", lastLegStart, officePlace);
    if (unclaimed) {
      const back = businessDayOnOrAfter(addDays(day, HOLD_DAYS), office);
      push("unclaimed", at(back, 480, 600, zp), officePlace);
      push("returned", at(addBusinessDays(back, 2 + Math.floor(rng() * 3), po), 600, 960, zo), originPlace);
    } else {
      const pickup = pickupAfter === 0 ? day : businessDayOnOrAfter(addDays(day, pickupAfter), office);
      push("pickedUp", at(pickup, pickup === day ? 810 : 600, 1080, zp), officePlace, fullName);
    }
  } else {
    push("outForDelivery", lastLegStart, destPlace);
    if (attempted) {
      push("attempted", at(day, 600, 1020, zd), destPlace);
      const ready = nextBusinessDay(day, pd);
      push("readyForPickup", at(ready, 780, 900, zd), destPlace);
      push("pickedUp", at(addBusinessDays(ready, 1 + Math.floor(rng() * 4), pd), 600, 1080, zd), destPlace, fullName);
    } else {
      const last = words.at(-1) ?? fullName;
      const signatory = initialSignatory && words.length > 1 ? `${words[0]![0]} ${last}` : last;
      const kind = doorstep && !facts.signature && toMailbox ? "deliveredToMailbox" : "delivered";
      push(kind, at(day, 600, 1020, zd), destPlace, facts.signature ? signatory : undefined);
    }
  }

  // Strictly increasing, whatever odd facts (a label created late on its mailing day) say.
  for (let i = 1; i < events.length; i++) events[i]!.at = Math.max(events[i]!.at, events[i - 1]!.at + 15 * MINUTE);
  return { events, revisedDate: delayed ? day : null };
}

function toEvent(p: Planned): TrackingEvent {
  const kind = TRACKING_EVENTS[p.kind];
  return {
    code: kind.code,
    occurredAt: new Date(p.at).toISOString(),
    place: p.place,
    description: { en: kind.en, fr: kind.fr },
    signatory: kind.status === "DELIVERED" ? (p.signatory ?? null) : null,
    status: kind.status,
    notice: kind.notice,
  };
}

const DELAY_CODES: ReadonlySet<string> = new Set([TRACKING_EVENTS.delayWeather.code, TRACKING_EVENTS.delayTransport.code]);

/**
 * What the reference carrier reports of a shipment at `now`: the events that have happened
 * (never before the label, never after `now`, strictly increasing), the status after the last one
 * (CREATED before any), and the expected delivery date, revised once a delay has been reported.
 */
export function simulateTracking(facts: IssuedShipmentFacts, now: Date): ShipmentTracking {
  const { events, revisedDate } = plan(facts);
  const seen = events.filter((e) => e.at <= now.getTime()).map(toEvent);
  const delayReported = seen.some((e) => DELAY_CODES.has(e.code));
  return {
    trackingNumber: facts.trackingNumber,
    status: seen.at(-1)?.status ?? "CREATED",
    expectedDeliveryDate: delayReported && revisedDate ? revisedDate : facts.expectedDeliveryDate,
    events: seen,
  };
}

/**
 * The reference connector's `track`: loads the facts of the numbers through `manifest` (the
 * labels Envoi issued) and simulates each; numbers it does not know are left out. A failing
 * manifest becomes a message, as a carrier outage would.
 */
export function referenceTrack(
  manifest: (trackingNumbers: string[]) => Promise<IssuedShipmentFacts[]>,
  now: () => Date = () => new Date(),
): NonNullable<CarrierConnector["track"]> {
  return async (trackingNumbers) => {
    const wanted = [...new Set(trackingNumbers)];
    if (wanted.length === 0) return { data: [], messages: [] };
    let facts: IssuedShipmentFacts[];
    try {
      facts = await manifest(wanted);
    } catch (error) {
      return { data: null, messages: [{ carrier: "reference", problem: problem("carrierFailed"), detail: String(error) }] };
    }
    const byNumber = new Map(facts.map((f) => [f.trackingNumber, f]));
    const at = now();
    const data = wanted.flatMap((n) => {
      const f = byNumber.get(n);
      return f ? [simulateTracking(f, at)] : [];
    });
    return { data, messages: [] };
  };
}
