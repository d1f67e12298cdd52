/**
 * The frozen label of a paid shipment: everything the label, the return label and the receipt
 * show, stored as Shipment.labelData. Frozen at payment with an empty tracking number (the
 * carrier gives it when the label is bought), then completed with the carrier's label. Pure.
 */
import type { LabelAddress, LabelCustoms, LabelData } from "@/lib/labels/types";
import type { Quote } from "@/lib/rating/quote";
import { serviceInfo } from "@/lib/rating/services";
import type { ShipmentDraft } from "./draft";

export interface LabelSnapshot {
  label: LabelData;
  returnLabel: LabelData | null;
  /** The quote paid for, with its lines (for the receipt and the shipment page). */
  quote: Quote;
}

/** The Canada Post account the postage is paid from, as the label names it. */
export interface PostageAccount {
  customerNumber: string | null;
  contractNumber: string | null;
}

export interface LabelRequestInput {
  draft: ShipmentDraft;
  quote: Quote;
  sender: LabelAddress;
  senderTaxIds: LabelCustoms["senderTaxIds"];
  account?: PostageAccount | null;
}

/** A ship-from location as the label's sender: the business (the location's company, or the business's name), and the person to contact there. */
export function senderAddress(
  location: { contactName: string; company: string | null; line1: string; line2: string | null; city: string; province: string; postalCode: string; phone: string; email: string | null },
  businessName: string,
): LabelAddress {
  return {
    name: location.contactName,
    company: location.company?.trim() || businessName,
    line1: location.line1,
    line2: location.line2,
    city: location.city,
    province: location.province,
    postalCode: location.postalCode,
    country: "CA",
    phone: location.phone,
    email: location.email,
  };
}

/** What the label of a draft will show, but its tracking number. */
export function labelRequest(i: LabelRequestInput): Omit<LabelData, "trackingNumber"> {
  const d = i.draft;
  const info = serviceInfo(i.quote.serviceCode);
  return {
    serviceCode: i.quote.serviceCode,
    serviceName: info?.name ?? { en: i.quote.serviceCode, fr: i.quote.serviceCode },
    sender: i.sender,
    recipient: { ...d.recipient },
    postOffice: d.options.deliverToPostOffice ? d.postOffice : null,
    options: d.options,
    weightGrams: d.weightGrams ?? 0,
    lengthMm: d.lengthMm ?? 0,
    widthMm: d.widthMm ?? 0,
    heightMm: d.heightMm ?? 0,
    reference1: d.reference1,
    reference2: d.reference2,
    mailingDate: i.quote.mailingDate,
    customs: d.customs ? { ...d.customs, senderTaxIds: i.senderTaxIds, recipientTaxId: d.recipient.taxId } : null,
    // One parcel a shipment.
    piece: { number: 1, of: 1 },
    customerNumber: i.account?.customerNumber ?? null,
    contractNumber: i.account?.contractNumber ?? null,
  };
}
