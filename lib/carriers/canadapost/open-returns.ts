/**
 * Open returns (openreturn-v2): POST /rs/{customer}/{mobo}/openreturn creates a template from
 * which Canada Post issues up to `max-number-of-artifacts` generic prepaid return labels to the
 * business (`receiver`), paid per label used under the contract (`settlement-info/contract-id`,
 * required: contract accounts only). The answer (`open-return-info`) has the artifacts remaining
 * and links: `self` (the template: GET its details, DELETE to retire it) and `nextOpenReturnArtifact`.
 *
 * The template id Envoi stores is Canada Post's own id, the last segment of the `self` link; the
 * next label is GET .../openreturn/{id}/artifact and the template .../openreturn/{id}, both built
 * from the id (no link to keep). Canada Post's next artifact is the PDF alone: its tracking PIN is
 * printed on it but not given apart, so the label is known as "{template id}-{use number}"
 * (counted from the template's artifacts remaining, read before). Pure.
 */
import type { CarrierResult, OpenReturnTemplateRequest } from "../types";
import { child, readXml, text, toXml } from "./xml";
import { mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { unexpected } from "./messages";
import { parseLinks } from "./artifacts";
import { clip } from "./shipment-body";
import { segment } from "./ncshipment";
import { domesticAddressXml } from "./returns";

export const OPENRETURN_MEDIA_TYPE = mediaType("openreturn-v2");
export const OPENRETURN_NAMESPACE = "http://www.canadapost.ca/ws/openreturn-v2";

const openReturnPath = (customer: CanadaPostCustomer, templateId?: string) =>
  `/rs/${segment(customer.customerNumber)}/${segment(customer.moboCustomerNumber ?? customer.customerNumber)}/openreturn${templateId === undefined ? "" : `/${segment(templateId)}`}`;

/** Create a template (throws RangeError without a contract number or with fewer than one use). */
export function openReturnTemplateRequest(request: OpenReturnTemplateRequest, customer: CanadaPostCustomer): CpRequest {
  if (!customer.contractNumber) throw new RangeError("an open return needs a contract number");
  if (!Number.isInteger(request.maxUses) || request.maxUses < 1) throw new RangeError("an open return needs at least one use");
  const receiver = request.label.recipient;
  const xml = toXml("open-return", OPENRETURN_NAMESPACE, {
    "max-number-of-artifacts": request.maxUses,
    "service-code": request.label.serviceCode,
    receiver: { name: clip(receiver.name, 44), company: clip(receiver.company, 44), "domestic-address": domesticAddressXml(receiver) },
    "print-preferences": { "output-format": request.format === "thermal4x6" ? "4x6" : "8.5x11", encoding: "PDF", "show-packing-instructions": false },
    "settlement-info": { "contract-id": customer.contractNumber },
  });
  return { group: "shipments", method: "POST", path: openReturnPath(customer), accept: OPENRETURN_MEDIA_TYPE, body: { xml, mediaType: OPENRETURN_MEDIA_TYPE } };
}

export interface CpOpenReturn {
  templateId: string;
  remaining: number;
}

/** The create's answer: the template's id (from its `self` link) and the labels left. */
export function parseOpenReturnInfo(response: CpResponse): CarrierResult<CpOpenReturn> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const remaining = doc?.name === "open-return-info" ? Number(text(doc.element, "artifacts-remaining")) : NaN;
  const self = doc ? parseLinks(child(doc.element, "links")).find((l) => l.rel === "self") : undefined;
  const templateId = self ? decodeURIComponent(new URL(self.href, "http://x").pathname.split("/").filter(Boolean).pop() ?? "") : "";
  if (!Number.isInteger(remaining) || !templateId) return { data: null, messages: unexpected(response, "open return") };
  return { data: { templateId, remaining }, messages: [] };
}

/** GET the template's details (`open-return-details`: the labels left). */
export const openReturnDetailsRequest = (customer: CanadaPostCustomer, templateId: string): CpRequest => ({ group: "shipments", method: "GET", path: `${openReturnPath(customer, templateId)}/details`, accept: OPENRETURN_MEDIA_TYPE });

/** The labels left of a template. */
export function parseOpenReturnDetails(response: CpResponse): CarrierResult<{ remaining: number }> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const remaining = doc?.name === "open-return-details" ? Number(text(doc.element, "artifacts-remaining")) : NaN;
  return Number.isInteger(remaining) ? { data: { remaining }, messages: [] } : { data: null, messages: unexpected(response, "open return details") };
}

/** GET the next label of a template (a PDF; Canada Post refuses with a message once none is left). */
export const nextOpenReturnArtifactRequest = (customer: CanadaPostCustomer, templateId: string): CpRequest => ({ group: "shipments", method: "GET", path: `${openReturnPath(customer, templateId)}/artifact`, accept: "application/pdf" });

/** DELETE (retire) a template: no more labels from it (204). */
export const retireOpenReturnRequest = (customer: CanadaPostCustomer, templateId: string): CpRequest => ({ group: "void", method: "DELETE", path: openReturnPath(customer, templateId), accept: OPENRETURN_MEDIA_TYPE });

/** The retire's answer: 2xx, or 404 (already gone: retired all the same). */
export function parseRetired(response: CpResponse): CarrierResult<{ retired: true }> {
  if ((response.status >= 200 && response.status < 300) || response.status === 404) return { data: { retired: true }, messages: [] };
  return { data: null, messages: unexpected(response, "retire open return") };
}
