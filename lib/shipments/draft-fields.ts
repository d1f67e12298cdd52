/** A draft as the sheet's row form shows it (strings in the member's units): the inverse of draftFromFields. Pure. */
import { gramsToDisplay, mmToDisplay, type UnitSystem } from "@/lib/rating/measures";
import type { ShipmentDraft } from "./draft";

const on = (b: boolean) => (b ? "on" : "");
const num = (v: number | null, units: UnitSystem, kind: "mm" | "g") => (v === null ? "" : String(kind === "mm" ? mmToDisplay(v, units) : gramsToDisplay(v, units)));
const dollars = (cents: number) => (cents ? String(cents / 100) : "");

export function fieldsFromDraft(d: ShipmentDraft, units: UnitSystem): Record<string, string> {
  const r = d.recipient;
  const c = d.customs;
  return {
    locationId: d.locationId ?? "",
    contactId: d.contactId ?? "",
    saveContact: on(d.saveContact),
    name: r.name,
    company: r.company ?? "",
    line1: r.line1,
    line2: r.line2 ?? "",
    city: r.city,
    province: r.province ?? "",
    postalCode: r.postalCode ?? "",
    country: r.country,
    phone: r.phone ?? "",
    email: r.email ?? "",
    taxId: r.taxId ?? "",
    templateId: d.templateId ?? "",
    units,
    length: num(d.lengthMm, units, "mm"),
    width: num(d.widthMm, units, "mm"),
    height: num(d.heightMm, units, "mm"),
    weight: num(d.weightGrams, units, "g"),
    serviceCode: d.serviceCode ?? "",
    signature: on(d.options.signature),
    coverage: dollars(d.options.coverageCents),
    cod: dollars(d.options.codCents),
    proofOfAge: d.options.proofOfAge ? String(d.options.proofOfAge) : "",
    cardForPickup: on(d.options.cardForPickup),
    doNotSafeDrop: on(d.options.doNotSafeDrop),
    leaveAtDoor: on(d.options.leaveAtDoor),
    deliverToPostOffice: on(d.options.deliverToPostOffice),
    reference1: d.reference1 ?? "",
    reference2: d.reference2 ?? "",
    notifications: JSON.stringify(d.notifications),
    customsCurrency: c?.currency ?? "CAD",
    customsReason: c?.reason ?? "SALE_OF_GOODS",
    customsOtherReason: c?.otherReason ?? "",
    customsInvoiceNumber: c?.invoiceNumber ?? "",
    customsItems: JSON.stringify(c?.items ?? []),
    includeReturnLabel: on(d.includeReturnLabel),
    contents: JSON.stringify(d.contents),
    postOfficeId: d.postOffice?.id ?? "",
    postOfficeLabel: d.postOffice ? `${d.postOffice.name}, ${d.postOffice.line1}, ${d.postOffice.city} ${d.postOffice.province}  ${d.postOffice.postalCode}` : "",
  };
}
