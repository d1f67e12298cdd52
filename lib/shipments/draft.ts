/**
 * A shipment as the batch sheet edits it: everything the user typed, valid or not (a draft is
 * saved as it is typed and checked separately, see validate-draft.ts). Pure types and helpers.
 */
import type { ShipmentOptions } from "@/lib/rating/options";
import type { LabelCustoms, PostOffice } from "@/lib/labels/types";

export const NOTIFICATION_EVENTS = ["shipped", "exception", "delivered"] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export interface Notification {
  email: string;
  events: NotificationEvent[];
}

export interface DraftOptions extends Required<Omit<ShipmentOptions, "proofOfAge">> {
  proofOfAge: 18 | 19 | null;
}

export const NO_DRAFT_OPTIONS: DraftOptions = {
  signature: false,
  coverageCents: 0,
  codCents: 0,
  proofOfAge: null,
  cardForPickup: false,
  doNotSafeDrop: false,
  leaveAtDoor: false,
  deliverToPostOffice: false,
};

export interface ShipmentDraft {
  locationId: string | null;
  contactId: string | null;
  saveContact: boolean;
  recipient: {
    name: string;
    company: string | null;
    line1: string;
    line2: string | null;
    city: string;
    province: string | null;
    postalCode: string | null;
    country: string;
    phone: string | null;
    email: string | null;
    taxId: string | null;
  };
  templateId: string | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  weightGrams: number | null;
  serviceCode: string | null;
  options: DraftOptions;
  postOffice: PostOffice | null;
  reference1: string | null;
  reference2: string | null;
  notifications: Notification[];
  /** The sender's and items part of customs; tax ids come from the business profile at purchase. */
  customs: Omit<LabelCustoms, "senderTaxIds" | "recipientTaxId"> | null;
  includeReturnLabel: boolean;
  /** What the parcel holds, for its packing slip and returns (stored in Shipment.items). */
  contents: ContentItem[];
}

/** A line of what a parcel holds. */
export interface ContentItem {
  description: string;
  sku: string | null;
  quantity: number;
}

/** A row with nothing in it (tests, and the base a whole typed form is read over). */
export const EMPTY_DRAFT: ShipmentDraft = {
  locationId: null,
  contactId: null,
  saveContact: false,
  recipient: { name: "", company: null, line1: "", line2: null, city: "", province: null, postalCode: null, country: "CA", phone: null, email: null, taxId: null },
  templateId: null,
  lengthMm: null,
  widthMm: null,
  heightMm: null,
  weightGrams: null,
  serviceCode: null,
  options: NO_DRAFT_OPTIONS,
  postOffice: null,
  reference1: null,
  reference2: null,
  notifications: [],
  customs: null,
  includeReturnLabel: false,
  contents: [],
};

export const MAX_NOTIFICATIONS = 4;
export { REFERENCE_MAX as REFERENCE_MAX_LENGTH } from "@/lib/forms/limits";
export const MAX_CUSTOMS_ITEMS = 20;
export const MAX_CONTENT_ITEMS = 50;

/**
 * What the price depends on, as one string: a draft rated with other inputs than its current ones
 * must be rated again before it can be paid.
 */
export function ratingFingerprint(d: ShipmentDraft, originPostalCode: string | null): string {
  return JSON.stringify([
    originPostalCode,
    d.recipient.country,
    d.recipient.postalCode,
    d.recipient.country === "US" ? d.recipient.province : null,
    d.lengthMm,
    d.widthMm,
    d.heightMm,
    d.weightGrams,
    d.options,
  ]);
}

export function needsCustoms(country: string): boolean {
  return country.toUpperCase() !== "CA";
}
