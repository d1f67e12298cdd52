/**
 * Canada Post's rules for one shipment, checked on a draft: each problem goes next to its field in
 * the batch sheet and blocks payment. Pure (the caller passes what it looked up).
 */
import { isCountryCode } from "@/lib/addresses/countries";
import { validateAddress } from "@/lib/addresses/validate-address";
import { PARCEL_LIMITS } from "@/lib/forms/quantities";
import { optionProblems } from "@/lib/rating/options";
import { MAX_CUSTOMS_ITEMS, MAX_NOTIFICATIONS, REFERENCE_MAX_LENGTH, needsCustoms, type ShipmentDraft } from "./draft";

export interface DraftProblem {
  /** The form field it belongs to ("line1", "weight", "options", "customsItems.0.description"...). */
  field: string;
  /** A message key with its namespace: "address.errors.line1Required", "shipments.errors.referenceTooLong". */
  key: string;
  values?: Record<string, string | number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const HS_CODE = /^\d{6,10}$/;

export interface DraftContext {
  /** The ship-from location exists in the business. */
  hasLocation: boolean;
}

export function draftProblems(d: ShipmentDraft, ctx: DraftContext): DraftProblem[] {
  const out: DraftProblem[] = [];
  const add = (field: string, code: string, values?: DraftProblem["values"], ns = "shipments.errors") => out.push({ field, key: `${ns}.${code}`, ...(values ? { values } : {}) });

  if (!ctx.hasLocation) add("locationId", "locationRequired");

  const r = d.recipient;
  const address = validateAddress({ name: r.name, company: r.company, line1: r.line1, line2: r.line2, city: r.city, province: r.province, postalCode: r.postalCode, country: r.country, phone: r.phone, email: r.email });
  if (!address.ok) {
    for (const [field, p] of Object.entries(address.errors)) if (p) out.push({ field, key: `address.errors.${p.code}`, ...(p.values ? { values: p.values } : {}) });
  }
  const abroad = needsCustoms(r.country);
  if (abroad && !r.phone) add("phone", "phoneRequiredAbroad");
  if (d.options.deliverToPostOffice) {
    if (!r.name) add("name", "d2poNameRequired");
    if (!r.email) add("email", "d2poEmailRequired");
    if (!r.phone) add("phone", "d2poPhoneRequired");
    if (!d.postOffice) add("postOffice", "postOfficeRequired");
  }

  for (const [field, value] of [["length", d.lengthMm], ["width", d.widthMm], ["height", d.heightMm]] as const) {
    if (value === null) add(field, "required", undefined, "validation");
  }
  if (d.weightGrams === null) add("weight", "required", undefined, "validation");
  else if (d.weightGrams > PARCEL_LIMITS.maxWeightGrams) add("weight", "tooHeavy", undefined, "validation");

  for (const p of optionProblems(d.options)) add("options", p.code, p.values as DraftProblem["values"], "rating.problems");

  for (const field of ["reference1", "reference2"] as const) {
    if ((d[field]?.length ?? 0) > REFERENCE_MAX_LENGTH) add(field, "referenceTooLong", { max: REFERENCE_MAX_LENGTH });
  }

  if (d.notifications.length > MAX_NOTIFICATIONS) add("notifications", "tooManyNotifications", { max: MAX_NOTIFICATIONS });
  d.notifications.forEach((n, i) => {
    if (!EMAIL.test(n.email)) add(`notifications.${i}`, "notificationEmailInvalid", { email: n.email });
    else if (n.events.length === 0) add(`notifications.${i}`, "notificationNoEvent", { email: n.email });
  });

  if (abroad && d.includeReturnLabel) add("includeReturnLabel", "returnLabelDomesticOnly");
  if (abroad) {
    const c = d.customs;
    if (!c || c.items.length === 0) add("customsItems", "customsItemsRequired");
    else {
      if (c.items.length > MAX_CUSTOMS_ITEMS) add("customsItems", "customsTooManyItems", { max: MAX_CUSTOMS_ITEMS });
      c.items.forEach((item, i) => {
        const at = (f: string) => `customsItems.${i}.${f}`;
        if (!item.description) add(at("description"), "customsDescriptionRequired");
        if (item.quantity < 1) add(at("quantity"), "customsQuantityRequired");
        if (item.unitValueCents <= 0) add(at("unitValueCents"), "customsValueRequired");
        if (item.unitWeightGrams <= 0) add(at("unitWeightGrams"), "customsWeightRequired");
        if (!isCountryCode(item.originCountry)) add(at("originCountry"), "customsOriginInvalid");
        if (item.hsCode && !HS_CODE.test(item.hsCode)) add(at("hsCode"), "customsHsCodeInvalid");
      });
      const itemsWeight = c.items.reduce((t, i) => t + i.quantity * i.unitWeightGrams, 0);
      if (d.weightGrams !== null && itemsWeight > d.weightGrams) add("customsItems", "customsWeightOverParcel");
      if (c.reason === "OTHER" && !c.otherReason) add("customsOtherReason", "customsOtherReasonRequired");
    }
  }
  return out;
}
