/**
 * The price of one used open return label, quoted when the template is made. An open return label
 * can be mailed from anywhere in Canada and Envoi charges the same price for every use, so the
 * quote is the service's price to the ship-from location from the farthest of the provinces' main
 * cities (Envoi's rating engine with the business's price list): a label never costs more than
 * its quote. Pure: no database, no network.
 */
import { isoDateInCanada, priceListFor, type CustomerType } from "@/lib/rating/price-lists";
import { problem, type RatingProblem } from "@/lib/rating/problems";
import { rateServices } from "@/lib/rating/quote";

/** A main city of each province: where a returned parcel may start. */
export const RETURN_ORIGINS = ["A1C5M2", "B3H4R2", "C1A4P3", "E3B1B5", "H2Y1C6", "M5H2N2", "R3C4T3", "S4P3V7", "T5J2R7", "V6B1A1"] as const;

export interface OpenReturnQuoteRequest {
  customerType: CustomerType;
  /** The ship-from location the labels come back to. */
  destinationPostalCode: string;
  serviceCode: string;
  parcel: { weightGrams: number; lengthMm: number; widthMm: number; heightMm: number };
  at: Date;
}

export type OpenReturnQuote = { ok: true; cents: number } | { ok: false; problem: RatingProblem };

export function quoteOpenReturn(request: OpenReturnQuoteRequest): OpenReturnQuote {
  if (!request.serviceCode.startsWith("DOM.")) return { ok: false, problem: problem("openReturnDomesticOnly") };
  const priceList = priceListFor(request.customerType, isoDateInCanada(request.at));
  if (!priceList) return { ok: false, problem: problem("noPriceList") };
  let highest: number | null = null;
  let refusal: RatingProblem | null = null;
  for (const origin of RETURN_ORIGINS) {
    const rated = rateServices({
      priceList,
      originPostalCode: origin,
      destination: { country: "CA", postalCode: request.destinationPostalCode },
      parcel: request.parcel,
      services: [request.serviceCode],
      mailedAt: request.at,
    });
    const quote = rated.quotes.find((q) => q.serviceCode === request.serviceCode);
    if (quote) highest = Math.max(highest ?? 0, quote.totalCents);
    else refusal ??= rated.problems[0] ?? rated.unavailable[0]?.problems[0] ?? null;
  }
  // A parcel the service cannot take (too heavy, too long) is refused from every origin alike.
  if (highest === null) return { ok: false, problem: refusal ?? problem("openReturnDomesticOnly") };
  return { ok: true, cents: highest };
}
