/**
 * Non-contract shipments (ncshipment-v4): Canada Post's shipping for a customer without a
 * contract, paid at once by the card on the customer's profile; no group, transmit or manifest.
 * Create (POST /rs/{customer}/ncshipment), its details and receipt (the price charged), and the
 * refund request that stands for a void. Also the readers shared with contract shipments: the
 * created shipment's answer (`non-contract-shipment-info` or `shipment-info`), its price, and
 * refund and void answers. Pure.
 *
 * What the schema does not take: a print format (the label comes in the profile's default) and a
 * return label (contract shipments only: see returnLabelSupported in shipment-body.ts).
 */
import type { CarrierResult, ShipmentRequest, VoidOutcome } from "../types";
import { cents, child, readXml, text, toXml, type XmlElement } from "./xml";
import { mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { parseMessages, rejected, unexpected } from "./messages";
import { parseLinks, type CpLink } from "./artifacts";
import { clip, deliverySpecXml, NC_NAMESPACE, shippingPoint } from "./shipment-body";

export const NC_MEDIA_TYPE = mediaType("ncshipment-v4");

/** A path segment: customer numbers and Canada Post's shipment ids, escaped. */
export const segment = (value: string) => encodeURIComponent(value.trim());

const ncPath = (customer: CanadaPostCustomer, shipmentId?: string) => `/rs/${segment(customer.customerNumber)}/ncshipment${shipmentId === undefined ? "" : `/${segment(shipmentId)}`}`;

/** Create a non-contract shipment: the quote's service from the sender's postal code. */
export function createNcShipmentRequest(request: ShipmentRequest, customer: CanadaPostCustomer): CpRequest {
  const xml = toXml("non-contract-shipment", NC_NAMESPACE, {
    "requested-shipping-point": shippingPoint(request.label),
    "delivery-spec": deliverySpecXml(request, "ncshipment"),
  });
  return { group: "shipments", method: "POST", path: ncPath(customer), accept: NC_MEDIA_TYPE, body: { xml, mediaType: NC_MEDIA_TYPE } };
}

/** What a shipment costs, taxes included (`shipment-price` of a contract shipment). */
export interface ShipmentPrice {
  preTaxCents: number;
  /** GST + PST + HST. */
  taxCents: number;
  /** What is due: `due-amount` (pre-tax amount and taxes). */
  totalCents: number;
}

/** A `shipment-price` element read in cents; null without a pre-tax amount. */
export function shipmentPrice(element: XmlElement | undefined): ShipmentPrice | null {
  const preTax = cents(text(element, "pre-tax-amount"));
  if (preTax === null) return null;
  const tax = ["gst-amount", "pst-amount", "hst-amount"].reduce((sum, name) => sum + (cents(text(element, name)) ?? 0), 0);
  return { preTaxCents: preTax, taxCents: tax, totalCents: cents(text(element, "due-amount")) ?? preTax + tax };
}

export interface ShipmentCreated {
  /** Canada Post's id of the shipment (to void or refund it, and fetch its details). */
  shipmentId: string;
  /** Null for a service without tracking (Small Packet). */
  trackingNumber: string | null;
  /** Contract shipments with a return spec. */
  returnTrackingNumber: string | null;
  /** Contract shipments: "created", "transmitted"... */
  status: string | null;
  links: CpLink[];
  /** Contract shipments created with provide-pricing-info: the price, taxes included. */
  price: ShipmentPrice | null;
  priceCents: number | null;
}

const SHIPMENT_ROOTS = new Set(["non-contract-shipment-info", "shipment-info"]);

/**
 * A created shipment (or a contract shipment read again with GET): its id, tracking numbers,
 * links and, for a contract shipment, its price. Canada Post's refusal comes back as its messages.
 */
export function parseShipmentCreated(response: CpResponse): CarrierResult<ShipmentCreated> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const shipmentId = doc && SHIPMENT_ROOTS.has(doc.name) ? text(doc.element, "shipment-id") : null;
  if (!doc || !shipmentId) return { data: null, messages: unexpected(response, "create shipment") };
  const price = shipmentPrice(child(doc.element, "shipment-price"));
  return {
    data: {
      shipmentId,
      trackingNumber: text(doc.element, "tracking-pin"),
      returnTrackingNumber: text(doc.element, "return-tracking-pin"),
      status: text(doc.element, "shipment-status"),
      links: parseLinks(child(doc.element, "links")),
      price,
      priceCents: price?.totalCents ?? null,
    },
    messages: [],
  };
}

/** Canada Post's code for "a refund has already been requested for this shipment" (HTTP 409): the refund stands. */
export const REFUND_ALREADY_REQUESTED = "7292";

/** A refund request Canada Post took: its service ticket (id, and YYYY-MM-DD), when the answer gives one. */
export type RefundRequested = Required<Extract<VoidOutcome, { status: "refundRequested" }>>;

export type RefundOutcome = Exclude<VoidOutcome, { status: "refundRequested" }> | RefundRequested;
type Refused = Extract<VoidOutcome, { status: "refused" }>;

