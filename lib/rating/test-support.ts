/** Requests for the rating tests: a Toronto shipper, a parcel, a Tuesday morning in December 2026. */
import { priceListFor } from "./price-lists";
import type { RateRequest } from "./quote";

export const SMALL_BUSINESS = priceListFor("small_business", "2026-12-01")!;
export const CONSUMER = priceListFor("consumer", "2026-12-01")!;

export function request(overrides: Partial<RateRequest> = {}): RateRequest {
  return {
    priceList: SMALL_BUSINESS,
    originPostalCode: "M5V 3L9",
    destination: { country: "US", state: "NY" },
    parcel: { weightGrams: 1000, lengthMm: 200, widthMm: 150, heightMm: 100 },
    mailedAt: "2026-12-01T10:00",
    ...overrides,
  };
}
