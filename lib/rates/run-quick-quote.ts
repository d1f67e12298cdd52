/**
 * The rates page's one call: parse the typed query, quote it for the business, and present the
 * result or the errors next to their fields, in the user's language.
 */
import { errorState } from "@/lib/forms/errors";
import { parseForm } from "@/lib/forms/parse";
import type { AppLocale } from "@/lib/i18n/locales";
import type { TenantContext } from "@/lib/tenancy/context";
import { quickQuote } from "./quick-quote";
import { quickQuoteSchema } from "./quick-quote-schema";
import { presentResult, type PresentedResult } from "./present";

export type QuickQuoteOutcome =
  | { status: "ok"; result: PresentedResult; fieldErrors: Record<string, string>; priceList: { name: string; effectiveFrom: string } | null }
  | { status: "error"; error: string; fieldErrors: Record<string, string> };

/** Engine fields to form fields. */
const FIELD_OF_PROBLEM: Record<string, string> = { origin: "fromPostalCode", destination: "postalCode", weight: "weight", dimensions: "length", options: "options" };

export async function runQuickQuote(ctx: TenantContext, values: Record<string, string>, locale: AppLocale, now = new Date()): Promise<QuickQuoteOutcome> {
  const parsed = parseForm(quickQuoteSchema, values, locale);
  if (!parsed.ok) return parsed.state.status === "error" ? { status: "error", error: parsed.state.error, fieldErrors: parsed.state.fieldErrors } : { status: "error", error: "", fieldErrors: {} };
  try {
    const quoted = await quickQuote(ctx, parsed.data, now);
    const result = presentResult(quoted, locale, parsed.data.units);
    const fieldErrors: Record<string, string> = {};
    for (const [field, texts] of Object.entries(result.fieldProblems)) {
      const formField = field === "origin" && values.from ? "from" : (FIELD_OF_PROBLEM[field] ?? field);
      fieldErrors[formField] = texts.join(" ");
    }
    return { status: "ok", result, fieldErrors, priceList: quoted.priceList };
  } catch (e) {
    const state = errorState(e, locale, values);
    if (state.status !== "error") throw e;
    return { status: "error", error: state.error, fieldErrors: state.fieldErrors };
  }
}
