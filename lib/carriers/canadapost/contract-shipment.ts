/**
 * Contract shipments (shipment-v8): create (POST /rs/{customer}/{mobo}/shipment) in a group, read
 * again and price (GET .../shipment/{id}, .../price), void (DELETE .../shipment/{id}) and refund
 * (POST .../shipment/{id}/refund). Pure.
 *
 * Groups: each shipment joins a group (`group-id`, 1 to 32 characters) that a later transmit
 * sends as one manifest. Choosing the group (one per day and ship-from location, not one per
 * shipment, which wastes a manifest each) is the caller's job, as is transmitting the groups.
 *
 * Void or refund: a shipment not yet transmitted is voided (HTTP 204). Once transmitted Canada
 * Post refuses the void (code 8064, reason "transmitted") and the caller asks for a refund.
 */
import type { CarrierResult, ShipmentRequest, VoidOutcome } from "../types";
import { readXml, toXml } from "./xml";
import { mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { unexpected } from "./messages";
import { parseRefund, refusal, segment, shipmentPrice, type RefundOutcome, type ShipmentPrice } from "./ncshipment";
import { clip, deliverySpecXml, returnSpecXml, SHIPMENT_NAMESPACE, shippingPoint } from "./shipment-body";

export const SHIPMENT_MEDIA_TYPE = mediaType("shipment-v8");

/** How the contract customer pays Canada Post: on account, or by the card on its profile. */
export type MethodOfPayment = "Account" | "CreditCard";

const shipmentPath = (customer: CanadaPostCustomer, shipmentId?: string) =>
  `/rs/${segment(customer.customerNumber)}/${segment(customer.moboCustomerNumber ?? customer.customerNumber)}/shipment${shipmentId === undefined ? "" : `/${segment(shipmentId)}`}`;

/**
 * Create a contract shipment in `groupId` (see above; throws RangeError when it is empty), priced
 * in the answer (provide-pricing-info), with a return label when asked and Canada Post can issue
 * one (a parcel to a Canadian address), printed 4x6 or on a letter page.
 */
export function createContractShipmentRequest(request: ShipmentRequest, customer: CanadaPostCustomer, groupId: string, payment: MethodOfPayment = "Account"): CpRequest {
  const group = clip(groupId, 32);
  if (!group) throw new RangeError("a contract shipment needs a group id");
  const xml = toXml("shipment", SHIPMENT_NAMESPACE, {
    // Envoi's id: Get Shipments finds the shipment by it when the answer to the create was lost.
    "customer-request-id": clip(request.reference, 35),
    "group-id": group,
    "requested-shipping-point": shippingPoint(request.label),
    "expected-mailing-date": /^\d{4}-\d{2}-\d{2}$/.test(request.label.mailingDate) ? request.label.mailingDate : null,
    "provide-pricing-info": true,
    "provide-receipt-info": payment === "CreditCard" ? true : null,
    "delivery-spec": deliverySpecXml(request, "shipment", { "contract-id": customer.contractNumber, "intended-method-of-payment": payment }),
    "return-spec": returnSpecXml(request),
  });
  return { group: "shipments", method: "POST", path: shipmentPath(customer), accept: SHIPMENT_MEDIA_TYPE, body: { xml, mediaType: SHIPMENT_MEDIA_TYPE } };
}

/** GET a contract shipment (`shipment-info`, read by parseShipmentCreated: its status tells whether it was transmitted). */
export const contractShipmentRequest = (customer: CanadaPostCustomer, shipmentId: string): CpRequest => ({ group: "shipments", method: "GET", path: shipmentPath(customer, shipmentId), accept: SHIPMENT_MEDIA_TYPE });

/** GET a contract shipment's price, when the create's answer carried none. */
export const contractPriceRequest = (customer: CanadaPostCustomer, shipmentId: string): CpRequest => ({ group: "shipments", method: "GET", path: `${shipmentPath(customer, shipmentId)}/price`, accept: SHIPMENT_MEDIA_TYPE });

/** The `shipment-price` answer, taxes included. */
export function parseContractPrice(response: CpResponse): CarrierResult<ShipmentPrice> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const price = doc?.name === "shipment-price" ? shipmentPrice(doc.element) : null;
  return price ? { data: price, messages: [] } : { data: null, messages: unexpected(response, "shipment price") };
}

/** Void a shipment not yet transmitted. */
export const contractVoidRequest = (customer: CanadaPostCustomer, shipmentId: string): CpRequest => ({ group: "void", method: "DELETE", path: shipmentPath(customer, shipmentId), accept: SHIPMENT_MEDIA_TYPE });

/** Canada Post's code for a void of a transmitted shipment ("a Refund request should be submitted"). */
export const VOID_TRANSMITTED = "8064";
/** Canada Post's code for a shipment already processed or printed ("a refund must be requested"): the same path. */
export const VOID_PROCESSED = "8034";

/**
 * The void's answer: HTTP 2xx is voided; code 8064 is refused with reason "transmitted" (ask for
 * a refund); a 404 with an empty `<messages/>` is refused "notFound"; other messages are refused
 * with Canada Post's words.
 */
export function parseContractVoid(response: CpResponse): CarrierResult<VoidOutcome> {
  if (response.status >= 200 && response.status < 300) return { data: { status: "voided" }, messages: [] };
  return refusal(response, "void shipment", { [VOID_TRANSMITTED]: "transmitted", [VOID_PROCESSED]: "transmitted" });
}

/** Ask for a transmitted shipment's refund: Canada Post answers by email to `email`. */
export function contractRefundRequest(customer: CanadaPostCustomer, shipmentId: string, email: string): CpRequest {
  const xml = toXml("shipment-refund-request", SHIPMENT_NAMESPACE, { email: clip(email, 60) ?? "" });
  return { group: "void", method: "POST", path: `${shipmentPath(customer, shipmentId)}/refund`, accept: SHIPMENT_MEDIA_TYPE, body: { xml, mediaType: SHIPMENT_MEDIA_TYPE } };
}

/** The refund's answer: refund requested (with its service ticket; also when one was already asked for), or refused. */
export const parseContractRefund: (response: CpResponse) => CarrierResult<RefundOutcome> = parseRefund;
