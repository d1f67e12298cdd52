/**
 * The live Canada Post connector: each operation is a pure request builder and a pure parser
 * (files beside this one) joined by the one HTTP layer (`send`, http.ts). Rates, labels
 * (non-contract, or contract with a group when the account has a contract number), voids and
 * refunds, tracking, pickups and post offices; with a contract, return labels (authorized
 * returns), open returns and transmit with manifests. Reached through lib/carriers/registry.ts only.
 */
import type { CarrierConnector, CarrierMessage, CarrierMode, CarrierResult, PickupAvailability, PickupRequest, PickupResult, PostOfficeMatch, ShipmentRequest, ShipmentTracking, VoidOutcome } from "../types";
import { call, type CpSend } from "./http";
import { checkPickup } from "../pickup-rules";
import type { CanadaPostCustomer } from "./request";
import { rateRequest, rateRequestProblems, parseRates, discoverServicesRequest, parseServices } from "./rating";
import { ncRefundRequest, parseRefund } from "./ncshipment";
import { contractVoidRequest, parseContractVoid, contractRefundRequest, parseContractRefund } from "./contract-shipment";
import { buyShipment } from "./buy";
import { createOpenReturnTemplate, createReturnLabel, nextOpenReturnLabel, retireOpenReturnTemplate } from "./return-buy";
import { transmit } from "./transmit";
import { trackDetailRequest, parseTrackingDetail } from "./tracking";
import { postOfficesRequest, parsePostOffices, postOfficeDetailRequest, parsePostOfficeDetail } from "./post-offices";
import { pickupAvailabilityRequest, parsePickupAvailability, pickupFeeSchedule } from "./pickups";
import { createPickupRequest, updatePickupRequest, cancelPickupRequest, parsePickupConfirmation, parsePickupCancelled, pickupPriceRequest, parsePickupPrice } from "./pickup-requests";

export interface CanadaPostConnectorOptions {
  send: CpSend;
  customer: CanadaPostCustomer;
  mode: Exclude<CarrierMode, "reference">;
  /** The business's own account (Canada Post bills the business), or null for the platform's. */
  accountId: string | null;
  /** Where Canada Post sends the answer to a refund request (the business's email). */
  refundEmail: string;
  /** The language of the reasons the connector words itself (Canada Post words the rest). */
  locale?: "en" | "fr";
  /** Contract shipments: the group a shipment joins (one per day and ship-from location, for the end-of-day manifest). */
  groupId?: (request: ShipmentRequest) => string;
}

const VOID_REASONS = {
  notFound: { en: "Canada Post does not know this shipment any more (it may have been voided already).", fr: "Postes Canada ne connaît plus cet envoi (il a peut-être déjà été annulé)." },
} as const;

