/**
 * End of day with Canada Post (manifests.ts for the requests): transmit the groups, then for each
 * manifest made, read it, its details (total) and its PDF.
 *
 * Never twice: a transmit's POST is not retried by the HTTP layer when its outcome is unknown, and
 * every transmit carries its groups' key as `customer-reference`. Before posting, the manifests of
 * the day (and the day before, for a transmit around midnight) are listed and read: those with the
 * key are the answer of a transmit that went through although its answer was lost, and are
 * returned as they are, without a second POST.
 */
import { localDay } from "@/lib/manifests/local-day";
import { problem } from "@/lib/rating/problems";
import type { CarrierMessage, CarrierResult, TransmitRequest, TransmittedManifest } from "../types";
import { call, type CpSend } from "./http";
import type { CanadaPostCustomer } from "./request";
import { parseArtifact, type CpLink } from "./artifacts";
import { listManifestsRequest, manifestArtifactRequest, manifestLinkRequest, parseManifest, parseManifestDetails, parseManifestLinks, transmitKey, transmitRequest, type CpManifestDetails } from "./manifests";

const failed = (detail: string): CarrierMessage[] => [{ carrier: "canadapost", problem: problem("carrierFailed", undefined, { carrier: "canadapost" }), detail }];

interface Read {
  details: CpManifestDetails;
  artifact: CpLink | null;
}

async function readManifest(send: CpSend, link: CpLink): Promise<CarrierResult<Read>> {
  const manifest = await call(send, manifestLinkRequest(link), parseManifest);
  if (!manifest.data) return { data: null, messages: manifest.messages };
  const detailsLink = manifest.data.links.find((l) => l.rel === "details");
  if (!detailsLink) return { data: null, messages: failed(`manifest ${manifest.data.poNumber}: no details link`) };
  const details = await call(send, manifestLinkRequest(detailsLink), parseManifestDetails);
  if (!details.data) return { data: null, messages: details.messages };
  return { data: { details: details.data, artifact: manifest.data.links.find((l) => l.rel === "artifact") ?? null }, messages: [] };
}

async function withDocuments(send: CpSend, manifests: Array<{ link: CpLink; read: Read }>): Promise<CarrierResult<TransmittedManifest[]>> {
  const out: TransmittedManifest[] = [];
  for (const { link, read } of manifests) {
    if (!read.artifact) return { data: null, messages: failed(`manifest ${read.details.poNumber}: no artifact link`) };
    const pdf = await call(send, manifestArtifactRequest(read.artifact), parseArtifact);
    if (!pdf.data) return { data: null, messages: pdf.messages };
    out.push({ manifestId: link.href, number: read.details.poNumber, trackingNumbers: [], totalCents: read.details.totalCents, document: { kind: "pdf", pdf: pdf.data } });
  }
  return { data: out, messages: [] };
}

/** The manifests of earlier transmits of these groups (from the day before to today), read. */
export async function findTransmitted(send: CpSend, customer: CanadaPostCustomer, groupIds: readonly string[], now: Date): Promise<CarrierResult<Array<{ link: CpLink; read: Read }>>> {
  const key = transmitKey(groupIds);
  const listed = await call(send, listManifestsRequest(customer, localDay(new Date(now.getTime() - 86_400_000)), localDay(now)), parseManifestLinks);
  if (!listed.data) return { data: null, messages: listed.messages };
  const found: Array<{ link: CpLink; read: Read }> = [];
  for (const link of listed.data) {
    const read = await readManifest(send, link);
    if (!read.data) return { data: null, messages: read.messages };
    if (read.data.details.customerReference === key) found.push({ link, read: read.data });
  }
  return { data: found, messages: [] };
}

export async function transmit(send: CpSend, customer: CanadaPostCustomer, request: TransmitRequest, now: Date): Promise<CarrierResult<TransmittedManifest[]>> {
  // An earlier transmit whose answer was lost: its manifests, not a second transmit.
  const earlier = await findTransmitted(send, customer, request.groupIds, now);
  if (!earlier.data) return { data: null, messages: earlier.messages };
  if (earlier.data.length) return withDocuments(send, earlier.data);
  const sent = await call(send, transmitRequest(request, customer), parseManifestLinks);
  if (!sent.data) return { data: null, messages: sent.messages };
  const manifests: Array<{ link: CpLink; read: Read }> = [];
  for (const link of sent.data) {
    const read = await readManifest(send, link);
    if (!read.data) return { data: null, messages: read.messages };
    manifests.push({ link, read: read.data });
  }
  return withDocuments(send, manifests);
}
