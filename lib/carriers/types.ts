/**
 * The carrier connector interface (after karrio's gateway): one connector per carrier, each
 * operation returns `{ data, messages }` and never throws for a carrier-side problem. What a
 * connector can do is what it implements: `rate` today; shipments, tracking, pickups and post
 * offices are added to this interface as they arrive, as optional methods.
 */
import type { CustomerType } from "@/lib/rating/price-lists";
import type { Quote, RateRequest, UnavailableService } from "@/lib/rating/quote";
import type { RatingProblem } from "@/lib/rating/problems";
import type { PickupProblem } from "@/lib/pickups/rules";
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
  /** A Canadian postal code (or FSA) to search near; or `text`, exactly one of the two. */
  postalCode?: string;
  /** What a person typed: an address with a postal code, an FSA or a city ("Richmond, BC"). */
  text?: string;
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

/** Where the driver finds the parcels. */
export type PickupLocationKind = "FRONT_DESK" | "RECEPTION" | "LOADING_DOCK" | "MAILROOM" | "SIDE_DOOR" | "OTHER";

/** A one-off pickup as asked of the carrier (times are local to the pickup address). */
export interface PickupRequest {
  address: { company: string | null; line1: string; line2: string | null; city: string; province: string; postalCode: string };
  /** YYYY-MM-DD */
  date: string;
  /** "HH:MM", 24 h. */
  readyTime: string;
  closingTime: string;
  location: PickupLocationKind;
  /** Up to 132 characters. */
  instructions: string | null;
  contact: { name: string; phone: string; email: string };
  parcels: number;
  totalWeightGrams: number;
  /** Any item over 23 kg. */
  heavy: boolean;
}

export interface PickupAvailability {
  /** The carrier picks up at this postal code. */
  available: boolean;
  /** Same-day requests are taken until this local time ("HH:MM"). */
  sameDayCutoff: string;
  /** The time zone of the pickup address. */
  timeZone: string;
}

export interface PickupPrice {
  feeCents: number;
  taxCents: number;
  totalCents: number;
}

export interface PickupConfirmation extends PickupPrice {
  confirmationNumber: string;
}

/**
 * A pickup operation's answer: with `problems`, the carrier refused the request by its pickup
 * rules (`data` is null, `messages` keep the connector's own failures). Assignable both ways
 * with CarrierResult, so a connector's result can be read as one.
 */
export type PickupResult<T> = CarrierResult<T> & { problems?: PickupProblem[] };

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
  /** Whether (and until when today) the carrier picks up at a postal code. */
  pickupAvailability?(postalCode: string): Promise<PickupResult<PickupAvailability>>;
  /** The fee of a pickup, before it is booked (shown to confirm). */
  pickupPrice?(request: PickupRequest): Promise<PickupResult<PickupPrice>>;
  createPickup?(request: PickupRequest, now: Date): Promise<PickupResult<PickupConfirmation>>;
  updatePickup?(confirmationNumber: string, request: PickupRequest, now: Date): Promise<PickupResult<PickupConfirmation>>;
  cancelPickup?(confirmationNumber: string, now: Date): Promise<PickupResult<{ cancelled: true }>>;
}

/** The operations a connector implements. */
export type Capability = "rate" | "findPostOffices" | "track" | "pickups";

export function capabilities(connector: CarrierConnector): Capability[] {
  const out: Capability[] = [];
  if (connector.rate) out.push("rate");
  if (connector.findPostOffices) out.push("findPostOffices");
  if (connector.track) out.push("track");
  if (connector.pickupAvailability && connector.createPickup && connector.updatePickup && connector.cancelPickup) out.push("pickups");
  return out;
}
