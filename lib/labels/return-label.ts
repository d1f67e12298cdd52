// The prepaid return label of a shipment Envoi draws: the same parcel and service, back to the
// ship-from location. It carries none of the outbound options (signature, coverage, COD, proof of
// age, delivery instructions: they were the outbound parcel's) and is mailed later by its sender.
import type { LabelData, LabelOptions } from "./types";

const NO_OPTIONS: LabelOptions = {
  signature: false,
  coverageCents: 0,
  codCents: 0,
  proofOfAge: null,
  cardForPickup: false,
  doNotSafeDrop: false,
  leaveAtDoor: false,
  deliverToPostOffice: false,
};

/** The return label of `label`, under its own tracking number. */
export function returnLabelOf(label: LabelData, trackingNumber: string): LabelData {
  return {
    ...label,
    trackingNumber,
    sender: label.recipient,
    recipient: label.sender,
    postOffice: null,
    options: NO_OPTIONS,
    customs: null,
    matrix: null,
    isReturn: true,
  };
}
