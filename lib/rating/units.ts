/**
 * Unit conversions at the edges of the rating engine. Pure. Weights are stored in grams and
 * lengths in millimetres; Canada Post rates in kilograms and centimetres, rounding each dimension
 * up to the next centimetre before computing volumetric weight.
 */
export const GRAMS_PER_POUND = 453.59237;
export const MM_PER_INCH = 25.4;

export function poundsToGrams(pounds: number): number {
  return Math.round(pounds * GRAMS_PER_POUND);
}

export function gramsToPounds(grams: number): number {
  return grams / GRAMS_PER_POUND;
}

export function inchesToMm(inches: number): number {
  return Math.round(inches * MM_PER_INCH);
}

export function mmToInches(mm: number): number {
  return mm / MM_PER_INCH;
}

/** A length in whole centimetres, rounded up as Canada Post does for volumetric weight. */
export function mmToBilledCm(mm: number): number {
  return Math.ceil(mm / 10 - 1e-9);
}
