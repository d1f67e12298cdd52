/** What each carrier can do with a return label, asked of a quote (which carrier and price list gave it). */
import { sellsReturnLabelWith as canadaPostSells } from "./canadapost/rating";
import type { CarrierQuote } from "./types";

/** Whether the quote's seller issues a return label with the shipment (Canada Post: on a contract only). */
export function sellsReturnLabelWith(quote: CarrierQuote): boolean {
  return quote.carrier !== "canadapost" || canadaPostSells(quote);
}
