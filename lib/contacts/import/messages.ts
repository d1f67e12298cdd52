import { FIELD_NAMING_CODES } from "@/lib/forms/issues";
import type { RowProblem } from "./validate";

/** A translator over the whole bundle (keys with their namespace), as next-intl's root translator. */
export type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

/** A row problem's sentence, the same one the contact form shows next to the field. */
export function problemMessage(problem: RowProblem, t: Translate): string {
  const key = `${problem.namespace}.${problem.code}`;
  return t.has && !t.has(key) ? t("validation.invalid") : t(key, { field: t(`import.fields.${problem.field}`), ...problem.values });
}

/** Whether the sentence already starts with the field's name ("Name: at most 44 characters"). */
function namesField(problem: RowProblem): boolean {
  return problem.namespace === "validation" && FIELD_NAMING_CODES.has(problem.code);
}

/** A row problem with its field: "Postal or ZIP code: This postal code belongs to Ontario, not Quebec." */
export function problemText(problem: RowProblem, t: Translate): string {
  if (namesField(problem)) return problemMessage(problem, t);
  return t("import.check.problem", { field: t(`import.fields.${problem.field}`), message: problemMessage(problem, t) });
}
