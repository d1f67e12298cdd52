import { FieldsError, isAppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { fieldMessage } from "./problems";
import type { FormState } from "./state";

/**
 * Turns a failure into the form's error state: an AppError becomes its translated sentence (next to
 * its field when it names one); anything else is logged and shown as a generic sentence.
 */
export function errorState(e: unknown, locale: AppLocale, values: Record<string, string>): FormState {
  const t = translator(locale, "errors");
  if (e instanceof FieldsError) {
    const fieldErrors = Object.fromEntries(Object.entries(e.problems).map(([field, p]) => [field, fieldMessage(locale, field, p, e.namespace)]));
    return { status: "error", error: t("invalidInput"), fieldErrors, values };
  }
  if (isAppError(e)) {
    const message = t(e.code, e.values);
    return { status: "error", error: message, fieldErrors: e.field ? { [e.field]: message } : {}, values };
  }
  console.error(e);
  return { status: "error", error: t("generic"), fieldErrors: {}, values };
}
