/**
 * The reference carrier's return labels (Canada Post's authorized returns, offline): a tracking
 * number from the same serial scheme as its labels, the price estimated with Envoi's rating engine
 * for the return leg (the customer's postal code to the ship-from location), and the label left to
 * Envoi's renderer. Domestic only, as Canada Post's authorized returns are. Paid when used: the
 * estimate is what the first scan will cost. Cancelling is accepted until the simulated tracking
 * shows the parcel in the carrier's hands.
 */
import { problem } from "@/lib/rating/problems";
import { serviceInfo } from "@/lib/rating/services";
import { pinFromSerial } from "@/lib/shipments/tracking-numbers";
import type { CarrierResult, IssuedReturnLabel, IssuedShipmentFacts, ReturnLabelRequest } from "../types";
import { referenceRate } from "./rate";
import { simulateTracking } from "./tracking";

export interface ReferenceReturnOptions {
  nextSerial?: (kind: "PIN" | "S10") => Promise<bigint>;
  issuedShipments?: (trackingNumbers: string[]) => Promise<IssuedShipmentFacts[]>;
  now?: () => Date;
}

const isCanada = (country: string | null | undefined) => (country ?? "").trim().toUpperCase() === "CA";

function refused(code: "returnNotDomestic" | "returnAlreadyScanned" | "destinationInvalid", field?: "origin" | "destination") {
  return { data: null, messages: [{ carrier: "reference" as const, problem: problem(code, field) }] };
}

export function referenceReturnLabels(options: ReferenceReturnOptions) {
  const { nextSerial, issuedShipments } = options;
  const clock = options.now ?? (() => new Date());
  return {
    ...(nextSerial
      ? {
          async createReturnLabel(request: ReturnLabelRequest): Promise<CarrierResult<IssuedReturnLabel>> {
            const { label } = request;
            // The customer (the original recipient) mails it; the business's ship-from location receives it.
            if (!isCanada(label.sender.country) || !isCanada(label.recipient.country)) return refused("returnNotDomestic", "origin");
            const issuedAt = request.issuedAt ?? clock();
            const parcel = { weightGrams: label.weightGrams, lengthMm: label.lengthMm, widthMm: label.widthMm, heightMm: label.heightMm };
            const rated = referenceRate({
              customerType: request.customerType ?? "small_business",
              originPostalCode: label.sender.postalCode ?? "",
              destination: { country: "CA", postalCode: label.recipient.postalCode ?? "" },
              parcel,
              mailedAt: issuedAt,
            });
            if (!rated.data) return { data: null, messages: rated.messages };
            const quotes = rated.data.quotes;
            // The same service as the outbound parcel when it reaches the ship-from location, else the cheapest.
            const quote = quotes.find((q) => q.serviceCode === label.serviceCode) ?? [...quotes].sort((a, b) => a.totalCents - b.totalCents)[0];
            if (!quote) return rated.messages.length ? { data: null, messages: rated.messages } : refused("destinationInvalid", "destination");
            const trackingNumber = pinFromSerial(await nextSerial("PIN"));
            const drawn = {
              ...label,
              trackingNumber,
              serviceCode: quote.serviceCode,
              serviceName: quote.serviceCode === label.serviceCode ? label.serviceName : (serviceInfo(quote.serviceCode)?.name ?? { en: quote.serviceCode, fr: quote.serviceCode }),
              mailingDate: quote.mailingDate,
              isReturn: true,
            };
            return {
              data: {
                trackingNumber,
                carrierShipmentId: `REF-R-${trackingNumber}`,
                estimatedCents: quote.totalCents,
                expectedDeliveryDate: quote.expectedDeliveryDate,
                label: { kind: "draw", label: drawn },
              },
              messages: [],
            };
          },
        }
      : {}),
    async cancelReturnLabel(ret: { trackingNumber: string; carrierShipmentId: string | null }): Promise<CarrierResult<{ cancelled: true }>> {
      try {
        const [facts] = issuedShipments ? await issuedShipments([ret.trackingNumber]) : [];
        if (facts && simulateTracking(facts, clock()).status !== "CREATED") return refused("returnAlreadyScanned");
        return { data: { cancelled: true }, messages: [] };
      } catch (e) {
        return { data: null, messages: [{ carrier: "reference", problem: problem("carrierFailed", undefined, { carrier: "reference" }), detail: e instanceof Error ? e.message : String(e) }] };
      }
    },
  };
}
