// The generic prepaid return label of an open return: addressed to the business (its ship-from
// location), with the sender left blank for the customer to write their own address, and none
// of an outbound parcel's options. Pure: data in, label data out.
import type { LabelAddress, LabelData } from "./types";

/** The blank sender block the customer fills in by hand. */
export const BLANK_SENDER: LabelAddress = { name: "", company: null, line1: "", line2: null, city: "", province: null, postalCode: null, country: "CA", phone: null, email: null };

/** An open return's label under its own tracking number: to `label.recipient`, from a blank sender. */
export function openReturnLabelOf(label: Omit<LabelData, "trackingNumber">, trackingNumber: string): LabelData {
  return {
    ...label,
    trackingNumber,
    sender: BLANK_SENDER,
    postOffice: null,
    customs: null,
    matrix: null,
    piece: null,
    isReturn: true,
    options: { signature: false, coverageCents: 0, codCents: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false },
  };
}
