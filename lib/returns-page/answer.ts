/**
 * The public returns page's answer to each step (no sign-in, server side). Every submission is
 * counted against the visitor and the business before any lookup (over the limit: "try again in N
 * minutes", nothing looked up); every non-match is one sentence that reveals nothing; step 2 looks
 * the order up again from its number and contact and never takes a shipment from the form.
 */
import { FieldsError, type FieldProblem } from "@/lib/errors";
import { errorState } from "@/lib/forms/errors";
import { echoValues, parseForm } from "@/lib/forms/parse";
import { fieldMessage } from "@/lib/forms/problems";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { consumeReturnsLookup, lookupReturnableOrder, normalizeEmail, submitPublicReturn, type ReturnsLookup } from "./lookup";
import { readChosenItems, returnLookupSchema, returnRequestSchema } from "./form-schema";
import type { ReturnableOrderView, ReturnsPageState } from "./page-state";

/** The service's field names as the page's form names them. */
const FORM_FIELD: Record<string, string> = { customerEmail: "labelEmail", note: "customerNote" };

function fieldErrorsOf(locale: AppLocale, problems: Record<string, FieldProblem>, namespace: string): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, p]) => [FORM_FIELD[field] ?? field, fieldMessage(locale, field, p, namespace)]));
}

const failed = (error: string, values: Record<string, string>, order: ReturnableOrderView | null, fieldErrors: Record<string, string> = {}): ReturnsPageState => ({
  status: "error",
  error,
  fieldErrors,
  values: echoValues(values),
  order,
});

/** Why step 1 found nothing to return, in words (off, no match, window passed). */
function notFoundSentence(locale: AppLocale, found: Exclude<ReturnsLookup, { kind: "found" }>): string {
  const t = translator(locale, "returnsPage.page");
  if (found.kind === "windowPassed") return t("windowPassed", { days: found.windowDays });
  return t(found.kind === "off" ? "unavailable" : "noMatch");
}

function viewOf(found: Extract<ReturnsLookup, { kind: "found" }>, orderNumber: string, contact: string): ReturnableOrderView {
  return {
    orderNumber,
    contact,
    items: found.items,
    reasons: found.reasons,
    emailPrefill: contact.includes("@") ? normalizeEmail(contact) : "",
    orderHasEmail: !!found.orderEmail,
    needsApproval: found.needsApproval,
    customerPays: found.customerPays,
  };
}

/**
 * One submission of the page's form: `values.step` "request" is step 2, anything else step 1.
 * Never throws for what a visitor sends; the visitor's address comes from `headers`.
 */
export async function answerReturnsPage(slug: string, values: Record<string, string>, headers: Headers, locale: AppLocale, now = new Date()): Promise<ReturnsPageState> {
  const t = translator(locale, "returnsPage.page");
  const which = parseForm(returnLookupSchema, values, locale);
  if (!which.ok) return which.state.status === "error" ? failed(which.state.error, values, null, which.state.fieldErrors) : failed("", values, null);
  const { orderNumber, contact } = which.data;

  const limit = await consumeReturnsLookup(headers, slug);
  if (!limit.allowed) return failed(t("rateLimited", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }), values, null);

  const found = await lookupReturnableOrder(slug, orderNumber, contact, locale, now);
  if (found.kind !== "found") return failed(notFoundSentence(locale, found), values, null);
  const order = viewOf(found, orderNumber, contact);
  if (values.step !== "request") return { status: "found", order };

  // Every problem at once: the typed fields, the items checked, an email where the order has none.
  const parsed = parseForm(returnRequestSchema, values, locale);
  const problems: Record<string, FieldProblem> = {};
  const chosen = readChosenItems(values, found.items);
  if ("problems" in chosen) Object.assign(problems, chosen.problems);
  if (!(values.labelEmail ?? "").trim() && !order.orderHasEmail && !contact.includes("@")) problems.labelEmail = { code: "labelEmailRequired" };
  if (!parsed.ok || Object.keys(problems).length) {
    const typed = !parsed.ok && parsed.state.status === "error" ? parsed.state.fieldErrors : {};
    return failed(translator(locale, "errors")("invalidInput"), values, order, { ...fieldErrorsOf(locale, problems, "returnsPage.errors"), ...typed });
  }
  const input = parsed.data;

  try {
    const made = await submitPublicReturn(slug, { orderNumber, contact, items: "items" in chosen ? chosen.items : [], reason: input.reason, note: input.customerNote || null, email: input.labelEmail || null, locale }, now);
    const emailedTo = input.labelEmail || (contact.includes("@") ? normalizeEmail(contact) : null);
    if (made.kind === "issued") return { status: "issued", number: made.number, labelUrl: `/returns/${encodeURIComponent(made.slug)}/label/${made.token}`, emailedTo };
    if (made.kind === "requested") return { status: "requested", number: made.number, emailedTo };
    return failed(notFoundSentence(locale, made), values, null);
  } catch (e) {
    if (e instanceof FieldsError) {
      const { shipment, ...onFields } = e.problems;
      const error = shipment ? fieldMessage(locale, "shipment", shipment, e.namespace) : translator(locale, "errors")("invalidInput");
      return failed(error, values, order, fieldErrorsOf(locale, onFields, e.namespace));
    }
    const state = errorState(e, locale, echoValues(values));
    return failed(state.status === "error" ? state.error : t("unavailable"), values, order);
  }
}
