/**
 * Return labels and open returns from Canada Post, each a few calls through the one HTTP layer:
 *
 * - createReturnLabel: the authorized return (returns.ts), then its `returnLabel` artifact (PDF).
 *   Canada Post's answer has no price: the estimate is the return leg rated by the rating call
 *   (the business's own prices: contract when it has one), for the same service, from the
 *   customer's postal code to the business's; when rating fails, 0 with the rating's messages
 *   kept (the label is issued all the same: it is charged only when scanned).
 * - cancelReturnLabel: authreturn-v2 has no cancel or void. Nothing is charged until Canada Post
 *   scans the parcel, so cancelling is Envoi's own state: answered `cancelled` with no call.
 * - open returns: the template (open-returns.ts), its next label (counted from the template's
 *   details), retire (DELETE).
 *
 * All need a contract (settlement by contract id): a non-contract account gets RETURNS_NEED_CONTRACT.
 */
import { problem } from "@/lib/rating/problems";
import type { CarrierMessage, CarrierResult, IssuedReturnLabel, OpenReturnTemplate, OpenReturnTemplateRequest, ReturnLabelRequest } from "../types";
import { call, type CpSend } from "./http";
import type { CanadaPostCustomer } from "./request";
import { artifactRequest, labelLink, parseArtifact, returnLabelLink } from "./artifacts";
import { authorizedReturnRequest, domesticReturn, parseAuthorizedReturn, RETURNS_NEED_CONTRACT } from "./returns";
import { nextOpenReturnArtifactRequest, openReturnDetailsRequest, openReturnTemplateRequest, parseOpenReturnDetails, parseOpenReturnInfo, parseRetired, retireOpenReturnRequest } from "./open-returns";
import { parseRates, rateRequest } from "./rating";

type Locale = "en" | "fr";

const DOMESTIC_ONLY = {
  en: "Canada Post issues return labels only between two Canadian addresses.",
  fr: "Postes Canada n'émet d'étiquettes de retour qu'entre deux adresses au Canada.",
} as const;

const USED_UP = {
  en: "This open return has no labels left. Create a new one.",
  fr: "Ce retour ouvert n'a plus d'étiquettes. Créez-en un nouveau.",
} as const;

/** Canada Post refuses this (said in Envoi's words, in the business's language). */
export function refusedBecause(text: string): CarrierMessage[] {
  return [{ carrier: "canadapost", problem: problem("carrierRejected", undefined, { carrier: "canadapost", text }), text }];
}

const failed = (detail: string): CarrierMessage[] => [{ carrier: "canadapost", problem: problem("carrierFailed", undefined, { carrier: "canadapost" }), detail }];

/** The return leg's price (taxes included) at the business's prices, or 0 when Canada Post does not rate it. */
async function estimate(send: CpSend, customer: CanadaPostCustomer, label: ReturnLabelRequest["label"]): Promise<{ cents: number; messages: CarrierMessage[] }> {
  const rate = {
    customerType: "small_business" as const,
    originPostalCode: label.sender.postalCode ?? "",
    destination: { country: "CA", postalCode: label.recipient.postalCode ?? "" },
    parcel: { weightGrams: label.weightGrams, lengthMm: label.lengthMm, widthMm: label.widthMm, heightMm: label.heightMm },
    mailedAt: new Date(),
    services: [label.serviceCode],
  };
  const rated = await call(send, rateRequest(rate, customer), (r) => parseRates(r, rate, customer));
  const quote = rated.data?.quotes.find((q) => q.serviceCode === label.serviceCode);
  return quote ? { cents: quote.totalCents, messages: [] } : { cents: 0, messages: rated.messages };
}

export async function createReturnLabel(send: CpSend, customer: CanadaPostCustomer, request: ReturnLabelRequest, locale: Locale): Promise<CarrierResult<IssuedReturnLabel>> {
  if (!customer.contractNumber) return { data: null, messages: refusedBecause(RETURNS_NEED_CONTRACT[locale]) };
  if (!domesticReturn(request)) return { data: null, messages: refusedBecause(DOMESTIC_ONLY[locale]) };
  const created = await call(send, authorizedReturnRequest(request, customer), parseAuthorizedReturn);
  if (!created.data) return { data: null, messages: created.messages };
  const link = returnLabelLink(created.data.links) ?? labelLink(created.data.links);
  if (!link) return { data: null, messages: failed(`authorized return ${created.data.trackingNumber}: no label link`) };
  // No void exists: an authorized return whose PDF did not come is left unused (never charged).
  const pdf = await call(send, artifactRequest(link), parseArtifact);
  if (!pdf.data) return { data: null, messages: pdf.messages };
  const price = await estimate(send, customer, request.label);
  return {
    data: { trackingNumber: created.data.trackingNumber, carrierShipmentId: created.data.trackingNumber, estimatedCents: price.cents, label: { kind: "pdf", pdf: pdf.data } },
    messages: price.messages,
  };
}

export async function createOpenReturnTemplate(send: CpSend, customer: CanadaPostCustomer, request: OpenReturnTemplateRequest, locale: Locale): Promise<CarrierResult<OpenReturnTemplate>> {
  if (!customer.contractNumber) return { data: null, messages: refusedBecause(RETURNS_NEED_CONTRACT[locale]) };
  if (request.label.recipient.country.trim().toUpperCase() !== "CA") return { data: null, messages: refusedBecause(DOMESTIC_ONLY[locale]) };
  const created = await call(send, openReturnTemplateRequest(request, customer), parseOpenReturnInfo);
  return created.data ? { data: { templateId: created.data.templateId, maxUses: request.maxUses }, messages: [] } : { data: null, messages: created.messages };
}

export async function nextOpenReturnLabel(send: CpSend, customer: CanadaPostCustomer, templateId: string, request: OpenReturnTemplateRequest, locale: Locale): Promise<CarrierResult<IssuedReturnLabel>> {
  if (!customer.contractNumber) return { data: null, messages: refusedBecause(RETURNS_NEED_CONTRACT[locale]) };
  const details = await call(send, openReturnDetailsRequest(customer, templateId), parseOpenReturnDetails);
  if (!details.data) return { data: null, messages: details.messages };
  if (details.data.remaining <= 0) return { data: null, messages: refusedBecause(USED_UP[locale]) };
  const pdf = await call(send, nextOpenReturnArtifactRequest(customer, templateId), parseArtifact);
  if (!pdf.data) return { data: null, messages: pdf.messages };
  const use = request.maxUses - details.data.remaining + 1;
  // The label's price once used: the leg as the template's request describes it (see estimate).
  const price = await estimate(send, customer, request.label);
  return { data: { trackingNumber: `${templateId}-${use}`, carrierShipmentId: templateId, estimatedCents: price.cents, label: { kind: "pdf", pdf: pdf.data } }, messages: price.messages };
}

export const retireOpenReturnTemplate = (send: CpSend, customer: CanadaPostCustomer, templateId: string): Promise<CarrierResult<{ retired: true }>> =>
  call(send, retireOpenReturnRequest(customer, templateId), parseRetired);
