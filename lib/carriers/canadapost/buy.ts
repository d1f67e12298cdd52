/**
 * Buying one label from Canada Post: create the shipment (non-contract, or contract with a group),
 * fetch its label artifact (and the return label's, for a contract shipment with one), and learn
 * the price Canada Post charged (the contract answer carries it; a non-contract shipment's comes
 * from its receipt). Two or three calls, each through the one HTTP layer.
 */
import { PDFDocument } from "pdf-lib";
import { localDay } from "@/lib/manifests/local-day";
import { problem } from "@/lib/rating/problems";
import type { CarrierResult, IssuedShipment, ShipmentRequest } from "../types";
import { call, type CpSend } from "./http";
import type { CanadaPostCustomer } from "./request";
import { artifactRequest, labelLink, parseArtifact, returnLabelLink, type CpLink } from "./artifacts";
import { contractVoidRequest, createContractShipmentRequest } from "./contract-shipment";
import { createNcShipmentRequest, ncReceiptRequest, ncRefundRequest, parseNcReceipt, parseShipmentCreated } from "./ncshipment";
import { returnLabelSupported } from "./shipment-body";

/** A day's group per ship-from postal code: "20261205-K1A0B1" (Canada Post: up to 32 characters). */
export function defaultGroupId(request: ShipmentRequest, now = new Date()): string {
  const day = localDay(now).replaceAll("-", "");
  return `${day}-${(request.label.sender.postalCode ?? "").replace(/\s/g, "").toUpperCase()}`.slice(0, 32);
}

const NO_RETURN_LABEL = {
  en: "Canada Post sells a return label with the shipment only to contract customers, for a Canadian address. Untick the return label or buy it separately.",
  fr: "Postes Canada ne vend une étiquette de retour avec l'envoi qu'aux clients avec contrat, pour une adresse au Canada. Décochez l'étiquette de retour ou achetez-la séparément.",
} as const;

async function merged(pdfs: Uint8Array[]): Promise<Uint8Array> {
  if (pdfs.length === 1) return pdfs[0]!;
  const out = await PDFDocument.create();
  for (const bytes of pdfs) {
    const doc = await PDFDocument.load(bytes);
    for (const page of await out.copyPages(doc, doc.getPageIndices())) out.addPage(page);
  }
  return out.save();
}

export async function buyShipment(send: CpSend, customer: CanadaPostCustomer, request: ShipmentRequest, options: { locale: "en" | "fr"; refundEmail: string; groupId?: (request: ShipmentRequest) => string }): Promise<CarrierResult<IssuedShipment>> {
  const contract = Boolean(customer.contractNumber);
  // Refused before anything is bought (and charged): Canada Post has no return label for this one.
  if (request.returnLabel && !returnLabelSupported(request, contract ? "shipment" : "ncshipment")) {
    const text = NO_RETURN_LABEL[options.locale];
    return { data: null, messages: [{ carrier: "canadapost", problem: problem("carrierRejected", undefined, { carrier: "canadapost", text }), text }] };
  }
  const created = await call(
    send,
    contract ? createContractShipmentRequest(request, customer, (options.groupId ?? defaultGroupId)(request)) : createNcShipmentRequest(request, customer),
    parseShipmentCreated,
  );
  if (!created.data) return { data: null, messages: created.messages };
  const shipment = created.data;
  const links = [labelLink(shipment.links), request.returnLabel ? returnLabelLink(shipment.links) : undefined].filter((l): l is CpLink => Boolean(l));
  if (!links.length) return { data: null, messages: [{ carrier: "canadapost", problem: problem("carrierFailed", undefined, { carrier: "canadapost" }), detail: `shipment ${shipment.shipmentId}: no label link` }] };
  const pdfs: Uint8Array[] = [];
  for (const link of links) {
    const pdf = await call(send, artifactRequest(link), parseArtifact);
    if (!pdf.data) {
      // Bought but not printable: give the shipment back (best effort) so the job's next try, which
      // buys a new one, is the only one charged.
      await send(contract ? contractVoidRequest(customer, shipment.shipmentId) : ncRefundRequest(customer, shipment.shipmentId, options.refundEmail)).catch(() => undefined);
      return { data: null, messages: pdf.messages.map((m) => ({ ...m, problem: m.problem.code === "carrierRejected" ? problem("carrierFailed", undefined, { carrier: "canadapost" }) : m.problem })) };
    }
    pdfs.push(pdf.data);
  }
  let priceCents = shipment.priceCents;
  if (priceCents === null && !contract) priceCents = (await call(send, ncReceiptRequest(customer, shipment.shipmentId), parseNcReceipt)).data?.priceCents ?? null;
  return {
    data: {
      // Small Packet has no tracking number: the shipment is known by Canada Post's id.
      trackingNumber: shipment.trackingNumber ?? `CP${shipment.shipmentId}`,
      returnTrackingNumber: request.returnLabel ? shipment.returnTrackingNumber : null,
      carrierShipmentId: shipment.shipmentId,
      priceCents: priceCents ?? request.quote.totalCents,
      label: { kind: "pdf", pdf: await merged(pdfs) },
    },
    messages: created.messages,
  };
}
