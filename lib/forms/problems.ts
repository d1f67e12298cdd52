/**
 * One way from a problem with a field to the sentence shown next to it, in the user's language:
 * zod issues of every input schema (parseForm, through issues.ts), and problems the services find
 * (FieldsError). A sentence can name its field ("Name: at most 44 characters"): the field's label
 * comes from `fields` in messages/fields.*.json.
 */
import type { FieldProblem } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { MESSAGES, translator } from "@/lib/i18n/messages";

/** The name of a field as its label reads ("Address line 1"), from the last named part of its path; null when none is known. */
export function fieldLabel(locale: AppLocale, field: string): string | null {
  const labels = MESSAGES[locale].fields as Record<string, string>;
  const name = field
    .split(".")
    .filter((part) => !/^\d+$/.test(part))
    .at(-1);
  return name && Object.hasOwn(labels, name) ? labels[name]! : null;
}

/** The sentence for one problem with one field, in `namespace` (the validation messages unless a service says otherwise). */
export function fieldMessage(locale: AppLocale, field: string, problem: FieldProblem, namespace = "validation"): string {
  const label = fieldLabel(locale, field) ?? MESSAGES[locale].fields.thisField;
  return translator(locale, namespace)(problem.code, { field: label, ...problem.values });
}
