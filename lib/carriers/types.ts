/**
 * The carrier connector interface (after karrio's gateway) and every type a carrier deals in: one
 * connector per carrier, each operation returns `{ data, messages }` and never throws for a
 * carrier-side problem. What a connector can do is what it implements (optional methods): rate,
 * buy and void labels, track, book pickups, find post offices. Connectors are reached through
 * lib/carriers/registry.ts only.
 */
import type { LabelData } from "@/lib/labels/types";
import type { CustomerType } from "@/lib/rating/price-lists";
import type { Quote, RateRequest, UnavailableService } from "@/lib/rating/quote";
import type { RatingProblem } from "@/lib/rating/problems";

export type CarrierId = "reference" | "canadapost";

/** A carrier's word about the request: a problem of the request, or the connector's own failure. */
export interface CarrierMessage {
  carrier: CarrierId;
  problem: RatingProblem;
  /** For logs only (a carrier's own error text, codes and all); never shown as is. */
  detail?: string;
  /** The carrier's own description of a problem with the request, in the language asked for: shown after the carrier's name. */
  text?: string;
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

/**
 * A quote and the carrier that gave it (what a batch row stores and pays for): which system
 * (reference, sandbox, production), whether the business's own account bought it (the carrier
 * bills the business) or Envoi's, and the price list (Canada Post: counter, commercial or contract).
 */
export type CarrierQuote = Quote & { carrier?: CarrierId; mode?: CarrierMode; accountId?: string | null; priceListId?: string };

/** Buying a label: what it shows (but its tracking numbers), the quote paid, how it is printed. */
export interface ShipmentRequest {
  /** Our shipment's id, for the carrier's records (and its idempotency, where it has one). */
  reference: string;
  label: Omit<LabelData, "trackingNumber">;
  /** A prepaid return label too. */
  returnLabel: boolean;
  quote: Quote;
  format: "thermal4x6" | "letter";
  locale: "en" | "fr";
}

/** A label the carrier sold. */
export interface IssuedShipment {
  trackingNumber: string;
  returnTrackingNumber: string | null;
  /** The carrier's own id of the shipment (to void it, reprint it, find it again). */
  carrierShipmentId: string;
  /** What the carrier charged, in cents, taxes included. */
  priceCents: number;
  /** The label as the carrier gives it: a PDF to store as is, or the data Envoi draws it from. */
  label: { kind: "pdf"; pdf: Uint8Array } | { kind: "draw"; label: LabelData; returnLabel: LabelData | null };
}

/** What voiding a label came to: done, a refund asked of the carrier, or refused with its reason (a code under `shipments.voidRefused`, or the carrier's text). */
export type VoidOutcome =
  | { status: "voided" }
  /** The carrier's ticket for the request (id, and YYYY-MM-DD), when it gives one. */
  | { status: "refundRequested"; serviceTicketId?: string | null; serviceTicketDate?: string | null }
  | { status: "refused"; reason: string };

export interface OpeningHours {
  /** 0 = Monday ... 6 = Sunday. */
  day: number;
  /** "HH:MM", 24 h; null when closed that day. */
  open: string | null;
  close: string | null;
}

/** A post office as the carrier describes it. */
export interface PostOfficeRecord {
  id: string;
  name: string;
  line1: string;
  city: string;
  province: string;
  postalCode: string;
  lat: number;
  lon: number;
  hours: OpeningHours[];
  /** Takes Deliver to Post Office parcels (and holds them for pickup). */
  acceptsD2PO: boolean;
  /** Sample data (the reference carrier's network), not a real office. */
  sample: boolean;
}

export interface PostOfficeMatch extends PostOfficeRecord {
  distanceKm: number;
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

/**
 * What a carrier knows of a shipment it issued, from the label: the reference carrier simulates
 * tracking from it (a live carrier has its own records).
 */
export interface IssuedShipmentFacts {
  trackingNumber: string;
  /** ISO instant the label was created. */
  createdAt: string;
  /** YYYY-MM-DD */
  mailingDate: string;
  /** YYYY-MM-DD, from the rating engine */
  expectedDeliveryDate: string;
  /** DOM.EP, DOM.XP, USA.EP, INT.IP.AIR ... */
  serviceCode: string;
  origin: { city: string; province: string; postalCode: string };
  destination: { city: string; province: string | null; postalCode: string | null; country: string };
  /** Signature option (or proof of age): delivered events carry a signatory. */
  signature: boolean;
  recipientName: string;
  /** Deliver to Post Office: the office the parcel waits at. */
  postOffice: { name: string; city: string; province: string; postalCode: string } | null;
  /** Contract shipments: its group was transmitted (a void is then a refund request). */
  transmitted?: boolean;
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

export type PickupProblemCode =
  | "postalCodeInvalid"
  | "pickupNotAvailable"
  | "dateInvalid"
  | "dateInPast"
  | "notBusinessDay"
  | "tooFarAhead"
  | "sameDayCutoffPassed"
  | "readyTimeOutOfRange"
  | "readyTooSoon"
  | "closingTooEarly"
  | "instructionsTooLong"
  | "parcelsInvalid"
  | "weightInvalid"
  | "weightOverLimit"
  | "heavyNotDeclared"
  | "contactNameMissing"
  | "contactPhoneMissing"
  | "contactPhoneInvalid"
  | "contactEmailMissing"
  | "contactEmailInvalid"
  | "tooLateToChange"
  | "pickupNotFound";

/** One of Canada Post's pickup rules broken by a request, on the form field it concerns. */
export interface PickupProblem {
  field:
    | "postalCode"
    | "date"
    | "readyTime"
    | "closingTime"
    | "instructions"
    | "parcels"
    | "totalWeight"
    | "contactPhone"
    | "contactEmail"
    | "contactName"
    | "confirmationNumber";
  code: PickupProblemCode;
  values?: Record<string, string>;
}

/** What the carrier knows of a booked pickup, to judge a change or a cancellation. */
export interface BookedPickup {
  date: string;
  postalCode: string;
}

/** What an on-demand pickup costs at an address: a fee before tax, waived from a number of parcels. */
export interface PickupFeeSchedule {
  feeCents: number;
  /** Free from this many parcels (null: never free). */
  freeFromParcels: number | null;
}

export interface PickupAvailability {
  /** The carrier picks up at this postal code. */
  available: boolean;
  /** Same-day requests are taken until this local time ("HH:MM"). */
  sameDayCutoff: string;
  /** The time zone of the pickup address. */
  timeZone: string;
  /** The fee, for the form to show as it is filled (the booking confirms the exact price). */
  fee: PickupFeeSchedule;
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

/**
 * A return label asked of the carrier (Canada Post: an authorized return): from the customer (the
 * original recipient, `label.sender`) back to the business (`label.recipient`, a ship-from
 * location). Paid when used: the carrier charges when it first scans the parcel.
 */
export interface ReturnLabelRequest {
  /** Our Return's id, for the carrier's records. */
  reference: string;
  /** What the label shows but its tracking number; `isReturn` is true. */
  label: Omit<LabelData, "trackingNumber">;
  format: "thermal4x6" | "letter";
  locale: "en" | "fr";
  /** The business's price list (the reference carrier estimates the price with it; default small business). */
  customerType?: CustomerType;
  /** When it is issued (the estimate's price list and the simulated tracking start then). */
  issuedAt?: Date;
}

/** A return label the carrier issued (not yet paid: see ReturnLabelRequest). */
export interface IssuedReturnLabel {
  trackingNumber: string;
  /** The carrier's own id of the return (to find or cancel it). */
  carrierShipmentId: string;
  /** What the label will cost once used, in cents, taxes included (an estimate where the carrier gives none). */
  estimatedCents: number;
  /** The day the carrier expects it back if mailed on the issue day (YYYY-MM-DD), when it says. */
  expectedDeliveryDate?: string | null;
  label: { kind: "pdf"; pdf: Uint8Array } | { kind: "draw"; label: LabelData };
}

/**
 * An open return (Canada Post openreturn-v2): a template from which the carrier issues up to
 * `maxUses` generic prepaid return labels, each with its own tracking number, addressed to the
 * business; paid per label used.
 */
export interface OpenReturnTemplateRequest {
  reference: string;
  /** The business's address the labels go back to, the service and the parcel as printed. */
  label: Omit<LabelData, "trackingNumber">;
  maxUses: number;
  /** What one used label will cost, in cents, taxes included (Envoi's quote; the carrier may answer its own). */
  estimatedCents?: number;
  format: "thermal4x6" | "letter";
  locale: "en" | "fr";
}

export interface OpenReturnTemplate {
  templateId: string;
  maxUses: number;
}

/** End of day: send the day's groups of contract shipments (one ship-from point) and get their manifests. */
export interface TransmitRequest {
  /** The groups to transmit (one per day and ship-from location). */
  groupIds: string[];
  /** The postal code parcels are handed over at. */
  shippingPointPostalCode: string;
  /** The address printed on the manifest (the business at its ship-from location). */
  manifestAddress: { name: string; company: string | null; phone: string | null; line1: string; line2: string | null; city: string; province: string; postalCode: string };
  /** The Canada Post customer and contract numbers printed on the manifest. */
  customerNumber?: string | null;
  contractNumber?: string | null;
  /** The shipments in those groups as the business knows them (the reference carrier draws its manifest from them). */
  shipments: Array<{ trackingNumber: string; serviceCode: string; weightGrams: number; priceCents: number }>;
  locale: "en" | "fr";
}

/** One manifest the carrier made of a transmit: its number and the document to hand over with the parcels. */
export interface TransmittedManifest {
  /** The carrier's id of the manifest (to fetch it again). */
  manifestId: string;
  /** The number printed on it (a barcode on the reference carrier's). */
  number: string;
  /** The tracking numbers it covers, when the carrier says. */
  trackingNumbers: string[];
  totalCents: number | null;
  document: { kind: "pdf"; pdf: Uint8Array };
}

/** Which system answers: the offline reference carrier, or the carrier's test or real system. */
export type CarrierMode = "reference" | "sandbox" | "production";

export interface CarrierConnector {
  readonly id: CarrierId;
  /** What the connector shows is sample data (the offline reference carrier, or a carrier's test system). */
  readonly sandbox: boolean;
  /** Which system answers (absent: the reference carrier). */
  readonly mode?: CarrierMode;
  /**
   * The business's own carrier account the connector buys with: the carrier charges the business
   * and Envoi takes no payment. Null or absent: Envoi's account (the reference carrier, or the
   * platform's Canada Post account), and Envoi charges the business by card or on account.
   */
  readonly accountId?: string | null;
  rate?(request: CarrierRateRequest): Promise<CarrierResult<CarrierRates>>;
  /** Buys a label. A refusal is `data: null` with the carrier's messages. */
  createShipment?(request: ShipmentRequest): Promise<CarrierResult<IssuedShipment>>;
  /** Voids a label it sold (or asks for its refund, once it was transmitted). */
  voidShipment?(shipment: { trackingNumber: string; carrierShipmentId: string | null }, now: Date): Promise<CarrierResult<VoidOutcome>>;
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
  /** Issues a return label, paid when used. */
  createReturnLabel?(request: ReturnLabelRequest): Promise<CarrierResult<IssuedReturnLabel>>;
  /** Cancels an unused return label (nothing was charged). */
  cancelReturnLabel?(ret: { trackingNumber: string; carrierShipmentId: string | null }): Promise<CarrierResult<{ cancelled: true }>>;
  createOpenReturnTemplate?(request: OpenReturnTemplateRequest): Promise<CarrierResult<OpenReturnTemplate>>;
  /** The template's next label (one use); null data with a message when the template is used up. */
  nextOpenReturnLabel?(templateId: string, request: OpenReturnTemplateRequest): Promise<CarrierResult<IssuedReturnLabel>>;
  retireOpenReturnTemplate?(templateId: string): Promise<CarrierResult<{ retired: true }>>;
  /** Transmits groups of contract shipments and returns their manifests (contract accounts only). */
  transmit?(request: TransmitRequest, now: Date): Promise<CarrierResult<TransmittedManifest[]>>;
}

/** The operations a connector implements. */
export type Capability = "rate" | "shipments" | "findPostOffices" | "track" | "pickups" | "returns" | "openReturns" | "manifests";

export function capabilities(connector: CarrierConnector): Capability[] {
  const out: Capability[] = [];
  if (connector.rate) out.push("rate");
  if (connector.createShipment && connector.voidShipment) out.push("shipments");
  if (connector.findPostOffices) out.push("findPostOffices");
  if (connector.track) out.push("track");
  if (connector.pickupAvailability && connector.createPickup && connector.updatePickup && connector.cancelPickup) out.push("pickups");
  if (connector.createReturnLabel) out.push("returns");
  if (connector.createOpenReturnTemplate && connector.nextOpenReturnLabel) out.push("openReturns");
  if (connector.transmit) out.push("manifests");
  return out;
}
