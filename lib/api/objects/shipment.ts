/**
 * The Shipment object of the web services, and how a stored shipment becomes one. Shared by the
 * shipment endpoints and whatever else describes a shipment (webhook events).
 */
import { z } from "zod";
import type { PaymentMethod, ShipmentStatus, TrackingStatus } from "@/lib/db/generated/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import type { LabelAddress } from "@/lib/labels/types";
import { problemText, serviceName } from "@/lib/rates/present";
import type { RatingProblem } from "@/lib/rating/problems";
import type { DraftOptions } from "@/lib/shipments/draft";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { Options } from "../endpoints/rates";
import { Address, addressObject } from "../schemas/address";
import { IsoDate, Money, money, Parcel } from "../schemas/common";

export const SHIPMENT_STATUSES = { DRAFT: "pending", LABELLED: "purchased", VOIDED: "voided", VOID_REQUESTED: "void_requested", REFUSED: "refused" } as const satisfies Record<ShipmentStatus, string>;
export const TRACKING_STATUSES = {
  CREATED: "created",
  IN_TRANSIT: "in_transit",
  OUT_FOR_DELIVERY: "out_for_delivery",
  DELIVERED: "delivered",
  READY_FOR_PICKUP: "ready_for_pickup",
  EXCEPTION: "exception",
  RETURNED: "returned",
} as const satisfies Record<TrackingStatus, string>;

const values = <T extends Record<string, string>>(o: T) => Object.values(o) as [T[keyof T], ...T[keyof T][]];

export const Shipment = z
  .object({
    id: z.string(),
    status: z.enum(values(SHIPMENT_STATUSES)).meta({
      description: "pending: paid, its label being bought; purchased: the label is issued; voided; void_requested: the carrier refunds once it settles; refused: the carrier refused to sell the label (see refusedReason), nothing is owed.",
    }),
    test: z.boolean().meta({ description: "Bought with a test key: from the reference carrier or a sandbox account, nothing charged, nothing ships." }),
    trackingNumber: z.string().nullable(),
    trackingStatus: z.enum(values(TRACKING_STATUSES)).nullable().meta({ description: "Where the parcel is, from the carrier's latest event; null until the label is issued." }),
    returnTrackingNumber: z.string().nullable().meta({ description: "The prepaid return label's number, when one was bought with the shipment." }),
    service: z.object({ code: z.string().meta({ example: "DOM.EP" }), name: z.string().meta({ example: "Expedited Parcel" }) }),
    from: Address.nullable().meta({ description: "The ship-from location." }),
    to: Address,
    parcel: Parcel.nullable(),
    price: Money.nullable().meta({ description: "What the label cost, taxes included." }),
    options: Options,
    references: z.object({ reference1: z.string().nullable(), reference2: z.string().nullable() }),
    items: z.array(z.object({ description: z.string(), sku: z.string().nullable(), quantity: z.number().int() })).meta({ description: "What the parcel holds (packing slip, returns)." }),
    expectedDelivery: IsoDate.nullable(),
    refusedReason: z.string().nullable(),
    createdAt: z.string().meta({ description: "ISO 8601 date and time." }),
    purchasedAt: z.string().nullable(),
    labelUrl: z.string().nullable().meta({ description: "Where this API gives the label (PDF or ZPL), once issued and until the parcel is scanned or the label voided." }),
  })
  .meta({ id: "Shipment", description: "One parcel bought through Envoi." });

/** What the builder reads of a stored shipment. */
export interface ShipmentRow {
  id: string;
  status: ShipmentStatus;
  trackingNumber: string | null;
  trackingStatus: TrackingStatus | null;
  returnTrackingNumber: string | null;
  serviceCode: string | null;
  recipientName: string;
  recipientCompany: string | null;
  recipientLine1: string;
  recipientLine2: string | null;
  recipientCity: string;
  recipientProvince: string | null;
  recipientPostalCode: string | null;
  recipientCountry: string;
  recipientPhone: string | null;
  recipientEmail: string | null;
  weightGrams: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  options: unknown;
  reference1: string | null;
  reference2: string | null;
  items: unknown;
  rateCents: number | null;
  expectedDeliveryDate: string | null;
  refusedReason: string | null;
  labelData: unknown;
  createdAt: Date;
  labelledAt: Date | null;
  batch: { paymentMethod: PaymentMethod | null };
}

