/**
 * Sizes, weights, amounts and counts as typed, read with the one number reader (decimal.ts), then
 * converted to what is stored (millimetres, grams, cents) and checked there: a value that rounds to
 * nothing gets "at least …" rather than being stored as 1 g, and nothing above the limits below
 * (all far inside PostgreSQL's integer range) is ever stored. Pure; browser and server.
 */
import type { FieldProblem } from "@/lib/errors";
import { formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { lengthToMm, weightToGrams, type UnitSystem } from "@/lib/rating/measures";
import { parseDecimal, parseWholeNumber } from "./decimal";

/**
 * What a parcel can be, in stored units: the heaviest and longest parcel any Canada Post service
 * takes (each service's own limits are the rating rules', lib/rating/rules/services.ts), and the
 * smallest step the carrier counts (a gram, a millimetre).
 */
export const PARCEL_LIMITS = { minWeightGrams: 1, maxWeightGrams: 30_000, minSideMm: 1, maxSideMm: 2_000 } as const;

/** Coverage and collect on delivery: Canada Post's largest amounts, in cents. */
export const MONEY_LIMITS = { coverageCents: 500_000, codCents: 500_000 } as const;

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const fail = (code: string, values?: FieldProblem["values"]): Reading<never> => ({ ok: false, problem: values ? { code, values } : { code } });

/** The smallest value worth typing in each unit, as shown in "at least …" (it converts to at least the minimum). */
const SMALLEST = { METRIC: { weight: 0.001, length: 0.1 }, IMPERIAL: { weight: 0.01, length: 0.04 } } as const;
const UNIT = { METRIC: { weight: "kg", length: "cm" }, IMPERIAL: { weight: "lb", length: "in" } } as const;

/**
 * What is wrong with a weight (grams) or a side (mm) once converted, shown in the user's units:
 * rounded to nothing, or more than a parcel can be. Null when it is a parcel's.
 */
export function parcelLimitProblem(kind: "weight" | "length", stored: number, units: UnitSystem, maxGrams: number = PARCEL_LIMITS.maxWeightGrams): FieldProblem | null {
  const [min, max] = kind === "weight" ? [PARCEL_LIMITS.minWeightGrams, maxGrams] : [PARCEL_LIMITS.minSideMm, PARCEL_LIMITS.maxSideMm];
  if (stored < min) return { code: "atLeast", values: { min: SMALLEST[units][kind], unit: UNIT[units][kind] } };
  if (stored > max) return { code: kind === "weight" ? "tooHeavy" : "sideTooLong" };
  return null;
}

function measure(raw: string, kind: "weight" | "length", units: UnitSystem, locale: AppLocale, maxGrams?: number): Reading<number | null> {
  const typed = parseDecimal(raw, locale);
  if (!typed.ok) return fail(typed.code);
  if (typed.value === null) return ok(null);
  if (typed.value === 0) return fail("mustBePositive");
  const stored = kind === "weight" ? weightToGrams(typed.value, units) : lengthToMm(typed.value, units);
  const problem = parcelLimitProblem(kind, stored, units, maxGrams);
  return problem ? { ok: false, problem } : ok(stored);
}

/**
 * A parcel's weight typed in kg or lb: whole grams, or null when empty. A heavier total (a pickup
 * of many parcels) passes its own maximum, checked by its own rules.
 */
export function readWeight(raw: string, units: UnitSystem, locale: AppLocale, maxGrams?: number): Reading<number | null> {
  return measure(raw, "weight", units, locale, maxGrams);
}

/** One side of a parcel typed in cm or in: whole millimetres, or null when empty. */
export function readLength(raw: string, units: UnitSystem, locale: AppLocale): Reading<number | null> {
  return measure(raw, "length", units, locale);
}

/**
 * An amount in dollars ("250", "12,50 $" in French, "$12.50"): cents, or null when empty. Zero is
 * an amount (no coverage); a cent is the smallest step.
 */
export function readMoney(raw: string, locale: AppLocale, maxCents: number): Reading<number | null> {
  const text = raw.trim();
  if (text === "") return ok(null);
  const typed = parseDecimal(text.replace(/^\$\s*|\s*\$$/, ""), locale);
  if (!typed.ok) return fail(typed.code);
  if (typed.value === null) return fail("notANumber");
  if (typed.decimals > 2) return fail("moneyCents");
  const cents = Math.round(typed.value * 100);
  if (cents > maxCents) return fail("moneyAtMost", { max: formatMoney(maxCents, locale) });
  return ok(cents);
}

/** A count (parcels, items) from min to max, or null when empty. */
export function readCount(raw: string, min: number, max: number): Reading<number | null> {
  const typed = parseWholeNumber(raw);
  if (!typed.ok) return fail(typed.code);
  if (typed.value === null) return ok(null);
  if (typed.value < min) return fail("atLeastNumber", { min });
  if (typed.value > max) return fail("atMostNumber", { max });
  return ok(typed.value);
}
