/** A Shipment row <-> its draft. Pure. */
import { Prisma, type Shipment } from "@/lib/db/generated/client";
import type { PostOffice } from "@/lib/labels/types";
import { NO_DRAFT_OPTIONS, type ContentItem, type DraftOptions, type Notification, type ShipmentDraft } from "./draft";

/** A shipment row as the batch sheet reads it: everything but the frozen label snapshot (large, and read by labels only). */
export type DraftRow = Omit<Shipment, "labelData">;

export function draftFromRow(row: DraftRow): ShipmentDraft {
  return {
    locationId: row.locationId,
    contactId: row.contactId,
    saveContact: row.saveContact,
    recipient: {
      name: row.recipientName,
      company: row.recipientCompany,
      line1: row.recipientLine1,
      line2: row.recipientLine2,
      city: row.recipientCity,
      province: row.recipientProvince,
      postalCode: row.recipientPostalCode,
      country: row.recipientCountry,
      phone: row.recipientPhone,
      email: row.recipientEmail,
      taxId: row.recipientTaxId,
    },
    templateId: row.templateId,
    lengthMm: row.lengthMm,
    widthMm: row.widthMm,
    heightMm: row.heightMm,
    weightGrams: row.weightGrams,
    serviceCode: row.serviceCode,
    options: { ...NO_DRAFT_OPTIONS, ...((row.options ?? {}) as Partial<DraftOptions>) },
    postOffice: (row.postOffice ?? null) as PostOffice | null,
    reference1: row.reference1,
    reference2: row.reference2,
    notifications: (Array.isArray(row.notifications) ? row.notifications : []) as unknown as Notification[],
    customs: (row.customs ?? null) as ShipmentDraft["customs"],
    includeReturnLabel: row.includeReturnLabel,
    contents: (Array.isArray(row.items) ? row.items : []) as unknown as ContentItem[],
  };
}

/** The columns a draft writes (everything but the batch, position, rating and purchase columns). */
export function rowFromDraft(d: ShipmentDraft) {
  const r = d.recipient;
  return {
    locationId: d.locationId,
    contactId: d.contactId,
    saveContact: d.saveContact,
    recipientName: r.name,
    recipientCompany: r.company,
    recipientLine1: r.line1,
    recipientLine2: r.line2,
    recipientCity: r.city,
    recipientProvince: r.province,
    recipientPostalCode: r.postalCode,
    recipientCountry: r.country,
    recipientPhone: r.phone,
    recipientEmail: r.email,
    recipientTaxId: r.taxId,
    templateId: d.templateId,
    lengthMm: d.lengthMm,
    widthMm: d.widthMm,
    heightMm: d.heightMm,
    weightGrams: d.weightGrams,
    serviceCode: d.serviceCode,
    options: d.options as unknown as Prisma.InputJsonValue,
    reference1: d.reference1,
    reference2: d.reference2,
    notifications: d.notifications as unknown as Prisma.InputJsonValue,
    customs: d.customs ? (d.customs as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    includeReturnLabel: d.includeReturnLabel,
    items: d.contents as unknown as Prisma.InputJsonValue,
  };
}