/** The stored columns the builder needs, for a Prisma `select`. */
export const SHIPMENT_SELECT = {
  id: true, status: true, trackingNumber: true, trackingStatus: true, returnTrackingNumber: true, serviceCode: true,
  recipientName: true, recipientCompany: true, recipientLine1: true, recipientLine2: true, recipientCity: true, recipientProvince: true,
  recipientPostalCode: true, recipientCountry: true, recipientPhone: true, recipientEmail: true,
  weightGrams: true, lengthMm: true, widthMm: true, heightMm: true, options: true, reference1: true, reference2: true, items: true, rateCents: true,
  expectedDeliveryDate: true, refusedReason: true, labelData: true, createdAt: true, labelledAt: true, locationId: true,
  batch: { select: { paymentMethod: true } },
} as const;

export function optionsObject(stored: unknown): z.input<typeof Options> {
  const o = { signature: false, coverageCents: 0, codCents: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false, ...(stored as Partial<DraftOptions> | null) };
  return { signature: o.signature, coverage: o.coverageCents, cod: o.codCents, proofOfAge: o.proofOfAge, cardForPickup: o.cardForPickup, doNotSafeDrop: o.doNotSafeDrop, leaveAtDoor: o.leaveAtDoor, deliverToPostOffice: o.deliverToPostOffice };
}

/** A refusal stored as one of our problems (JSON) in the caller's language; a carrier's own words as they came. */
function refusal(reason: string | null, locale: AppLocale): string | null {
  if (!reason?.startsWith("{")) return reason;
  try {
    return problemText(JSON.parse(reason) as RatingProblem, locale);
  } catch {
    return reason;
  }
}

/**
 * A stored shipment as the API gives it. `from` is the label's sender once bought, else the
 * ship-from location (given by the caller); `origin` is the API's address for the label URL.
 */
export function shipmentObject(s: ShipmentRow, context: { locale: AppLocale; origin: string; from?: LabelAddress | null }): z.input<typeof Shipment> {
  const snapshot = s.labelData as LabelSnapshot | null;
  const sender = snapshot?.label.sender ?? context.from ?? null;
  const code = s.serviceCode ?? "";
  const parcel = s.weightGrams && s.lengthMm && s.widthMm && s.heightMm ? { weightGrams: s.weightGrams, lengthMm: s.lengthMm, widthMm: s.widthMm, heightMm: s.heightMm } : null;
  return {
    id: s.id,
    status: SHIPMENT_STATUSES[s.status],
    test: s.batch.paymentMethod === "TEST",
    trackingNumber: s.trackingNumber,
    trackingStatus: s.trackingStatus ? TRACKING_STATUSES[s.trackingStatus] : null,
    returnTrackingNumber: s.returnTrackingNumber,
    service: { code, name: code ? serviceName(code, context.locale) : "" },
    from: sender ? addressObject(sender) : null,
    to: addressObject({
      name: s.recipientName, company: s.recipientCompany, line1: s.recipientLine1, line2: s.recipientLine2, city: s.recipientCity,
      province: s.recipientProvince, postalCode: s.recipientPostalCode, country: s.recipientCountry, phone: s.recipientPhone, email: s.recipientEmail,
    }),
    parcel,
    price: s.rateCents === null ? null : money(s.rateCents),
    options: optionsObject(s.options),
    references: { reference1: s.reference1, reference2: s.reference2 },
    items: (Array.isArray(s.items) ? (s.items as { description: string; sku?: string | null; quantity: number }[]) : []).map((i) => ({ description: i.description, sku: i.sku ?? null, quantity: i.quantity })),
    expectedDelivery: s.expectedDeliveryDate,
    refusedReason: refusal(s.refusedReason, context.locale),
    createdAt: s.createdAt.toISOString(),
    purchasedAt: s.labelledAt?.toISOString() ?? null,
    labelUrl: s.status === "LABELLED" && s.trackingNumber ? `${context.origin}/api/v1/shipments/${s.id}/label` : null,
  };
}
