/**
 * The frozen label of a paid shipment: everything the label, the return label and the receipt
 * show, built once in the purchase transaction and stored as Shipment.labelData. Pure.
 */
import type { LabelAddress, LabelCustoms, LabelData } from "@/lib/labels/types";
import type { Quote } from "@/lib/rating/quote";
import { serviceInfo } from "@/lib/rating/services";
import type { ShipmentDraft } from "@/lib/shipments/draft";

export interface LabelSnapshot {
  label: LabelData;
  returnLabel: LabelData | null;
  /** The quote paid for, with its lines (for the receipt and the shipment page). */
  quote: Quote;
}

export interface SnapshotInput {
  draft: ShipmentDraft;
  quote: Quote;
  sender: LabelAddress;
  trackingNumber: string;
  returnTrackingNumber: string | null;
  senderTaxIds: LabelCustoms["senderTaxIds"];
}

export function labelSnapshot(i: SnapshotInput): LabelSnapshot {
  const d = i.draft;
  const info = serviceInfo(i.quote.serviceCode);
  const recipient: LabelAddress = { ...d.recipient };
  const label: LabelData = {
    trackingNumber: i.trackingNumber,
    serviceCode: i.quote.serviceCode,
    serviceName: info?.name ?? { en: i.quote.serviceCode, fr: i.quote.serviceCode },
    sender: i.sender,
    recipient,
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
  // The return label: the same parcel and service, back to the ship-from location, prepaid.
  const returnLabel: LabelData | null = i.returnTrackingNumber
    ? {
        ...label,
        trackingNumber: i.returnTrackingNumber,
        sender: recipient,
        recipient: i.sender,
        postOffice: null,
        options: { ...label.options, codCents: 0, deliverToPostOffice: false, leaveAtDoor: false },
        customs: null,
        isReturn: true,
      }
    : null;
  return { label, returnLabel, quote: i.quote };
}
