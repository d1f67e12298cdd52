/**
 * A zod issue as a problem with a field: the key of its sentence under `validation`
 * (messages/fields.*.json and the core messages) and the values the sentence shows. Pure, without
 * the messages themselves, so the browser's checks (an import's preview) use it too; the sentence is
 * made by lib/forms/problems.ts on the server, or by the page's translator.
 */
import type { z } from "zod";
import type { FieldProblem } from "@/lib/errors";

type Issue = z.core.$ZodIssue;

/** Our keys are single camelCase words; zod's own messages are English sentences. */
const KEY = /^[a-zA-Z]+$/;

/** The keys whose sentence starts with the field's name ("Name: at most 44 characters"). */
export const FIELD_NAMING_CODES: ReadonlySet<string> = new Set(["maxChars", "minChars", "atLeast", "atLeastNumber", "atMostNumber", "moneyAtMost", "choose", "unreadable", "invalidTime"]);

/** The limit zod checked, for the sentence's {max} or {min}. */
function limits(issue: Issue): Record<string, number> {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  return {};
}

/** The key a zod check stands for when the schema gave none of ours. */
function keyOfCheck(issue: Issue): string {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string" ? "maxChars" : "atMostNumber";
    case "too_small":
      return issue.origin === "string" ? (Number(issue.minimum) <= 1 ? "required" : "minChars") : "atLeastNumber";
    case "invalid_type":
      // A field the form did not send at all.
      return "required";
    case "invalid_value":
      return "choose";
    default:
      return "unreadable";
  }
}

/** The problem a zod issue stands for: the schema's own key (with the limit it checked), or one named after the check. */
export function problemOfIssue(issue: Issue): FieldProblem {
  const params = issue.code === "custom" ? ((issue.params ?? {}) as Record<string, string | number>) : {};
  const values = { ...limits(issue), ...params };
  const code = KEY.test(issue.message) ? issue.message : keyOfCheck(issue);
  return Object.keys(values).length ? { code, values } : { code };
}

/** The form field an issue belongs to: "name", "internationalTaxIds.0.number"; "_form" for the whole form. */
export function fieldOfIssue(issue: Issue): string {
  return issue.path.length ? issue.path.map(String).join(".") : "_form";
}
