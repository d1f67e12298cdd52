/**
 * Canada Post's artifacts: a created shipment answers with links, and the label (its PDF) is
 * fetched from the `rel="label"` link with that link's media type as `Accept` (the return label
 * from `rel="returnLabel"`, a commercial invoice from `rel="commercialInvoice"`). The link's full
 * URL is reduced to its path: the HTTP layer sends it to its own host (sandbox, production or the
 * fake server). Pure.
 */
import type { CarrierResult } from "../types";
import { attr, children, type XmlNode } from "./xml";
import { linkPath, type CpRequest, type CpResponse } from "./request";
import { unexpected } from "./messages";

export interface CpLink {
  rel: string;
  href: string;
  mediaType: string;
  /** Several artifacts of a kind (a label of several pages) are numbered from 0. */
  index?: number;
}

/** The `<link>` children of an element (a `<links>` element, or a document whose links are direct children). */
export function parseLinks(node: XmlNode | undefined): CpLink[] {
  return children(node, "link").flatMap((link): CpLink[] => {
    const rel = attr(link, "rel");
    const href = attr(link, "href");
    if (!rel || !href) return [];
    const index = attr(link, "index");
    return [{ rel, href, mediaType: attr(link, "media-type") ?? "", ...(index !== null && /^\d+$/.test(index) ? { index: Number(index) } : {}) }];
  });
}

function firstOf(links: readonly CpLink[], rel: string): CpLink | null {
  const all = links.filter((l) => l.rel === rel);
  return all.find((l) => (l.index ?? 0) === 0) ?? all[0] ?? null;
}

/** The label's link (index 0), or null when the answer has none. */
export const labelLink = (links: readonly CpLink[]) => firstOf(links, "label");

/** The return label's link (contract shipments with a return spec), or null. */
export const returnLabelLink = (links: readonly CpLink[]) => firstOf(links, "returnLabel");

/** GET an artifact: the link's path, `Accept` its media type (a PDF label when it says none). */
export function artifactRequest(link: CpLink): CpRequest {
  return { group: "shipments", method: "GET", path: linkPath(link.href), accept: link.mediaType || "application/pdf" };
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether bytes are a PDF: "%PDF-" at the start (after a UTF-8 byte-order mark or white space, at most 16 bytes of them). */
export function isPdf(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < 16 && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)) start++;
  return PDF_MAGIC.every((b, i) => bytes[start + i] === b);
}

/** The artifact's bytes when they are a PDF; else Canada Post's messages (`<messages>`), or a failure with what came. */
export function parseArtifact(response: CpResponse): CarrierResult<Uint8Array> {
  if (response.status >= 200 && response.status < 300 && isPdf(response.bytes)) return { data: response.bytes, messages: [] };
  // The HTTP layer leaves `body` empty for a PDF content type: read the bytes as text then.
  const body = response.body || new TextDecoder().decode(response.bytes.slice(0, 4096));
  return { data: null, messages: unexpected({ ...response, body }, "artifact (not a PDF)") };
}
