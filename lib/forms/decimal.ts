/**
 * The one reader of numbers typed by a person, for every numeric field of the app (forms, the
 * batch sheet, imports, search parameters). Pure; runs in the browser and on the server.
 *
 * A decimal is digits with at most one decimal separator, spaces around it allowed: the point in
 * both languages, and the comma too in French ("2,5"). An English comma is refused rather than
 * guessed ("1,000" could be a thousand). Nothing else is a number: no sign, exponent ("1e9"), hex
 * ("0x10"), thousands separators, "Infinity" or "NaN".
 */
import type { AppLocale } from "@/lib/i18n/locales";

export type NumberProblemCode = "notANumber" | "mustBePositive" | "notAWholeNumber";

/** What was typed, as a number (null: nothing typed), or why it is not one. */
export type ParsedNumber = { ok: true; value: number | null; decimals: number } | { ok: false; code: NumberProblemCode };

const DECIMAL: Record<AppLocale, RegExp> = {
  en: /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/,
  fr: /^(\d+)(?:[.,](\d*))?$|^[.,](\d+)$/,
};

/** A minus sign before a number: the person meant a negative value, which no field takes. */
const NEGATIVE = /^[-\u2212]\s*[\d.,]/;

export function parseDecimal(raw: string, locale: AppLocale): ParsedNumber {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null, decimals: 0 };
  const match = DECIMAL[locale].exec(text);
  if (!match) return { ok: false, code: NEGATIVE.test(text) ? "mustBePositive" : "notANumber" };
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? match[3] ?? "";
  const value = Number(`${whole}.${fraction || "0"}`);
  return Number.isFinite(value) ? { ok: true, value, decimals: fraction.length } : { ok: false, code: "notANumber" };
}

/** A count (parcels, items, a page): digits only. */
export function parseWholeNumber(raw: string): ParsedNumber {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null, decimals: 0 };
  if (!/^\d+$/.test(text)) return { ok: false, code: NEGATIVE.test(text) ? "mustBePositive" : "notAWholeNumber" };
  return { ok: true, value: Number(text), decimals: 0 };
}
