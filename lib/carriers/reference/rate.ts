/**
 * The reference connector's rating: the offline engine in lib/rating with the price list in
 * effect for the business's customer type on the mailing date.
 */
import { isoDateInCanada, priceListFor } from "@/lib/rating/price-lists";
import { rateServices } from "@/lib/rating/quote";
import { problem } from "@/lib/rating/problems";
import type { CarrierRateRequest, CarrierRates, CarrierResult } from "../types";

export function referenceRate(request: CarrierRateRequest): CarrierResult<CarrierRates> {
  const day = typeof request.mailedAt === "string" ? request.mailedAt.slice(0, 10) : isoDateInCanada(request.mailedAt);
  const priceList = /^\d{4}-\d{2}-\d{2}$/.test(day) ? priceListFor(request.customerType, day) : null;
  if (!priceList) return { data: null, messages: [{ carrier: "reference", problem: problem("noPriceList") }] };
  const result = rateServices({ ...request, priceList });
  return {
    data: { priceListId: priceList.id, quotes: result.quotes, unavailable: result.unavailable },
    messages: result.problems.map((p) => ({ carrier: "reference", problem: p })),
  };
}
