/**
 * The carrier connector interface (after karrio's gateway): one connector per carrier, each
 * operation returns `{ data, messages }` and never throws for a carrier-side problem. What a
 * connector can do is what it implements: `rate` today; shipments, tracking, pickups and post
 * offices are added to this interface as they arrive, as optional methods.
 */
import type { CustomerType } from "@/lib/rating/price-lists";
import type { Quote, RateRequest, UnavailableService } from "@/lib/rating/quote";
import type { RatingProblem } from "@/lib/rating/problems";
import type { PostOfficeMatch, PostOfficeRecord } from "./reference/post-offices";

export type CarrierId = "reference" | "canadapost";

/** A carrier's word about the request: a problem of the request, or the connector's own failure. */
export interface CarrierMessage {
  carrier: CarrierId;
  problem: RatingProblem;
  /** For logs only (a carrier's own error text); never shown as is. */
  detail?: string;
}

export interface CarrierResult<T> {
  data: T | null;
  messages: CarrierMessage[];
}

/** The engine's request, with the business's customer type instead of a price list (each connector picks its own). */
export interface CarrierRateRequest extends Omit<RateRequest, "priceList"> {
  customerType: CustomerType;
}

export interface CarrierRates {
  /** The price list used ("cp-2022-small-business"), for display and audit. */
  priceListId: string;
  quotes: Quote[];
  unavailable: UnavailableService[];
}

export interface PostOfficeQuery {
  /** A Canadian postal code (or FSA) to search near. */
  postalCode: string;
  limit?: number;
  /** Only offices that take Deliver to Post Office parcels. */
  d2poOnly?: boolean;
}

/** Where a parcel is, as the carrier says (one status per shipment, from its latest event). */
export type TrackingStatus = "CREATED" | "IN_TRANSIT" | "OUT_FOR_DELIVERY" | "DELIVERED" | "READY_FOR_PICKUP" | "EXCEPTION" | "RETURNED";

/** Which delivery update an event triggers for the addresses that asked for it. */
export type NoticeEvent = "shipped" | "exception" | "delivered" | "readyForPickup";

export interface TrackingEvent {
  /** The carrier's event code; with the time, identifies the event (stored once). */
  code: string;
  /** ISO instant. */
  occurredAt: string;
  /** "MONTREAL, QC" (upper case, as carriers print it), or null. */
  place: string | null;
  description: { en: string; fr: string };
  /** Who signed for the parcel (delivered with signature). */
  signatory: string | null;
  /** The shipment's status once this event happened. */
  status: TrackingStatus;
  /** The delivery update this event sends, if any. */
  notice: NoticeEvent | null;
}

export interface ShipmentTracking {
  trackingNumber: string;
  status: TrackingStatus;
  /** YYYY-MM-DD; revised by the carrier after a delay. */
  expectedDeliveryDate: string | null;
  /** Oldest first. */
  events: TrackingEvent[];
}

export interface CarrierConnector {
  readonly id: CarrierId;
  /** What the connector shows is sample data (the offline reference carrier). */
  readonly sandbox: boolean;
  rate?(request: CarrierRateRequest): Promise<CarrierResult<CarrierRates>>;
  /** Post offices nearest a postal code, closest first. */
  findPostOffices?(query: PostOfficeQuery): Promise<CarrierResult<PostOfficeMatch[]>>;
  /** One office by the carrier's id (to trust an id that came from a form). */
  postOffice?(id: string): Promise<PostOfficeRecord | null>;
  /** Status and events of shipments by tracking number; unknown numbers are left out. */
  track?(trackingNumbers: string[]): Promise<CarrierResult<ShipmentTracking[]>>;
}

/** The operations a connector implements. */
export type Capability = "rate" | "findPostOffices" | "track";

export function capabilities(connector: CarrierConnector): Capability[] {
  const out: Capability[] = [];
  if (connector.rate) out.push("rate");
  if (connector.findPostOffices) out.push("findPostOffices");
  if (connector.track) out.push("track");
  return out;
}
