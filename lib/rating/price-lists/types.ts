/**
 * Versioned Canada Post price lists. Pure data types: the tables themselves are generated TS
 * modules under lib/rating/data/ (see lib/rating/data/SOURCE.md).
 */
export type CustomerType = "consumer" | "small_business";

/**
 * One service's base prices: the table's weight steps (its max_weight_kg rows, in grams,
 * ascending) and, per rate code, the price in cents at each step (same index as the steps).
 */
export interface RateTable {
  readonly weightStepsGrams: readonly number[];
  readonly pricesCents: Readonly<Record<string, readonly number[]>>;
}

/** Rate tables by Canada Post service code (DOM.PC, USA.XP, INT.IP.AIR...). */
export type ServiceTables = Readonly<Record<string, RateTable>>;

/** Add-on in cents per extra 0.5 kg above 30 kg, by service code then rate code. */
export type Over30Tables = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Rate code by Canadian origin zone: A (NL NS PE NB), B (QC ON), C (MB SK AB BC), D (YT NT NU). */
export type ZoneRateCodes = readonly [a: string, b: string, c: string, d: string];

/** US state (or territory / armed forces) code -> rate codes by origin zone, per service code. */
export type UsaStateTables = Readonly<Record<string, Readonly<Record<string, ZoneRateCodes>>>>;

/** Rate code, max weight in grams, and max coverage or declared value in cents (null when not printed). */
export type CountryRateCode = readonly [rateCode: string, maxWeightGrams: number, maxCoverageCents: number | null];

/**
 * ISO 3166 country code -> rate code per international service group, as printed in the guide:
 * "INT.PW" (Priority Worldwide, parcel/envelope/pak), "INT.XP", "INT.IP.AIR", "INT.IP.SURF",
 * "INT.TP", "INT.SP" (Small Packet, air and surface).
 */
export type IntlCountryTables = Readonly<Record<string, Readonly<Record<string, CountryRateCode>>>>;

export interface PriceList {
  /** Stable identifier, e.g. "cp-2022-consumer". */
  readonly id: string;
  readonly name: string;
  readonly customerType: CustomerType;
  /** First day the list applies (ISO date, Canada Post's local time). */
  readonly effectiveFrom: string;
  readonly currency: "CAD";
  /** Where the figures come from. */
  readonly source: string;
  /** Base prices (before fuel surcharge, options and taxes) by service code. */
  readonly rates: ServiceTables;
  /** Add-on per extra 0.5 kg above 30 kg; services absent here stop at their last weight step. */
  readonly over30PerHalfKgCents: Over30Tables;
  readonly usaStateRateCodes: UsaStateTables;
  readonly intlCountryRateCodes: IntlCountryTables;
}
