/**
 * Tracking on the fake server (GET /vis/track/pin/{pin}/summary and /detail): for the PINs it
 * issued, a journey simulated from the shipment's creation time, one stage every
 * `control.trackingSpeed` minutes (created, accepted, processed, out for delivery, delivered), or
 * the stage a test pinned with `control.setTrackingStage` ("attempted" only that way). A refunded
 * shipment never leaves "created"; an unknown PIN answers "No Pin History" (code 004, HTTP 404).
 * An authorized return's PIN travels the same way from its creation, from the returner back to
 * the business.
 */
import { serviceInfo } from "@/lib/rating/services";
import { postalCodeTimeZone } from "@/lib/rating/places";
import type { Control, TrackingStage } from "./control";
import type { Lang } from "./messages";
import { optionName } from "./quote-xml";
import { refuse, xmlAnswer, type Ctx, type Route } from "./routing";
import type { StoredShipment } from "./store";
import type { StoredReturn } from "./stored";
import { el, kid, kids, leaf, txt } from "./xml";

interface EventKind {
  id: string;
  type: string;
  en: string;
  fr: string;
  /** Where it happens: the sender's place or the recipient's. */
  at: "origin" | "destination";
}

export const EVENTS: Record<TrackingStage, EventKind> = {
  created: { id: "3000", type: "INFO", en: "Electronic information submitted by shipper", fr: "Renseignements électroniques soumis par l'expéditeur", at: "origin" },
  accepted: { id: "0100", type: "INDUCTION", en: "Item accepted at the Post Office", fr: "Article accepté au bureau de poste", at: "origin" },
  inTransit: { id: "0170", type: "INFO", en: "Item processed", fr: "Article traité", at: "origin" },
  outForDelivery: { id: "0174", type: "VEHICLE_INFO", en: "Item out for delivery", fr: "Article en cours de livraison", at: "destination" },
  delivered: { id: "1496", type: "DELIVERED", en: "Item successfully delivered", fr: "Article livré", at: "destination" },
  attempted: {
    id: "1417",
    type: "ATTEMPTED",
    en: "Delivery attempted; notice card left indicating where to pick up the item",
    fr: "Tentative de livraison; carte-avis laissée indiquant où ramasser l'article",
    at: "destination",
  },
};

/** What tracking reads of a parcel: a shipment, or an authorized return. */
export type Trackable = Pick<StoredShipment, "pin" | "createdAt" | "refund" | "serviceCode" | "sender" | "destination" | "request" | "references" | "customer" | "mobo"> & { quote: { expectedDeliveryDate: string } };

const fromReturn = (r: StoredReturn): Trackable => ({ pin: r.pin, createdAt: r.createdAt, refund: null, serviceCode: r.serviceCode, sender: r.returner, destination: r.receiver, request: r.request, references: [null, null], customer: r.customer, mobo: null, quote: { expectedDeliveryDate: "" } });

const JOURNEY: TrackingStage[] = ["created", "accepted", "inTransit", "outForDelivery", "delivered"];

/** Where the parcel is now. */
export function currentStage(control: Control, shipment: Trackable, now: Date): TrackingStage {
  const pinned = shipment.pin ? control.stageOf(shipment.pin) : undefined;
  if (pinned) return pinned;
  if (shipment.refund) return "created";
  const minutes = (now.getTime() - shipment.createdAt.getTime()) / 60_000;
  const index = Math.max(0, Math.floor(minutes / Math.max(control.trackingSpeed, 1e-6)));
  return JOURNEY[Math.min(index, JOURNEY.length - 1)]!;
}

export interface TrackEvent {
  stage: TrackingStage;
  kind: EventKind;
  at: Date;
}

/** The events so far, oldest first. */
export function eventsOf(control: Control, shipment: Trackable, now: Date): TrackEvent[] {
  const stage = currentStage(control, shipment, now);
  const last = stage === "attempted" ? 4 : JOURNEY.indexOf(stage);
  const stages = [...JOURNEY.slice(0, last), stage];
  return stages.map((s, i) => {
    const planned = shipment.createdAt.getTime() + i * control.trackingSpeed * 60_000;
    // A pinned stage may be ahead of the clock: its events are then just before now.
    const at = Math.min(planned, now.getTime() - (stages.length - 1 - i) * 1000);
    return { stage: s, kind: EVENTS[s], at: new Date(Math.max(at, shipment.createdAt.getTime())) };
  });
}

