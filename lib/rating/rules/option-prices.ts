/** Option and surcharge prices as dated data, in cents (rules/SOURCE.md). */
import { inEffect } from "./dated";
import type { Dated } from "./types";

export interface OptionPrices {
  signature: number;
  /** Per additional $100 of coverage above what the service includes. */
  coveragePer100: number;
  /** Regular Parcel includes no coverage: its first $100 costs this. */
  coverageFirst100RegularParcel: number;
  cod: number;
  proofOfAge: number;
  /** Oversized or unpackaged parcel (a side over 1 m, or the second-longest over 76 cm). */
  oversize: number;
  /** Priority Worldwide to Alaska and Hawaii. */
  alaskaHawaii: number;
}

export const OPTION_PRICES: readonly Dated<OptionPrices>[] = [
  { from: "2022-01-10", value: { signature: 175, coveragePer100: 225, coverageFirst100RegularParcel: 225, cod: 725, proofOfAge: 300, oversize: 1800, alaskaHawaii: 850 } },
  // "From September 2022": the day is not in our sources; the 1st is assumed.
  { from: "2022-09-01", value: { signature: 200, coveragePer100: 250, coverageFirst100RegularParcel: 250, cod: 725, proofOfAge: 300, oversize: 1800, alaskaHawaii: 850 } },
];

export function optionPrices(day: string, table = OPTION_PRICES): OptionPrices {
  return inEffect(table, day);
}

export const MAX_COD_CENTS = 500_000;
export const OVERSIZE_SIDE_MM = 1000;
export const OVERSIZE_SECOND_SIDE_MM = 760;
