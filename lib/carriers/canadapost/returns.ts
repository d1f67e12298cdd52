/**
 * Authorized returns (authreturn-v2): POST /rs/{customer}/{mobo}/authorizedreturn creates a
 * prepaid return label from the customer (`returner`, the original recipient) back to the
 * business (`receiver`, a ship-from location); the answer (`authorized-return-info`) carries the
 * tracking PIN and a `rel="returnLabel"` link to the PDF. Pure.
 *
 * Paid when used: Canada Post charges the contract when it first scans the parcel. The answer has
 * no price, so the connector estimates it by rating the return leg (index.ts).
 *
 * Contract only: the settlement is a contract (`settlement-info/contract-id`); Canada Post
 * sells authorized returns to commercial (contract) customers, so a non-contract account is told
 * so before anything is asked (RETURNS_NEED_CONTRACT).
 *
 * No cancel: authreturn-v2 has no DELETE or void (its only operation is the create). An unused
 * return label costs nothing, so "cancelled" is Envoi's own state: the connector answers
 * cancelled without a call (index.ts), and the label, if ever scanned, is charged by Canada Post.
 */
import type { CarrierResult, ReturnLabelRequest } from "../types";
import type { LabelAddress } from "@/lib/labels/types";
import { child, readXml, text, toXml, type XmlObject } from "./xml";
import { mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { unexpected } from "./messages";
import { parseLinks, type CpLink } from "./artifacts";
import { caPostalCode, clip, parcelXml, phoneNumber } from "./shipment-body";
import { segment } from "./ncshipment";

export const AUTHRETURN_MEDIA_TYPE = mediaType("authreturn-v2");
export const AUTHRETURN_NAMESPACE = "http://www.canadapost.ca/ws/authreturn-v2";

export const RETURNS_NEED_CONTRACT = {
  en: "Canada Post issues return labels on demand (authorized returns) only to contract customers. Add your contract number to your Canada Post account in Envoi, or use Envoi's labels.",
  fr: "Postes Canada n'émet des étiquettes de retour sur demande (retours autorisés) qu'aux clients avec contrat. Ajoutez votre numéro de contrat à votre compte Postes Canada dans Envoi, ou utilisez les étiquettes d'Envoi.",
} as const;

export const RETURN_CANCELLED_LOCALLY = {
  en: "Canada Post has no cancel for return labels: the label stays valid at Canada Post but nothing is charged unless it is scanned.",
  fr: "Postes Canada n'annule pas les étiquettes de retour : l'étiquette reste valide chez Postes Canada, mais rien n'est facturé tant qu'elle n'est pas numérisée.",
} as const;

/** A Canadian address as the return schemas write it (`domestic-address`). */
export function domesticAddressXml(address: LabelAddress): XmlObject {
  return {
    "address-line-1": clip(address.line1, 44) ?? "-",
    "address-line-2": clip(address.line2, 44),
    city: clip(address.city, 40) ?? "-",
    province: (address.province ?? "").trim().toUpperCase(),
    "postal-code": caPostalCode(address.postalCode),
  };
}

const person = (address: LabelAddress) => clip(address.name, 44) ?? clip(address.company, 44) ?? "-";

const authReturnPath = (customer: CanadaPostCustomer) =>
  `/rs/${segment(customer.customerNumber)}/${segment(customer.moboCustomerNumber ?? customer.customerNumber)}/authorizedreturn`;

/** Whether both ends are Canadian (authorized returns are domestic only). */
export function domesticReturn(request: Pick<ReturnLabelRequest, "label">): boolean {
  return request.label.sender.country.trim().toUpperCase() === "CA" && request.label.recipient.country.trim().toUpperCase() === "CA";
}

/** Create an authorized return under the customer's contract (throws RangeError without a contract number). */
export function authorizedReturnRequest(request: ReturnLabelRequest, customer: CanadaPostCustomer): CpRequest {
  if (!customer.contractNumber) throw new RangeError("an authorized return needs a contract number");
  const { label } = request;
  const receiver = label.recipient;
  const xml = toXml("authorized-return", AUTHRETURN_NAMESPACE, {
    "service-code": label.serviceCode,
    returner: { name: person(label.sender), company: clip(label.sender.company, 44), "domestic-address": domesticAddressXml(label.sender) },
    receiver: {
      name: person(receiver),
      company: clip(receiver.company, 44),
      "receiver-voice-number": phoneNumber(receiver.phone),
      "domestic-address": domesticAddressXml(receiver),
    },
    "parcel-characteristics": parcelXml(label),
    "print-preferences": { "output-format": request.format === "thermal4x6" ? "4x6" : "8.5x11", encoding: "PDF", "show-packing-instructions": false },
    "settlement-info": { "paid-by-customer": customer.moboCustomerNumber ?? customer.customerNumber, "contract-id": customer.contractNumber },
    references: { "customer-ref-1": clip(label.reference1 ?? request.reference, 35), "customer-ref-2": clip(label.reference2, 35) },
  });
  return { group: "shipments", method: "POST", path: authReturnPath(customer), accept: AUTHRETURN_MEDIA_TYPE, body: { xml, mediaType: AUTHRETURN_MEDIA_TYPE } };
}

export interface CreatedReturn {
  trackingNumber: string;
  links: CpLink[];
}

/** The create's answer: the PIN and its links (the label is `rel="returnLabel"`); else Canada Post's messages. */
export function parseAuthorizedReturn(response: CpResponse): CarrierResult<CreatedReturn> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const pin = doc?.name === "authorized-return-info" ? text(doc.element, "tracking-pin") : null;
  if (!doc || !pin) return { data: null, messages: unexpected(response, "authorized return") };
  const links = parseLinks(child(doc.element, "links"));
  return { data: { trackingNumber: pin, links }, messages: [] };
}