function local(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "short" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}`, zone: parts.timeZoneName ?? "" };
}

function place(shipment: Trackable, at: "origin" | "destination") {
  const p = at === "origin" ? shipment.sender : shipment.destination;
  const timeZone = (p.country === "CA" && postalCodeTimeZone(p.postalCode)) || "America/Toronto";
  return { site: p.city.toUpperCase(), province: p.country === "CA" ? p.province : p.province || p.country, timeZone };
}

function describe(e: TrackEvent, shipment: Trackable, lang: Lang) {
  const where = place(shipment, e.kind.at);
  const when = local(e.at, where.timeZone);
  return { ...when, ...where, description: e.kind[lang] };
}

function optionCodes(shipment: Trackable): string[] {
  return kids(kid(kid(shipment.request, "delivery-spec"), "options"), "option").map((o) => txt(o, "option-code") ?? "");
}

function signatory(shipment: Trackable, events: TrackEvent[]): string {
  const delivered = events.some((e) => e.stage === "delivered");
  const signed = optionCodes(shipment).some((c) => c === "SO" || c === "PA18" || c === "PA19") || shipment.serviceCode === "DOM.PC";
  return delivered && signed ? (shipment.destination.name ?? shipment.destination.company ?? "").split(/\s+/).pop()?.toUpperCase() ?? "" : "";
}

function tracked(ctx: Ctx): Trackable | null {
  const pin = ctx.params.pin ?? "";
  const r = ctx.state.returns.get(pin);
  return ctx.state.shipmentByPin(pin) ?? (r ? fromReturn(r) : null);
}

function summary(ctx: Ctx) {
  const s = tracked(ctx);
  if (!s) return refuse(ctx, 404, "noPinHistory");
  const events = eventsOf(ctx.control, s, ctx.now);
  const latest = events[events.length - 1]!;
  const d = describe(latest, s, ctx.lang);
  const dateOf = (stage: TrackingStage) => {
    const e = events.find((x) => x.stage === stage);
    return e ? describe(e, s, ctx.lang).date : "";
  };
  return xmlAnswer(
    "track",
    "track",
    el(
      "tracking-summary",
      el(
        "pin-summary",
        leaf("pin", s.pin),
        leaf("origin-postal-id", s.sender.postalCode),
        leaf("destination-postal-id", s.destination.postalCode),
        leaf("destination-province", s.destination.province),
        leaf("service-name", serviceInfo(s.serviceCode)?.name[ctx.lang] ?? s.serviceCode),
        leaf("mailed-on-date", dateOf("accepted")),
        leaf("expected-delivery-date", s.quote.expectedDeliveryDate),
        leaf("actual-delivery-date", dateOf("delivered")),
        leaf("delivery-option-completed-ind", latest.stage === "delivered" ? "1" : "0"),
        leaf("event-date-time", `${d.date.replace(/-/g, "")}:${d.time.replace(/:/g, "")}`),
        leaf("event-description", d.description),
        leaf("attempted-date", dateOf("attempted")),
        leaf("customer-ref-1", s.references[0] ?? ""),
        leaf("customer-ref-2", s.references[1] ?? ""),
        leaf("return-pin", ""),
        leaf("event-type", latest.kind.type),
        leaf("event-location", d.site),
        leaf("signatory-name", signatory(s, events)),
      ),
    ),
  );
}

function detail(ctx: Ctx) {
  const s = tracked(ctx);
  if (!s) return refuse(ctx, 404, "noPinHistory");
  const events = eventsOf(ctx.control, s, ctx.now);
  const other: Lang = ctx.lang === "en" ? "fr" : "en";
  const info = serviceInfo(s.serviceCode);
  const who = signatory(s, events);
  return xmlAnswer(
    "track",
    "track",
    el(
      "tracking-detail",
      leaf("pin", s.pin),
      leaf("active-exists", "1"),
      leaf("archive-exists", "0"),
      leaf("changed-expected-date", ""),
      leaf("destination-postal-id", s.destination.postalCode),
      leaf("expected-delivery-date", s.quote.expectedDeliveryDate),
      leaf("changed-expected-delivery-reason", ""),
      leaf("mailed-by-customer-number", s.customer),
      leaf("mailed-on-behalf-of-customer-number", s.mobo ?? s.customer),
      leaf("original-pin", ""),
      leaf("service-name", info?.name[ctx.lang] ?? s.serviceCode),
      leaf("service-name-2", info?.name[other] ?? s.serviceCode),
      leaf("customer-ref-1", s.references[0] ?? ""),
      leaf("customer-ref-2", s.references[1] ?? ""),
      leaf("return-pin", ""),
      leaf("signature-image-exists", who ? "true" : "false"),
      leaf("suppress-signature", "false"),
      el("delivery-options", ...optionCodes(s).map((c) => el("item", leaf("delivery-option", c), leaf("delivery-option-description", optionName(c, ctx.lang))))),
      el(
        "significant-events",
        ...[...events].reverse().map((e) => {
          const d = describe(e, s, ctx.lang);
          return el(
            "occurrence",
            leaf("event-identifier", e.kind.id),
            leaf("event-date", d.date),
            leaf("event-time", d.time),
            leaf("event-time-zone", d.zone),
            leaf("event-description", d.description),
            leaf("signatory-name", e.stage === "delivered" ? who : ""),
            leaf("event-site", d.site),
            leaf("event-province", d.province),
            leaf("event-retail-location-id", ""),
            leaf("event-retail-name", ""),
          );
        }),
      ),
    ),
  );
}

export const TRACKING_ROUTES: Route[] = [
  { method: "GET", pattern: /^\/vis\/track\/pin\/(?<pin>[A-Za-z0-9]+)\/summary$/, operation: "getTrackingSummary", group: "tracking", service: "track", handle: summary },
  { method: "GET", pattern: /^\/vis\/track\/pin\/(?<pin>[A-Za-z0-9]+)\/details?$/, operation: "getTrackingDetails", group: "tracking", service: "track", handle: detail },
];
