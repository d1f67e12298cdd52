/**
 * The reference carrier's end of day: transmitting groups of contract shipments gives one
 * manifest, numbered from the parcels it covers (the same parcels, the same number), drawn as
 * Canada Post's would be (lib/labels/manifest.tsx). Offline and deterministic.
 */
import { createHash } from "node:crypto";
import { renderManifest } from "@/lib/labels/manifest";
import { localDay } from "@/lib/manifests/local-day";
import { problem } from "@/lib/rating/problems";
import { serviceInfo } from "@/lib/rating/services";
import type { CarrierResult, TransmitRequest, TransmittedManifest } from "../types";

/** A 12-digit manifest number from the tracking numbers it covers. */
export function referenceManifestNumber(trackingNumbers: string[]): string {
  const digest = createHash("sha256").update([...trackingNumbers].sort().join(",")).digest();
  return (digest.readBigUInt64BE(0) % 10n ** 11n + 10n ** 11n).toString();
}


export async function referenceTransmit(request: TransmitRequest, now: Date): Promise<CarrierResult<TransmittedManifest[]>> {
  if (request.shipments.length === 0) return { data: [], messages: [] };
  try {
    const trackingNumbers = request.shipments.map((s) => s.trackingNumber);
    const number = referenceManifestNumber(trackingNumbers);
    const a = request.manifestAddress;
    const pdf = await renderManifest({
      number,
      date: localDay(now),
      shipper: { name: a.name, company: a.company, line1: a.line1, line2: a.line2, city: a.city, province: a.province, postalCode: a.postalCode, country: "CA", phone: a.phone },
      customerNumber: request.customerNumber ?? null,
      contractNumber: request.contractNumber ?? null,
      lines: request.shipments.map((s) => ({ trackingNumber: s.trackingNumber, serviceName: serviceInfo(s.serviceCode)?.name[request.locale] ?? s.serviceCode, weightGrams: s.weightGrams, priceCents: s.priceCents })),
      locale: request.locale,
    });
    const totalCents = request.shipments.reduce((sum, s) => sum + s.priceCents, 0);
    return { data: [{ manifestId: `ref-${number}`, number, trackingNumbers, totalCents, document: { kind: "pdf", pdf } }], messages: [] };
  } catch (e) {
    return { data: null, messages: [{ carrier: "reference", problem: problem("carrierFailed", undefined, { carrier: "reference" }), detail: e instanceof Error ? e.message : String(e) }] };
  }
}
