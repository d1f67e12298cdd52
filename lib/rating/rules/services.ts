/**
 * Per-service rules: weight and size limits, volumetric divisor, fuel group, options, included
 * coverage, delivery standards. Sources and the points we had to decide are in rules/SOURCE.md.
 */
import type { Lane, OptionCode, ServiceRule } from "./types";

const DOMESTIC_OPTIONS: readonly OptionCode[] = ["SO", "COV", "COD", "PA18", "PA19", "HFP", "DNS", "LAD"];
const D2PO_OPTIONS: readonly OptionCode[] = [...DOMESTIC_OPTIONS, "D2PO"];

const days = (local: number, regional: number, national: number, remote: number): Readonly<Record<Lane, number>> => ({ local, regional, national, remote });
/** USA and international: one standard, and a slower one for remote destinations (Alaska, Hawaii, territories). */
const abroad = (standard: number, remote = standard + 2) => days(standard, standard, standard, remote);

const DOMESTIC_PARCEL = {
  destination: "domestic",
  kind: "parcel",
  fuelGroup: "domestic",
  volumetricDivisor: 5000,
  maxWeightGrams: 30_000,
  maxSideMm: 2000,
  maxLengthGirthMm: 3000,
  maxSumOfSidesMm: null,
  oversize: true,
  includedCoverageCents: 10_000,
  maxCoverageCents: 500_000,
  signatureIncluded: false,
} as const;

const PACKET = {
  kind: "packet",
  fuelGroup: "usaIntlPacket",
  volumetricDivisor: null,
  maxWeightGrams: 2000,
  maxSideMm: 600,
  maxLengthGirthMm: null,
  maxSumOfSidesMm: 900,
  oversize: false,
} as const;

const PRIORITY_WORLDWIDE = {
  fuelGroup: "priorityWorldwide",
  oversize: false,
  includedCoverageCents: 10_000,
  maxCoverageCents: 100_000,
  options: ["SO", "COV"],
  signatureIncluded: true,
  guaranteed: true,
} as const;

const PW_PARCEL = { ...PRIORITY_WORLDWIDE, kind: "parcel", volumetricDivisor: 5000, maxWeightGrams: 30_000, maxSideMm: 1500, maxLengthGirthMm: 2740, maxSumOfSidesMm: null } as const;
const PW_ENVELOPE = { ...PRIORITY_WORLDWIDE, kind: "envelope", volumetricDivisor: null, maxWeightGrams: 500, maxSideMm: null, maxLengthGirthMm: null, maxSumOfSidesMm: null } as const;
const PW_PAK = { ...PRIORITY_WORLDWIDE, kind: "pak", volumetricDivisor: null, maxWeightGrams: 1500, maxSideMm: null, maxLengthGirthMm: null, maxSumOfSidesMm: null } as const;

const ABROAD_PARCEL = {
  kind: "parcel",
  fuelGroup: "usaIntlParcel",
  volumetricDivisor: 5000,
  maxWeightGrams: 30_000,
  oversize: false,
  includedCoverageCents: 10_000,
  maxCoverageCents: 100_000,
  signatureIncluded: false,
} as const;

export const SERVICE_RULES: readonly ServiceRule[] = [
  { ...DOMESTIC_PARCEL, code: "DOM.PC", options: DOMESTIC_OPTIONS, signatureIncluded: true, transitDays: days(1, 2, 2, 4), guaranteed: true },
  { ...DOMESTIC_PARCEL, code: "DOM.XP", options: D2PO_OPTIONS, transitDays: days(2, 2, 3, 5), guaranteed: true },
  { ...DOMESTIC_PARCEL, code: "DOM.EP", options: D2PO_OPTIONS, transitDays: days(2, 4, 8, 10), guaranteed: true },
  // Regular Parcel includes no coverage: its first $100 is charged (rules/option-prices.ts).
  { ...DOMESTIC_PARCEL, code: "DOM.RP", volumetricDivisor: 6000, includedCoverageCents: 0, options: DOMESTIC_OPTIONS, transitDays: days(3, 6, 10, 14), guaranteed: false },

  { ...PW_PARCEL, code: "USA.PW.PARCEL", destination: "usa", transitDays: abroad(2) },
  { ...PW_ENVELOPE, code: "USA.PW.ENV", destination: "usa", transitDays: abroad(2) },
  { ...PW_PAK, code: "USA.PW.PAK", destination: "usa", transitDays: abroad(2) },
  { ...ABROAD_PARCEL, code: "USA.XP", destination: "usa", maxSideMm: 1500, maxLengthGirthMm: 2740, maxSumOfSidesMm: null, options: ["SO", "COV"], transitDays: abroad(3), guaranteed: true },
  { ...ABROAD_PARCEL, code: "USA.EP", destination: "usa", maxSideMm: 2000, maxLengthGirthMm: 2740, maxSumOfSidesMm: null, options: ["SO", "COV"], transitDays: abroad(7), guaranteed: false },
  { ...PACKET, code: "USA.TP", destination: "usa", includedCoverageCents: 10_000, maxCoverageCents: 10_000, options: ["COV"], signatureIncluded: false, transitDays: abroad(10), guaranteed: false },
  { ...PACKET, code: "USA.SP.AIR", destination: "usa", includedCoverageCents: 0, maxCoverageCents: 0, options: [], signatureIncluded: false, transitDays: abroad(12), guaranteed: false },

  { ...PW_PARCEL, code: "INT.PW.PARCEL", destination: "international", transitDays: abroad(3) },
  { ...PW_ENVELOPE, code: "INT.PW.ENV", destination: "international", transitDays: abroad(3) },
  { ...PW_PAK, code: "INT.PW.PAK", destination: "international", transitDays: abroad(3) },
  { ...ABROAD_PARCEL, code: "INT.XP", destination: "international", maxSideMm: 1500, maxLengthGirthMm: 3000, maxSumOfSidesMm: null, options: ["SO", "COV"], transitDays: abroad(7), guaranteed: true },
  { ...ABROAD_PARCEL, code: "INT.IP.AIR", destination: "international", maxSideMm: 1500, maxLengthGirthMm: 3000, maxSumOfSidesMm: null, options: ["SO", "COV"], transitDays: abroad(10), guaranteed: false },
  { ...ABROAD_PARCEL, code: "INT.IP.SURF", destination: "international", maxSideMm: 1500, maxLengthGirthMm: 3000, maxSumOfSidesMm: null, options: ["SO", "COV"], transitDays: abroad(60, 60), guaranteed: false },
  { ...PACKET, code: "INT.TP", destination: "international", includedCoverageCents: 10_000, maxCoverageCents: 10_000, options: ["COV"], signatureIncluded: false, transitDays: abroad(10), guaranteed: false },
  { ...PACKET, code: "INT.SP.AIR", destination: "international", includedCoverageCents: 0, maxCoverageCents: 0, options: [], signatureIncluded: false, transitDays: abroad(10), guaranteed: false },
  { ...PACKET, code: "INT.SP.SURF", destination: "international", includedCoverageCents: 0, maxCoverageCents: 0, options: [], signatureIncluded: false, transitDays: abroad(60, 60), guaranteed: false },
];

const BY_CODE = new Map(SERVICE_RULES.map((r) => [r.code, r]));

export function serviceRule(code: string): ServiceRule | undefined {
  return BY_CODE.get(code);
}
