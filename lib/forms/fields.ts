/**
 * The building blocks of every input schema: text with its maximum length, hidden ids, choices,
 * checkboxes, dates, and numbers read in the user's language (decimal.ts, quantities.ts). Each
 * check carries a key under `validation` (messages/fields.*.json), so every problem has its own
 * sentence naming the field; none throws.
 */
import { z } from "zod";
import type { FieldProblem } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { ID_MAX, NUMBER_TEXT_MAX } from "./limits";
import { readCount, type Reading } from "./quantities";

/** Optional text, trimmed, at most `max` characters ("Name: at most 44 characters"); "" when absent. */
export const text = (max: number) => z.string().trim().max(max, "maxChars").optional().default("");

/** Text that must be there. */
export const requiredText = (max: number) => z.string().trim().min(1, "required").max(max, "maxChars");

/** The text of a number field (read later in the user's units and language): "" when absent. */
export const numberText = text(NUMBER_TEXT_MAX);

/** The id of a row of the business, sent by the page in a hidden field. */
export const idField = z.string().trim().min(1, "required").max(ID_MAX, "unreadable");

/** An optional id ("" when none was chosen). */
export const optionalId = z.string().trim().max(ID_MAX, "unreadable").optional().default("");

/** A checkbox: on, or anything else (absent) off. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

/** One of a list of values (a select): anything else gets "choose an option from the list". */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: "choose" });

/** A day as the date input sends it (2026-12-31), or "" for none. */
export const day = z
  .string()
  .trim()
  .max(10, "invalidDate")
  .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "invalidDate")
  .optional()
  .default("");

/** A time of day as the time input sends it ("17:30", 24 h; "9:05" is read as 09:05), or "" for none. */
export const timeOfDay = z
  .string()
  .trim()
  .max(8, "invalidTime")
  .refine((v) => v === "" || /^([01]?\d|2[0-3]):[0-5]\d$/.test(v), "invalidTime")
  .transform((v) => (v === "" ? "" : v.padStart(5, "0")))
  .optional()
  .default("");

/** A whole number from min to max as typed (a page, a batch number); `empty` when nothing is typed. */
export const wholeNumber = (min: number, max: number, empty = min) =>
  numberText.transform((raw, ctx) => (raw === "" ? empty : (valueOf(ctx, "", readCount(raw, min, max)) ?? empty)));

/** A form field holding JSON (a list the page builds), parsed; then checked by `schema`. */
export function jsonField<S extends z.ZodType>(schema: S, maxChars: number) {
  return z
    .string()
    .max(maxChars, "maxChars")
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "unreadable" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** Records a problem found after reading (a weight out of range) as an issue of `field` ("": the value being read), with its message's values. */
export function addProblem(ctx: z.RefinementCtx, field: string, problem: FieldProblem): void {
  ctx.addIssue({ code: "custom", path: field ? [field] : [], message: problem.code, ...(problem.values ? { params: problem.values } : {}) });
}

/** The value of a reading, or null after recording its problem. */
export function valueOf<T>(ctx: z.RefinementCtx, field: string, reading: Reading<T>): T | null {
  if (reading.ok) return reading.value;
  addProblem(ctx, field, reading.problem);
  return null;
}

/**
 * A schema that reads numbers in the user's language ("2,5" is a number in French only): built
 * once per language. Server actions and parseForm take either a schema or such a function.
 */
export function localized<S extends z.ZodType>(build: (locale: AppLocale) => S): (locale: AppLocale) => S {
  const built = new Map<AppLocale, S>();
  return (locale) => {
    let schema = built.get(locale);
    if (!schema) built.set(locale, (schema = build(locale)));
    return schema;
  };
}

export type SchemaFor<S extends z.ZodType> = S | ((locale: AppLocale) => S);

/** The schema for a language, whether it depends on it or not. */
export function schemaFor<S extends z.ZodType>(schema: SchemaFor<S>, locale: AppLocale): S {
  return typeof schema === "function" ? schema(locale) : schema;
}
