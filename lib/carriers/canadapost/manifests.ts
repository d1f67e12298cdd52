/**
 * Transmit and manifests (manifest-v8). POST /rs/{customer}/{mobo}/manifest with a `transmit-set`
 * (the day's group ids, the shipping point, detailed manifests, paid on account, the manifest
 * address) answers `manifests`: one `rel="manifest"` link per manifest made. Each manifest
 * (GET the link: `manifest`, its PO number and links) has its details (`rel="details"`:
 * `manifest-details`, whose `customer-ref` and `total-due-cpc` we read) and its PDF
 * (`rel="artifact"`). Manifests of a period: GET .../manifest?start=YYYYMMDD&end=YYYYMMDD. Pure.
 *
 * A transmit is never sent twice blindly (http.ts does not retry a manifests POST whose outcome is
 * unknown). Each transmit carries a `customer-reference` made from its group ids (transmitKey);
 * before posting, the connector lists the day's manifests and, when some carry that reference,
 * answers with them instead of transmitting again (index.ts).
 */
import { createHash } from "node:crypto";
import type { CarrierResult, TransmitRequest } from "../types";
import { cents, child, readXml, text, toXml } from "./xml";
import { linkPath, mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { unexpected } from "./messages";
import { parseLinks, type CpLink } from "./artifacts";
import { caPostalCode, clip, phoneNumber } from "./shipment-body";
import { segment } from "./ncshipment";

export const MANIFEST_MEDIA_TYPE = mediaType("manifest-v8");
export const MANIFEST_NAMESPACE = "http://www.canadapost.ca/ws/manifest-v8";

const manifestPath = (customer: CanadaPostCustomer) =>
  `/rs/${segment(customer.customerNumber)}/${segment(customer.moboCustomerNumber ?? customer.customerNumber)}/manifest`;

/** 12 characters naming a set of groups (order does not matter): the transmit's `customer-reference`. */
export function transmitKey(groupIds: readonly string[]): string {
  return createHash("sha256").update([...groupIds].sort().join("\n")).digest("hex").slice(0, 12).toUpperCase();
}

/** Transmit the groups (throws RangeError with none, or without a Canadian shipping point). */
export function transmitRequest(request: TransmitRequest, customer: CanadaPostCustomer): CpRequest {
  const groups = request.groupIds.map((g) => clip(g, 32)).filter((g): g is string => Boolean(g));
  if (!groups.length) throw new RangeError("a transmit needs at least one group id");
  const point = caPostalCode(request.shippingPointPostalCode);
  if (!/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(point)) throw new RangeError("a transmit needs a Canadian shipping point postal code");
  const a = request.manifestAddress;
  const xml = toXml("transmit-set", MANIFEST_NAMESPACE, {
    "group-ids": { "group-id": groups },
    "requested-shipping-point": point,
    "detailed-manifests": true,
    "method-of-payment": "Account",
    "manifest-address": {
      "manifest-company": clip(a.company, 44) ?? clip(a.name, 44) ?? "-",
      "manifest-name": clip(a.name, 44),
      "phone-number": phoneNumber(a.phone) ?? "000-000-0000",
      "address-details": {
        "address-line-1": clip(a.line1, 44) ?? "-",
        "address-line-2": clip(a.line2, 44),
        city: clip(a.city, 40) ?? "-",
        "prov-state": a.province.trim().toUpperCase().slice(0, 2),
        "country-code": "CA",
        "postal-zip-code": caPostalCode(a.postalCode),
      },
    },
    "customer-reference": transmitKey(groups),
  });
  return { group: "manifests", method: "POST", path: manifestPath(customer), accept: MANIFEST_MEDIA_TYPE, body: { xml, mediaType: MANIFEST_MEDIA_TYPE } };
}

const ymd = (date: string) => date.replaceAll("-", "");

/** The manifests made between two days (YYYY-MM-DD, inclusive). */
export function listManifestsRequest(customer: CanadaPostCustomer, start: string, end: string): CpRequest {
  return { group: "manifests", method: "GET", path: `${manifestPath(customer)}?start=${ymd(start)}&end=${ymd(end)}`, accept: MANIFEST_MEDIA_TYPE };
}

/** A `manifests` answer (of a transmit or of a list): its `rel="manifest"` links. */
export function parseManifestLinks(response: CpResponse): CarrierResult<CpLink[]> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (doc?.name !== "manifests") return { data: null, messages: unexpected(response, "manifests") };
  return { data: parseLinks(doc.element).filter((l) => l.rel === "manifest"), messages: [] };
}

/** GET a link of the manifests service (a manifest, its details). */
export const manifestLinkRequest = (link: CpLink): CpRequest => ({ group: "manifests", method: "GET", path: linkPath(link.href), accept: link.mediaType || MANIFEST_MEDIA_TYPE });

/** GET a manifest's PDF (its `rel="artifact"` link). */
export const manifestArtifactRequest = (link: CpLink): CpRequest => ({ group: "manifests", method: "GET", path: linkPath(link.href), accept: link.mediaType || "application/pdf" });

export interface CpManifest {
  poNumber: string;
  links: CpLink[];
}

/** A `manifest`: its PO number and links (details, artifact). */
export function parseManifest(response: CpResponse): CarrierResult<CpManifest> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const po = doc?.name === "manifest" ? text(doc.element, "po-number") : null;
  if (!doc || !po) return { data: null, messages: unexpected(response, "manifest") };
  return { data: { poNumber: po, links: parseLinks(child(doc.element, "links")) }, messages: [] };
}

export interface CpManifestDetails {
  poNumber: string;
  customerReference: string | null;
  manifestDate: string | null;
  totalCents: number | null;
}

/** A `manifest-details`: the total due to Canada Post (taxes included) and our reference. */
export function parseManifestDetails(response: CpResponse): CarrierResult<CpManifestDetails> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  const po = doc?.name === "manifest-details" ? text(doc.element, "po-number") : null;
  if (!doc || !po) return { data: null, messages: unexpected(response, "manifest details") };
  return {
    data: { poNumber: po, customerReference: text(doc.element, "customer-ref"), manifestDate: text(doc.element, "manifest-date"), totalCents: cents(text(doc.element, "manifest-pricing-info", "total-due-cpc")) },
    messages: [],
  };
}
