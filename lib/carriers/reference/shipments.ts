/**
 * The reference carrier's labels: it allocates real-format tracking numbers (a PIN at home, an
 * S10 number for the USA and abroad, each with its check digit) and leaves the drawing to Envoi's
 * own renderer (lib/labels); the price is the quote's. Voiding is accepted until the simulated
 * tracking shows the parcel in the carrier's hands.
 */
import { returnLabelOf } from "@/lib/labels/return-label";
import { problem } from "@/lib/rating/problems";
import { pinFromSerial, s10FromSerial } from "@/lib/shipments/tracking-numbers";
import type { CarrierResult, IssuedShipment, IssuedShipmentFacts, ShipmentRequest, VoidOutcome } from "../types";
import { simulateTracking } from "./tracking";

export interface ReferenceShipmentOptions {
  /** The next (permuted) serial of a kind: 13 digits for a PIN, 8 for an S10 number. */
  nextSerial?: (kind: "PIN" | "S10") => Promise<bigint>;
  /** What the carrier knows of the labels it issued (to refuse voiding a parcel already scanned). */
  issuedShipments?: (trackingNumbers: string[]) => Promise<IssuedShipmentFacts[]>;
}

async function trackingNumber(nextSerial: NonNullable<ReferenceShipmentOptions["nextSerial"]>, serviceCode: string): Promise<string> {
  return serviceCode.startsWith("DOM.") ? pinFromSerial(await nextSerial("PIN")) : s10FromSerial(await nextSerial("S10"), serviceCode);
}

export function referenceShipments(options: ReferenceShipmentOptions) {
  const { nextSerial, issuedShipments } = options;
  return {
    ...(nextSerial
      ? {
          async createShipment(request: ShipmentRequest): Promise<CarrierResult<IssuedShipment>> {
            const serviceCode = request.quote.serviceCode;
            const number = await trackingNumber(nextSerial, serviceCode);
            const returnNumber = request.returnLabel ? await trackingNumber(nextSerial, serviceCode) : null;
            const label = { ...request.label, trackingNumber: number };
            // The return label: the same parcel and service, back to the sender, prepaid, without the outbound options.
            const returnLabel = returnNumber ? returnLabelOf(label, returnNumber) : null;
            return {
              data: { trackingNumber: number, returnTrackingNumber: returnNumber, carrierShipmentId: `REF-${number}`, priceCents: request.quote.totalCents, label: { kind: "draw", label, returnLabel } },
              messages: [],
            };
          },
        }
      : {}),
    async voidShipment(shipment: { trackingNumber: string }, now: Date): Promise<CarrierResult<VoidOutcome>> {
      try {
        const [facts] = issuedShipments ? await issuedShipments([shipment.trackingNumber]) : [];
        const scanned = facts ? simulateTracking(facts, now).status !== "CREATED" : false;
        if (scanned) return { data: { status: "refused", reason: "alreadyScanned" }, messages: [] };
        // Transmitted on a manifest: the label is paid for, only a refund can be asked.
        return { data: facts?.transmitted ? { status: "refundRequested" } : { status: "voided" }, messages: [] };
      } catch (e) {
        return { data: null, messages: [{ carrier: "reference", problem: problem("carrierFailed", undefined, { carrier: "reference" }), detail: e instanceof Error ? e.message : String(e) }] };
      }
    },
  };
}