export function createCanadaPostConnector(options: CanadaPostConnectorOptions): CarrierConnector {
  const { send, customer } = options;
  const locale = options.locale ?? "en";
  const contract = Boolean(customer.contractNumber);

  async function voidShipment(shipment: { trackingNumber: string; carrierShipmentId: string | null }): Promise<CarrierResult<VoidOutcome>> {
    const id = shipment.carrierShipmentId;
    if (!id) return { data: { status: "refused", reason: VOID_REASONS.notFound[locale] }, messages: [] };
    if (!contract) return call(send, ncRefundRequest(customer, id, options.refundEmail), parseRefund);
    const voided = await call(send, contractVoidRequest(customer, id), parseContractVoid);
    // Transmitted (or printed) already: the label cannot be voided any more, only refunded.
    if (voided.data?.status === "refused" && voided.data.reason === "transmitted") return call(send, contractRefundRequest(customer, id, options.refundEmail), parseContractRefund);
    if (voided.data?.status === "refused" && voided.data.reason === "notFound") return { data: { status: "refused", reason: VOID_REASONS.notFound[locale] }, messages: voided.messages };
    return voided;
  }

  async function track(numbers: string[]): Promise<CarrierResult<ShipmentTracking[]>> {
    const out: ShipmentTracking[] = [];
    const messages: CarrierMessage[] = [];
    for (const pin of numbers) {
      const answer = await call(send, trackDetailRequest(pin), (r) => parseTrackingDetail(r, pin));
      if (answer.data) out.push(answer.data);
      messages.push(...answer.messages);
      // Canada Post is not answering (or the minute's calls are spent): the rest would fail the same way.
      if (!answer.data && answer.messages.some((m) => m.problem.code === "carrierBusy" || m.problem.code === "carrierUnavailable")) break;
    }
    return { data: out.length || !messages.length ? out : null, messages };
  }

  const availability = (postalCode: string): Promise<PickupResult<PickupAvailability>> => call(send, pickupAvailabilityRequest(postalCode), (r) => parsePickupAvailability(r, pickupFeeSchedule(customer)));

  /** Canada Post's pickup rules checked before asking (its own refusals have no documented codes to place on fields). */
  async function broken(request: PickupRequest, now: Date): Promise<PickupResult<never> | null> {
    const available = await availability(request.address.postalCode);
    if (!available.data && !available.problems?.length) return { data: null, messages: available.messages };
    const problems = available.problems?.length ? available.problems : checkPickup(request, { now, availability: available.data });
    return problems.length ? { data: null, messages: [], problems } : null;
  }

  const pickupPrice = (request: PickupRequest): Promise<PickupResult<{ feeCents: number; taxCents: number; totalCents: number }>> => call(send, pickupPriceRequest(customer, request), parsePickupPrice);

  /**
   * Contract accounts only (Canada Post settles each by contract id; a non-contract business never
   * sees these steps): return labels on demand, open returns, transmit and manifests. Authorized
   * returns have no cancel at Canada Post: cancelling is Envoi's own state (nothing is charged
   * until the parcel is scanned), so it answers cancelled without a call.
   */
  const contractOnly: Partial<CarrierConnector> = contract
    ? {
        createReturnLabel: (request) => createReturnLabel(send, customer, request, locale),
        cancelReturnLabel: async () => ({ data: { cancelled: true }, messages: [] }),
        createOpenReturnTemplate: (request) => createOpenReturnTemplate(send, customer, request, locale),
        nextOpenReturnLabel: (templateId, request) => nextOpenReturnLabel(send, customer, templateId, request, locale),
        retireOpenReturnTemplate: (templateId) => retireOpenReturnTemplate(send, customer, templateId),
        transmit: (request, now) => transmit(send, customer, request, now),
      }
    : {};

  return {
    ...contractOnly,
    id: "canadapost",
    sandbox: options.mode === "sandbox",
    mode: options.mode,
    accountId: options.accountId,
    rate: async (request) => {
      // What Canada Post would refuse on its schema's grounds, said as Envoi's own problems on the right field.
      const problems = rateRequestProblems(request);
      if (problems.length) return { data: null, messages: problems.map((p) => ({ carrier: "canadapost" as const, problem: p })) };
      return call(send, rateRequest(request, customer), (r) => parseRates(r, request, customer));
    },
    createShipment: (request) => buyShipment(send, customer, request, { locale, refundEmail: options.refundEmail, groupId: options.groupId }),
    voidShipment,
    track,
    findPostOffices: async (query): Promise<CarrierResult<PostOfficeMatch[]>> => call(send, postOfficesRequest(query), (r) => parsePostOffices(r, query)),
    postOffice: async (id) => (await call(send, postOfficeDetailRequest(id), (r) => ({ data: parsePostOfficeDetail(r), messages: [] }))).data,
    pickupAvailability: availability,
    pickupPrice,
    createPickup: async (request, now) => (await broken(request, now)) ?? call(send, createPickupRequest(customer, request), (r) => parsePickupConfirmation(r)),
    updatePickup: async (confirmationNumber, request, now) => {
      const refused = await broken(request, now);
      if (refused) return refused;
      // Canada Post's update answers with a success flag only: the price is asked first.
      const price = await pickupPrice(request);
      if (!price.data) return { data: null, messages: price.messages, problems: price.problems };
      return call(send, updatePickupRequest(customer, confirmationNumber, request), (r) => parsePickupConfirmation(r, { confirmationNumber, price: price.data! }));
    },
    cancelPickup: (confirmationNumber) => call(send, cancelPickupRequest(customer, confirmationNumber), parsePickupCancelled),
  };
}

/** "Test connection": the services Canada Post offers from a postal code to another (discover services). */
export async function discoverServices(send: CpSend, customer: CanadaPostCustomer, query: { originPostalCode: string; destinationPostalCode: string }) {
  return call(send, discoverServicesRequest({ originPostalCode: query.originPostalCode, country: "CA", destinationPostalCode: query.destinationPostalCode }, customer), parseServices);
}
