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

export interface LabelRequestInput {
  draft: ShipmentDraft;
  quote: Quote;
  sender: LabelAddress;
  senderTaxIds: LabelCustoms["senderTaxIds"];
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
  };
}
