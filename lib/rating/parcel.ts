/**
 * A parcel's billed weight and its size checks against a service's limits. Pure; grams and
 * millimetres in, grams out.
 */
import { mmToBilledCm } from "./units";
import { problem, type RatingProblem } from "./problems";
import type { ServiceRule } from "./rules/types";
import { OVERSIZE_SECOND_SIDE_MM, OVERSIZE_SIDE_MM } from "./rules/option-prices";

export interface Parcel {
  weightGrams: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
}

/** The three sides, longest first. */
export function sortedSides(p: Parcel): [number, number, number] {
  const s = [p.lengthMm, p.widthMm, p.heightMm].sort((a, b) => b - a);
  return [s[0]!, s[1]!, s[2]!];
}

/** Problems with the parcel itself, whatever the service: weight and sides must be positive. */
export function parcelProblems(p: Parcel): RatingProblem[] {
  const out: RatingProblem[] = [];
  if (!Number.isFinite(p.weightGrams) || p.weightGrams <= 0) out.push(problem("weightInvalid", "weight"));
  if (![p.lengthMm, p.widthMm, p.heightMm].every((v) => Number.isFinite(v) && v > 0)) out.push(problem("dimensionsInvalid", "dimensions"));
  return out;
}

/**
 * Volumetric weight in grams: L x W x H with each side rounded up to the next centimetre, over the
 * service's divisor (cm³ per kg), rounded up to the gram. Null for services rated on actual weight.
 */
export function volumetricWeightGrams(p: Parcel, divisor: number | null): number | null {
  if (divisor === null) return null;
  const cm3 = mmToBilledCm(p.lengthMm) * mmToBilledCm(p.widthMm) * mmToBilledCm(p.heightMm);
  return Math.ceil((cm3 * 1000) / divisor);
}

/** Billed weight = max(actual, volumetric). */
export function billedWeightGrams(p: Parcel, divisor: number | null): number {
  const volumetric = volumetricWeightGrams(p, divisor);
  return Math.ceil(Math.max(p.weightGrams, volumetric ?? 0));
}

const cm = (mm: number) => Math.round(mm / 10);
const kg = (g: number) => g / 1000;

/** Each limit of the service the parcel breaks, with the limit in the message values (kg, cm). */
export function limitProblems(p: Parcel, rule: ServiceRule, countryMaxWeightGrams?: number): RatingProblem[] {
  const out: RatingProblem[] = [];
  const [longest, second, third] = sortedSides(p);
  if (p.weightGrams > rule.maxWeightGrams) out.push(problem("weightOverLimit", "weight", { service: rule.code, maxKg: kg(rule.maxWeightGrams) }));
  else if (countryMaxWeightGrams !== undefined && p.weightGrams > countryMaxWeightGrams) {
    out.push(problem("countryWeightOverLimit", "weight", { service: rule.code, maxKg: kg(countryMaxWeightGrams) }));
  }
  if (rule.maxSideMm !== null && longest > rule.maxSideMm) out.push(problem("sideOverLimit", "dimensions", { service: rule.code, maxCm: cm(rule.maxSideMm) }));
  if (rule.maxLengthGirthMm !== null && longest + 2 * (second + third) > rule.maxLengthGirthMm) {
    out.push(problem("lengthGirthOverLimit", "dimensions", { service: rule.code, maxCm: cm(rule.maxLengthGirthMm) }));
  }
  if (rule.maxSumOfSidesMm !== null && longest + second + third > rule.maxSumOfSidesMm) {
    out.push(problem("packetSizeOverLimit", "dimensions", { service: rule.code, maxCm: cm(rule.maxSumOfSidesMm), maxSideCm: cm(rule.maxSideMm ?? 0) }));
  }
  return out;
}

/** Oversized or unpackaged: a side over 1 m, or the second-longest side over 76 cm. */
export function isOversized(p: Parcel): boolean {
  const [longest, second] = sortedSides(p);
  return longest > OVERSIZE_SIDE_MM || second > OVERSIZE_SECOND_SIDE_MM;
}
