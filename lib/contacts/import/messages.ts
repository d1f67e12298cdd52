import type { RowProblem } from "./validate";

/** A translator over the whole bundle (keys with their namespace), as next-intl's root translator. */
export type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

/** A row problem's sentence, the same one the contact form shows next to the field. */
export function problemMessage(problem: RowProblem, t: Translate): string {
  const key = `${problem.namespace}.${problem.code}`;
  return t.has && !t.has(key) ? t("validation.invalid") : t(key, problem.values);
}

/** A row problem with its field: "Postal or ZIP code: This postal code belongs to Ontario, not Quebec." */
export function problemText(problem: RowProblem, t: Translate): string {
  return t("import.check.problem", { field: t(`import.fields.${problem.field}`), message: problemMessage(problem, t) });
}
