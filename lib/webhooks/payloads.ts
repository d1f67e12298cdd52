/**
 * The JSON of webhook events: `{ id, type, created, data: { object } }`, the object as the API
 * shows it: amounts in cents with their currency, weights in grams, lengths in millimetres, times
 * in ISO 8601 (UTC), dates as YYYY-MM-DD, codes and statuses in lower case. Field names are
 * stable: receivers depend on them. Pure.
 */
import type { WebhookEventType } from "./events";

export const CURRENCY = "CAD";

/** The API's Money (lib/api/schemas/common.ts): cents and currency. */
export interface Money {
  amount: number;
  currency: typeof CURRENCY;
}

const money = (cents: number | null | undefined): Money | null => (cents === null || cents === undefined ? null : { amount: cents, currency: CURRENCY });
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const lower = (s: string | null | undefined) => (s ? s.toLowerCase() : null);

export interface ShipmentRow {
  id: string;
  batchId: string;
  status: string;
  carrier: string | null;
  serviceCode: string | null;
  trackingNumber: string | null;
  returnTrackingNumber: string | null;
  reference1: string | null;
  reference2: string | null;
  recipientName: string;
  recipientCompany: string | null;
  recipientCity: string;
  recipientProvince: string | null;
  recipientPostalCode: string | null;
  recipientCountry: string;
  weightGrams: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  rateCents: number | null;
  trackingStatus: string | null;
  expectedDeliveryDate: string | null;
  labelledAt: Date | null;
  deliveredAt: Date | null;
  voidedAt: Date | null;
}

/** The fields a shipment payload reads (a Prisma select). */
export const SHIPMENT_FIELDS = {
  id: true,
  batchId: true,
  status: true,
  carrier: true,
  serviceCode: true,
  trackingNumber: true,
  returnTrackingNumber: true,
  reference1: true,
  reference2: true,
  recipientName: true,
  recipientCompany: true,
  recipientCity: true,
  recipientProvince: true,
  recipientPostalCode: true,
  recipientCountry: true,
  weightGrams: true,
  lengthMm: true,
  widthMm: true,
  heightMm: true,
  rateCents: true,
  trackingStatus: true,
  expectedDeliveryDate: true,
  labelledAt: true,
  deliveredAt: true,
  voidedAt: true,
} as const satisfies Record<keyof ShipmentRow, true>;

export function shipmentObject(s: ShipmentRow) {
  return {
    object: "shipment" as const,
    id: s.id,
    batchId: s.batchId,
    status: lower(s.status),
    carrier: s.carrier,
    serviceCode: s.serviceCode,
    trackingNumber: s.trackingNumber,
    returnTrackingNumber: s.returnTrackingNumber,
    references: [s.reference1, s.reference2].filter((r): r is string => Boolean(r)),
    recipient: { name: s.recipientName, company: s.recipientCompany, city: s.recipientCity, province: s.recipientProvince, postalCode: s.recipientPostalCode, country: s.recipientCountry },
    parcel: { weightGrams: s.weightGrams, lengthMm: s.lengthMm, widthMm: s.widthMm, heightMm: s.heightMm },
    price: money(s.rateCents),
    trackingStatus: lower(s.trackingStatus),
    expectedDeliveryDate: s.expectedDeliveryDate,
    labelledAt: iso(s.labelledAt),
    deliveredAt: iso(s.deliveredAt),
    voidedAt: iso(s.voidedAt),
  };
}

export function labelObject(s: { id: string; batchId: string; trackingNumber: string | null; returnTrackingNumber: string | null }, format: "PDF_4X6" | "PDF_LETTER") {
  return {
    object: "label" as const,
    shipmentId: s.id,
    batchId: s.batchId,
    trackingNumber: s.trackingNumber,
    returnTrackingNumber: s.returnTrackingNumber,
    format: format === "PDF_4X6" ? ("pdf_4x6" as const) : ("pdf_letter" as const),
  };
}

export interface TrackingEventRow {
  code: string;
  occurredAt: Date;
  place: string | null;
  descriptionEn: string;
  descriptionFr: string;
  signatory: string | null;
  status: string;
}

export function trackingObject(s: { id: string; trackingNumber: string | null; trackingStatus: string | null; expectedDeliveryDate: string | null; deliveredAt: Date | null; signatory: string | null }, events: TrackingEventRow[]) {
  return {
    object: "tracking" as const,
    shipmentId: s.id,
    trackingNumber: s.trackingNumber,
    status: lower(s.trackingStatus),
    expectedDeliveryDate: s.expectedDeliveryDate,
    deliveredAt: iso(s.deliveredAt),
    signatory: s.signatory,
    /** Oldest first. */
    events: events.map((e) => ({
      code: e.code,
      occurredAt: e.occurredAt.toISOString(),
      status: lower(e.status),
      place: e.place,
      description: { en: e.descriptionEn, fr: e.descriptionFr },
      signatory: e.signatory,
    })),
  };
}

/** A voided label's refund: requested of the carrier, refunded, or refused (the label stands). */
export function refundObject(r: { shipmentId: string; trackingNumber: string | null; status: "requested" | "refunded" | "refused"; amountCents: number; method: string | null }) {
  return {
    object: "refund" as const,
    shipmentId: r.shipmentId,
    trackingNumber: r.trackingNumber,
    status: r.status,
    amount: money(r.amountCents),
    method: lower(r.method),
  };
}

export interface PickupRow {
  id: string;
  carrier: string;
  confirmationNumber: string;
  status: string;
  date: string;
  readyTime: string;
  closingTime: string;
  location: string;
  line1: string;
  line2: string | null;
  city: string;
  province: string;
  postalCode: string;
  parcels: number;
  totalWeightGrams: number;
  totalCents: number;
  cancelledAt: Date | null;
}

export function pickupObject(p: PickupRow, change: "booked" | "changed" | "cancelled") {
  return {
    object: "pickup" as const,
    id: p.id,
    change,
    carrier: p.carrier,
    confirmationNumber: p.confirmationNumber,
    status: lower(p.status),
    date: p.date,
    readyTime: p.readyTime,
    closingTime: p.closingTime,
    location: lower(p.location),
    address: { line1: p.line1, line2: p.line2, city: p.city, province: p.province, postalCode: p.postalCode, country: "CA" },
    parcels: p.parcels,
    totalWeightGrams: p.totalWeightGrams,
    price: money(p.totalCents),
    cancelledAt: iso(p.cancelledAt),
  };
}

export function batchObject(b: { id: string; number: number; status: string; totalCents: number | null; paymentMethod: string | null; labelledAt: Date | null }, counts: { labelled: number; refused: number }) {
  return {
    object: "batch" as const,
    id: b.id,
    number: b.number,
    status: lower(b.status),
    total: money(b.totalCents),
    paymentMethod: lower(b.paymentMethod),
    labelledAt: iso(b.labelledAt),
    shipments: counts,
  };
}

export type WebhookObject =
  | ReturnType<typeof shipmentObject>
  | ReturnType<typeof labelObject>
  | ReturnType<typeof trackingObject>
  | ReturnType<typeof refundObject>
  | ReturnType<typeof pickupObject>
  | ReturnType<typeof batchObject>;

/** The body every endpoint receives for one event; `livemode` false for what a test API key did. */
export function eventBody(id: string, type: WebhookEventType, created: Date, livemode: boolean, object: WebhookObject) {
  return { id, object: "event" as const, type, created: Math.floor(created.getTime() / 1000), livemode, data: { object } };
}
