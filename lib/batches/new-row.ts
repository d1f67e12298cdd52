/** A blank row filled from the member's defaults (ship-from, service, options, references, emails). */
import type { Defaults } from "@/lib/settings/settings";
import { NO_DRAFT_OPTIONS, type ShipmentDraft } from "@/lib/shipments/draft";

export function blankDraft(defaults: Defaults): ShipmentDraft {
  const o = defaults.defaultOptions;
  return {
    locationId: defaults.defaultLocationId,
    contactId: null,
    saveContact: false,
    recipient: { name: "", company: null, line1: "", line2: null, city: "", province: null, postalCode: null, country: "CA", phone: null, email: null, taxId: null },
    templateId: null,
    lengthMm: null,
    widthMm: null,
    heightMm: null,
    weightGrams: null,
    serviceCode: defaults.defaultService,
    options: { ...NO_DRAFT_OPTIONS, signature: o.signature, coverageCents: o.coverageCents, cardForPickup: o.cardForPickup, doNotSafeDrop: o.doNotSafeDrop, leaveAtDoor: o.leaveAtDoor },
    postOffice: null,
    reference1: defaults.reference,
    reference2: null,
    notifications: defaults.notificationEmails.map((email) => ({ email, events: ["shipped", "exception", "delivered"] })),
    customs: null,
    includeReturnLabel: false,
    contents: [],
  };
}

/** The contact's address in a draft (the rest stays from the defaults). */
export function withContact(
  draft: ShipmentDraft,
  c: { id: string; name: string; company: string | null; line1: string; line2: string | null; city: string; province: string | null; postalCode: string | null; country: string; phone: string | null; email: string | null; taxId: string | null },
): ShipmentDraft {
  return {
    ...draft,
    contactId: c.id,
    recipient: { name: c.name, company: c.company, line1: c.line1, line2: c.line2, city: c.city, province: c.province, postalCode: c.postalCode, country: c.country, phone: c.phone, email: c.email, taxId: c.taxId },
    customs: c.country === "CA" ? null : { currency: "CAD", reason: "SALE_OF_GOODS", otherReason: null, invoiceNumber: null, items: [] },
  };
}
