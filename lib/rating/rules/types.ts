/** Types of the rules that go with the price lists: services, options, surcharges, taxes. Pure. */
import type { Destination } from "../services";
export type { Destination };

/** Canada Post's four fuel-surcharge groups. */
export type FuelGroup = "domestic" | "usaIntlParcel" | "usaIntlPacket" | "priorityWorldwide";

/** Delivery-standard lanes: local, regional, national; remote for rural and northern areas. */
export type Lane = "local" | "regional" | "national" | "remote";

/** Canada Post option codes. */
export type OptionCode = "SO" | "COV" | "COD" | "PA18" | "PA19" | "HFP" | "DNS" | "LAD" | "D2PO";

export interface ServiceRule {
  code: string;
  destination: Destination;
  /** Parcels are rated on volumetric weight; packets, envelopes and paks are not. */
  kind: "parcel" | "packet" | "envelope" | "pak";
  fuelGroup: FuelGroup;
  /** cm³ per kg: volumetric kg = L x W x H (cm) / divisor. Null: exempt. */
  volumetricDivisor: number | null;
  maxWeightGrams: number;
  maxSideMm: number | null;
  /** Longest side + 2 x (the two others). */
  maxLengthGirthMm: number | null;
  /** Packets: L + W + H. */
  maxSumOfSidesMm: number | null;
  /** The oversized / unpackaged surcharge applies (domestic parcels). */
  oversize: boolean;
  /** Coverage included in the price, in cents. */
  includedCoverageCents: number;
  /** Largest coverage that can be bought; for international, the country's own limit may be lower. */
  maxCoverageCents: number;
  /** Options the service takes. The signature of "included" services costs nothing. */
  options: readonly OptionCode[];
  signatureIncluded: boolean;
  /** Delivery standard in business days: per lane for domestic, `national` (and `remote`) elsewhere. */
  transitDays: Readonly<Record<Lane, number>>;
  /** Canada Post's on-time guarantee applies to the standard. */
  guaranteed: boolean;
}

/** A value that changes over time: each entry applies from its date (ISO, Eastern time) on. */
export interface Dated<T> {
  from: string;
  value: T;
}
