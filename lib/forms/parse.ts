import type { z } from "zod";
import { translator } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/locales";
import { schemaFor, type SchemaFor } from "./fields";
import { fieldOfIssue, problemOfIssue } from "./issues";
import { fieldMessage } from "./problems";
import type { FormState } from "./state";

/** The text fields of a submitted form (file inputs and Next's internal `$ACTION` fields dropped). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** The longest value worth sending back: anything longer was not typed (an import's rows). */
const MAX_ECHOED_LENGTH = 10_000;

/** Values safe and small enough to send back to the form (never a password). */
export function echoValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => !/password/i.test(k) && v.length <= MAX_ECHOED_LENGTH));
}

export type Parsed<S extends z.ZodType> = { ok: true; data: z.output<S> } | { ok: false; state: FormState };

/**
 * Validates form values with a shared zod schema (for the user's language when it reads numbers);
 * each field gets its own translated message, naming the field and its limit. Never throws.
 */
export function parseForm<S extends z.ZodType>(schema: SchemaFor<S>, values: Record<string, string>, locale: AppLocale): Parsed<S> {
  const result = schemaFor(schema, locale).safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // Nested fields (rows of a list) are keyed by their path: "internationalTaxIds.0.number".
    const field = fieldOfIssue(issue);
    fieldErrors[field] ??= fieldMessage(locale, field, problemOfIssue(issue));
  }
  return {
    ok: false,
    state: { status: "error", error: translator(locale, "errors")("invalidInput"), fieldErrors, values: echoValues(values) },
  };
}
