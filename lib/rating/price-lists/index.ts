export type * from "./types";
export { PRICE_LISTS, priceListFor, isoDateInCanada } from "./registry";
export { basePriceCents, usaRateCode, internationalRateCode, originZone, MAX_STEP_GRAMS, type InternationalRateCode, type OriginZone } from "./lookup";
