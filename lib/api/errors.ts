/**
 * The web services' one error shape, `{ error: { type, code, message, param, errors? } }`, with
 * its HTTP status, and the way every failure a service can raise becomes one: the same sentences as
 * the web forms, in English or French from Accept-Language.
 */
import { FieldsError, isAppError, type AppErrorCode } from "@/lib/errors";
import { FIELD_NAMING_CODES, fieldOfIssue, problemOfIssue } from "@/lib/forms/issues";
import { fieldLabel, fieldMessage } from "@/lib/forms/problems";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { isServerBusy } from "@/lib/server-busy";
import type { z } from "zod";
import type apiMessages from "@/messages/api.en.json";

export type ApiErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "not_found_error"
  | "conflict_error"
  | "idempotency_error"
  | "rate_limit_error"
  | "carrier_error"
  | "api_error";

/** One field's problem: which field (a dotted path into the request), and the sentence the web form shows. */
export interface ApiFieldError {
  param: string;
  code: string;
  message: string;
}

export interface ApiErrorBody {
  error: { type: ApiErrorType; code: string; message: string; param: string | null; errors?: ApiFieldError[] };
}

type ApiCode = keyof (typeof apiMessages)["api"]["errors"];

/** A failure the API answers with its own sentence (messages/api.*.json, `api.errors`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ApiErrorType,
    readonly code: ApiCode,
    readonly values: Record<string, string | number> = {},
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = "ApiError";
  }
}

/** Field problems already worded (a carrier's or the rating engine's sentences): answered with 422. */
export class ApiFieldsError extends Error {
  constructor(readonly errors: ApiFieldError[]) {
    super(`invalid fields: ${errors.map((e) => e.param).join(", ")}`);
    this.name = "ApiFieldsError";
  }
}

/**
 * A field's sentence as the API gives it: nothing shows it next to its field, so a sentence that
 * does not already name the field starts with its name ("Postal code: This field is required.").
 */
export function namedFieldMessage(locale: AppLocale, param: string, code: string, message: string): string {
  const label = fieldLabel(locale, param);
  if (!label || FIELD_NAMING_CODES.has(code) || message.includes(label)) return message;
  return `${label}${locale === "fr" ? " : " : ": "}${message}`;
}

/** The problems of a request body or query, each with its field, as the forms word them. */
export function zodFieldErrors(error: z.ZodError, locale: AppLocale, prefix = ""): ApiFieldError[] {
  const seen = new Set<string>();
  const out: ApiFieldError[] = [];
  for (const issue of error.issues) {
    const param = prefix + fieldOfIssue(issue);
    if (seen.has(param)) continue;
    seen.add(param);
    const problem = problemOfIssue(issue);
    out.push({ param, code: problem.code, message: namedFieldMessage(locale, param, problem.code, fieldMessage(locale, param, problem)) });
  }
  return out;
}

/** Field errors as one response (400 for a request that does not fit the schema, 422 for values the business rules refuse). */
export function fieldsBody(status: 400 | 422, errors: ApiFieldError[], locale: AppLocale): { status: number; body: ApiErrorBody } {
  const details = errors.map((e) => e.message).join(" ");
  const message = translator(locale, "api")("errors.invalidRequest", { details });
  return { status, body: { error: { type: "invalid_request_error", code: status === 400 ? "invalid_request" : "invalid_values", message, param: errors[0]?.param ?? null, errors } } };
}

/** Service errors that say the object is not in a state for this (already paid, voided, scanned...). */
const CONFLICTS: ReadonlySet<AppErrorCode> = new Set([
  "batchNotDraft", "batchFull", "batchEmpty", "batchInvalid", "rateStale", "serviceNotQuoted", "voidNotAllowed", "invoicePaid",
  "labelsNotIssued", "alreadyScanned", "voidRefused", "pickupCancelled", "pickupTooLate", "alreadyMember", "lastOwner",
]);
const PAYMENT: ReadonlySet<AppErrorCode> = new Set(["paymentMethodUnavailable", "accountNumberMissing", "creditExceeded", "cardNotConfigured", "cardPaymentUnavailable", "refundFailed"]);

function statusOfAppError(code: AppErrorCode): { status: number; type: ApiErrorType } {
  if (code === "notFound" || code === "memberNotFound") return { status: 404, type: "not_found_error" };
  if (code === "forbidden") return { status: 403, type: "permission_error" };
  if (code === "rateLimited") return { status: 429, type: "rate_limit_error" };
  if (code === "serverBusy") return { status: 503, type: "api_error" };
  if (code === "carrierUnavailable" || code === "carrierTestFailed") return { status: 502, type: "carrier_error" };
  if (CONFLICTS.has(code)) return { status: 409, type: "conflict_error" };
  if (PAYMENT.has(code)) return { status: 402, type: "invalid_request_error" };
  return { status: 422, type: "invalid_request_error" };
}

/**
 * Any failure as the API's answer. Unknown failures are logged and answered with a generic 500
 * (never a stack or a database message).
 */
export function errorResponse(e: unknown, locale: AppLocale, prefix = ""): { status: number; body: ApiErrorBody; headers: Record<string, string> } {
  const t = translator(locale, "api");
  const api = (code: string, values?: Record<string, string | number>) => t(`errors.${code}`, values);
  if (e instanceof ApiError) {
    return { status: e.status, headers: e.headers, body: { error: { type: e.type, code: e.code, message: api(e.code, e.values), param: e.param } } };
  }
  if (e instanceof ApiFieldsError) return { ...fieldsBody(422, e.errors, locale), headers: {} };
  if (e instanceof FieldsError) {
    const errors = Object.entries(e.problems).map(([field, p]) => ({ param: prefix + field, code: p.code, message: namedFieldMessage(locale, field, p.code, fieldMessage(locale, field, p, e.namespace)) }));
    return { ...fieldsBody(422, errors, locale), headers: {} };
  }
  if (isServerBusy(e)) {
    return { status: 503, headers: { "retry-after": "5" }, body: { error: { type: "api_error", code: "serverBusy", message: translator(locale, "errors")("serverBusy"), param: null } } };
  }
  if (isAppError(e)) {
    const { status, type } = statusOfAppError(e.code);
    const message = translator(locale, "errors")(e.code, e.values);
    return { status, headers: {}, body: { error: { type, code: e.code, message, param: e.field ? prefix + e.field : null } } };
  }
  console.error("[api]", e);
  return { status: 500, headers: {}, body: { error: { type: "api_error", code: "server", message: api("server"), param: null } } };
}
