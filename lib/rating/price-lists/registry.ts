/**
 * Every Canada Post price list the engine knows. Adding next year's list is a data change: generate
 * its tables under lib/rating/data/<year>/ and add entries here with their effectiveFrom date.
 */
import { DOMESTIC_2022 } from "../data/2022/domestic";
import { INTL_COUNTRY_RATE_CODES_2022 } from "../data/2022/intl-country-codes";
import { OVER30_2022 } from "../data/2022/over30";
import { PRIORITY_WORLDWIDE_2022 } from "../data/2022/priority-worldwide";
import { USA_INTL_2022 } from "../data/2022/usa-intl";
import { USA_STATE_RATE_CODES_2022 } from "../data/2022/usa-state-codes";
import type { CustomerType, PriceList } from "./types";

const SOURCE_2022 =
  "Canada Post 2022 price guides: Consumer Prices (DK19700) and Business Prices - Contract Customers and Solutions for Small Business (DK19701), updated January 10, 2022; via ../shared/data/canada-post-2022 (see lib/rating/data/SOURCE.md).";

function list2022(customerType: CustomerType, name: string): PriceList {
  return {
    id: `cp-2022-${customerType.replace("_", "-")}`,
    name,
    customerType,
    effectiveFrom: "2022-01-10",
    currency: "CAD",
    source: SOURCE_2022,
    rates: { ...DOMESTIC_2022[customerType], ...USA_INTL_2022[customerType], ...PRIORITY_WORLDWIDE_2022[customerType] },
    over30PerHalfKgCents: OVER30_2022[customerType],
    usaStateRateCodes: USA_STATE_RATE_CODES_2022,
    intlCountryRateCodes: INTL_COUNTRY_RATE_CODES_2022,
  };
}

export const PRICE_LISTS: readonly PriceList[] = [
  list2022("consumer", "Canada Post 2022 consumer prices"),
  // The only 2022 list with Expedited Parcel (DOM.EP).
  list2022("small_business", "Canada Post 2022 small business prices"),
];

const canadaDate = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date (or a Date's) in Canada Post's local time (Eastern), as YYYY-MM-DD. */
export function isoDateInCanada(date: Date): string {
  return canadaDate.format(date);
}

/**
 * The list in effect for a customer type on a date (an ISO "YYYY-MM-DD" string, or a Date read in
 * Eastern time): the latest effectiveFrom on or before it. Null before the first known list.
 */
export function priceListFor(customerType: CustomerType, date: Date | string, lists: readonly PriceList[] = PRICE_LISTS): PriceList | null {
  const day = typeof date === "string" ? date : isoDateInCanada(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not an ISO date: ${JSON.stringify(day)}`);
  let best: PriceList | null = null;
  for (const list of lists) {
    if (list.customerType !== customerType || list.effectiveFrom > day) continue;
    if (!best || list.effectiveFrom > best.effectiveFrom) best = list;
  }
  return best;
}
