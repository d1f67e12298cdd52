// Which customs form a USA or international parcel needs, and the declaration's totals.
import type { LabelCustoms, LabelData } from "./types";

/**
 * Canadian dollars per Special Drawing Right: the 2022 rate, the year of the price lists Envoi
 * rates with. The UPU sets the CN22 limit in SDR, not in dollars.
 */
export const CAD_PER_SDR = 1.85;

/** Canadian dollars per US dollar: the Bank of Canada's 2022 annual average (1.3013). */
export const CAD_PER_USD = 1.3013;

/** The most a CN22 may declare (UPU Convention, article 20): above it, a CN23. */
export const CN22_MAX_SDR = 300;

/** Packet services: small goods that travel as letter-post items, the only ones a CN22 can cover. */
export const PACKET_SERVICE_CODES: ReadonlySet<string> = new Set(["USA.TP", "USA.SP.AIR", "INT.TP", "INT.SP.AIR", "INT.SP.SURF"]);

export type CustomsFormType = "CN22" | "CN23";

export interface CustomsTotals {
  quantity: number;
  weightGrams: number;
  /** In cents of the declaration's currency. */
  valueCents: number;
  /** The same value in Canadian cents, rounded to the cent. */
  valueCadCents: number;
}

export function customsTotals(customs: LabelCustoms): CustomsTotals {
  let quantity = 0;
  let weightGrams = 0;
  let valueCents = 0;
  for (const item of customs.items) {
    quantity += item.quantity;
    weightGrams += item.quantity * item.unitWeightGrams;
    valueCents += item.quantity * item.unitValueCents;
  }
  const valueCadCents = customs.currency === "USD" ? Math.round(valueCents * CAD_PER_USD) : valueCents;
  return { quantity, weightGrams, valueCents, valueCadCents };
}

/** The CN22 limit in Canadian cents (300 SDR = 555 CAD), compared in whole cents to avoid float edges. */
export const CN22_MAX_CAD_CENTS = Math.round(CN22_MAX_SDR * CAD_PER_SDR * 100);

/** CN22 for a packet declaring at most 300 SDR (555 CAD); CN23 for parcels and anything worth more. */
export function customsFormType(label: Pick<LabelData, "serviceCode"> & { customs: LabelCustoms }): CustomsFormType {
  return PACKET_SERVICE_CODES.has(label.serviceCode) && customsTotals(label.customs).valueCadCents <= CN22_MAX_CAD_CENTS ? "CN22" : "CN23";
}
