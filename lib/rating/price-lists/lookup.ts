/** Pure price and rate-code lookups in a PriceList. */
import type { PriceList } from "./types";

const HALF_KG = 500;
/** Above this the over-30 kg add-on applies (per extra 0.5 kg), for services that have one. */
export const MAX_STEP_GRAMS = 30_000;

/**
 * Base price in cents (before options, surcharges, fuel and taxes) for a billed weight in grams:
 * the price at the table's first weight step >= the weight. Above the last step (30 kg) the
 * service's over-30 add-on is charged per extra 0.5 kg or part; services without one (packets,
 * Priority Worldwide envelope and pak) return null there, as do unknown services and rate codes.
 */
export function basePriceCents(list: PriceList, serviceCode: string, rateCode: string, billedWeightGrams: number): number | null {
  if (!Number.isFinite(billedWeightGrams) || billedWeightGrams <= 0) {
    throw new RangeError(`billed weight must be a positive number of grams, got ${billedWeightGrams}`);
  }
  const table = list.rates[serviceCode];
  const prices = table?.pricesCents[rateCode];
  if (!table || !prices) return null;
  const steps = table.weightStepsGrams;
  const index = steps.findIndex((step) => step >= billedWeightGrams);
  if (index >= 0) return prices[index] ?? null;

  const lastStep = steps[steps.length - 1];
  const lastPrice = prices[prices.length - 1];
  const addOn = list.over30PerHalfKgCents[serviceCode]?.[rateCode];
  if (lastStep !== MAX_STEP_GRAMS || lastPrice === undefined || addOn === undefined) return null;
  const extraHalfKgs = Math.ceil((billedWeightGrams - lastStep) / HALF_KG);
  return lastPrice + extraHalfKgs * addOn;
}

export type OriginZone = "A" | "B" | "C" | "D";

const ZONE_BY_PROVINCE: Readonly<Record<string, OriginZone>> = {
  NL: "A", NS: "A", PE: "A", NB: "A",
  QC: "B", ON: "B",
  MB: "C", SK: "C", AB: "C", BC: "C",
  YT: "D", NT: "D", NU: "D",
};

/** The Canadian origin zone for US rate codes, or null for an unknown province code. */
export function originZone(province: string): OriginZone | null {
  return ZONE_BY_PROVINCE[province.toUpperCase()] ?? null;
}

/**
 * Rate code for a US destination. Xpresspost USA and Expedited Parcel USA use the state table by
 * origin zone; Priority Worldwide USA is rate code "1" and Tracked Packet / Small Packet USA one
 * price for all states ("ALL"). Null for an unknown province, state or service.
 */
export function usaRateCode(list: PriceList, originProvince: string, stateCode: string, serviceCode: string): string | null {
  const zone = originZone(originProvince);
  if (!zone) return null;
  const state = stateCode.toUpperCase();
  const known = Object.values(list.usaStateRateCodes).some((table) => table[state] !== undefined);
  if (!known) return null;
  if (serviceCode.startsWith("USA.PW.")) return list.rates[serviceCode] ? "1" : null;
  if (serviceCode === "USA.TP" || serviceCode === "USA.SP.AIR") return list.rates[serviceCode] ? "ALL" : null;
  const zones = list.usaStateRateCodes[serviceCode]?.[state];
  return zones ? zones["ABCD".indexOf(zone)]! : null;
}

export interface InternationalRateCode {
  rateCode: string;
  /** The country's maximum weight for the service, in grams. */
  maxWeightGrams: number;
  /** Maximum coverage or declared value in cents, or null when the guide prints none (packets). */
  maxCoverageCents: number | null;
}

const COUNTRY_GROUP_BY_SERVICE: Readonly<Record<string, string>> = {
  "INT.PW.PARCEL": "INT.PW",
  "INT.PW.ENV": "INT.PW",
  "INT.PW.PAK": "INT.PW",
  "INT.XP": "INT.XP",
  "INT.IP.AIR": "INT.IP.AIR",
  "INT.IP.SURF": "INT.IP.SURF",
  "INT.TP": "INT.TP",
  "INT.SP.AIR": "INT.SP",
  "INT.SP.SURF": "INT.SP",
};

/**
 * Rate code (with the country's max weight and coverage) for an international service and an ISO
 * country code. Null for Canada and the USA (see usaRateCode), unknown services, and countries the
 * table does not list for that service.
 */
export function internationalRateCode(list: PriceList, countryCode: string, serviceCode: string): InternationalRateCode | null {
  const country = countryCode.toUpperCase();
  if (country === "CA" || country === "US") return null;
  const group = COUNTRY_GROUP_BY_SERVICE[serviceCode];
  const entry = group ? list.intlCountryRateCodes[group]?.[country] : undefined;
  if (!entry) return null;
  const [rateCode, maxWeightGrams, maxCoverageCents] = entry;
  return { rateCode, maxWeightGrams, maxCoverageCents };
}