/**
 * Canada Post said no: a 404 with an empty `<messages/>` is a shipment it does not know
 * ("notFound"); a message whose code is in `reasons` gives that reason; any other message about
 * the request gives Canada Post's words. A schema failure (code Server) or an answer without
 * messages is the connector's failure (data null).
 */
export function refusal(response: CpResponse, what: string, reasons: Readonly<Record<string, string>> = {}): CarrierResult<Refused> {
  const messages = parseMessages(response.body);
  if (response.status === 404 && messages.length === 0 && readXml(response.body)?.name === "messages") return { data: { status: "refused", reason: "notFound" }, messages: [] };
  const known = messages.find((m) => reasons[m.code]);
  if (known) return { data: { status: "refused", reason: reasons[known.code]! }, messages: rejected(messages) };
  const words = messages.filter((m) => m.code !== "Server").map((m) => m.description || m.code);
  if (words.length) return { data: { status: "refused", reason: words.join(" ") }, messages: rejected(messages) };
  return { data: null, messages: unexpected(response, what) };
}

const REFUND_ROOTS = new Set(["non-contract-shipment-refund-request-info", "shipment-refund-request-info"]);

/** A refund request's answer (non-contract or contract): refund requested, with its service ticket; or refused. */
export function parseRefund(response: CpResponse): CarrierResult<RefundOutcome> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (doc && REFUND_ROOTS.has(doc.name)) {
    return { data: { status: "refundRequested", serviceTicketId: text(doc.element, "service-ticket-id"), serviceTicketDate: text(doc.element, "service-ticket-date") }, messages: [] };
  }
  if (parseMessages(response.body).some((m) => m.code === REFUND_ALREADY_REQUESTED)) {
    return { data: { status: "refundRequested", serviceTicketId: null, serviceTicketDate: null }, messages: [] };
  }
  return refusal(response, "refund request");
}

/** Ask for a non-contract shipment's refund (its void): Canada Post answers by email to `email`. */
export function ncRefundRequest(customer: CanadaPostCustomer, shipmentId: string, email: string): CpRequest {
  const xml = toXml("non-contract-shipment-refund-request", NC_NAMESPACE, { email: clip(email, 60) ?? "" });
  return { group: "void", method: "POST", path: `${ncPath(customer, shipmentId)}/refund`, accept: NC_MEDIA_TYPE, body: { xml, mediaType: NC_MEDIA_TYPE } };
}

export const ncDetailsRequest = (customer: CanadaPostCustomer, shipmentId: string): CpRequest => ({ group: "shipments", method: "GET", path: `${ncPath(customer, shipmentId)}/details`, accept: NC_MEDIA_TYPE });

export const ncReceiptRequest = (customer: CanadaPostCustomer, shipmentId: string): CpRequest => ({ group: "shipments", method: "GET", path: `${ncPath(customer, shipmentId)}/receipt`, accept: NC_MEDIA_TYPE });

export interface NcShipmentDetails {
  trackingNumber: string | null;
  serviceCode: string | null;
  /** Where the parcel was deposited (a postal code). */
  finalShippingPoint: string | null;
  /** A refund was asked for: its service ticket. */
  refund: { serviceTicketId: string | null; serviceTicketDate: string | null } | null;
}

/** A non-contract shipment's details (what was asked for, and a refund requested since). */
export function parseNcDetails(response: CpResponse): CarrierResult<NcShipmentDetails> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (!doc || doc.name !== "non-contract-shipment-details") return { data: null, messages: unexpected(response, "shipment details") };
  const refund = child(doc.element, "refund-request-info");
  return {
    data: {
      trackingNumber: text(doc.element, "tracking-pin"),
      serviceCode: text(doc.element, "delivery-spec", "service-code"),
      finalShippingPoint: text(doc.element, "final-shipping-point"),
      refund: refund ? { serviceTicketId: text(refund, "service-ticket-id"), serviceTicketDate: text(refund, "service-ticket-date") } : null,
    },
    messages: [],
  };
}

export interface NcReceipt {
  serviceCode: string | null;
  /** What Canada Post charged, taxes included: pre-tax amount + GST + PST + HST. */
  priceCents: number;
  preTaxCents: number;
  taxCents: number;
  /** The card's charge as the receipt shows it (equal to priceCents). */
  chargedCents: number | null;
  /** YYYY-MM-DD */
  expectedDeliveryDate: string | null;
}

/** A non-contract shipment's receipt: the price Canada Post charged the card. */
export function parseNcReceipt(response: CpResponse): CarrierResult<NcReceipt> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const preTax = doc?.name === "non-contract-shipment-receipt" ? cents(text(doc.element, "pre-tax-amount")) : null;
  if (!doc || preTax === null) return { data: null, messages: unexpected(response, "shipment receipt") };
  const tax = ["gst-amount", "pst-amount", "hst-amount"].reduce((sum, name) => sum + (cents(text(doc.element, name)) ?? 0), 0);
  return {
    data: {
      serviceCode: text(doc.element, "service-code"),
      priceCents: preTax + tax,
      preTaxCents: preTax,
      taxCents: tax,
      chargedCents: cents(text(doc.element, "cc-receipt-details", "charge-amount")),
      expectedDeliveryDate: text(doc.element, "service-standard", "expected-delivery-date"),
    },
    messages: [],
  };
}
