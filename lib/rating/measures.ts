import { GRAMS_PER_POUND, MM_PER_INCH } from "./units";

/** The user's units: metric shows cm and kg, imperial shows in and lb. Storage is always mm and g. */
export type UnitSystem = "METRIC" | "IMPERIAL";

/** A length typed in the user's units (cm or in), in whole millimetres. */
export function lengthToMm(value: number, units: UnitSystem): number {
  return Math.round(units === "METRIC" ? value * 10 : value * MM_PER_INCH);
}

/** A weight typed in the user's units (kg or lb), in whole grams. */
export function weightToGrams(value: number, units: UnitSystem): number {
  return Math.round(units === "METRIC" ? value * 1000 : value * GRAMS_PER_POUND);
}

/** Millimetres shown in cm (one decimal) or inches (one decimal), as a number for inputs. */
export function mmToDisplay(mm: number, units: UnitSystem): number {
  return Math.round((units === "METRIC" ? mm / 10 : mm / MM_PER_INCH) * 10) / 10;
}

/** Grams shown in kg (three decimals) or lb (two decimals). */
export function gramsToDisplay(grams: number, units: UnitSystem): number {
  return units === "METRIC" ? Math.round(grams) / 1000 : Math.round((grams / GRAMS_PER_POUND) * 100) / 100;
}
