import type { z } from "zod";
import { FieldsError } from "@/lib/errors";
import { problemOfIssue } from "@/lib/forms/issues";
import { contactSchema, type ContactInput } from "../schemas";
import { isImportField, type ImportField, type ImportTable } from "./fields";
import { rowMapper, type ColumnMapping, type ContactValues, type MappedRow } from "./mapping";

/** One problem of one row: a message key (`code`) in a namespace of messages/*.json, for one field. */
export interface RowProblem {
  field: ImportField;
  namespace: "address.errors" | "validation" | "import.rowErrors";
  code: string;
  values?: Record<string, string | number>;
}

export interface CheckedRow<T> {
  /** Position in the table's rows. */
  index: number;
  /** Where the row is in the file (see ImportTable.rowNumbers). */
  rowNumber: number;
  values: ContactValues;
  result: { ok: true; value: T } | { ok: false; problems: RowProblem[] };
}

/**
 * How a row becomes a contact once its values passed contactSchema: on the server contactRow
 * (lib/contacts/contacts.ts), in the browser the same address check it makes. It throws a
 * FieldsError for an address Canada Post would refuse.
 */
export type RowCheck<T> = (input: ContactInput) => T;

/** The first problem of each field, with its message's values ("Name: at most 44 characters"), like the form shows them. */
function zodProblems(issues: readonly z.core.$ZodIssue[]): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const issue of issues) {
    const field = issue.path[0];
    if (!isImportField(field) || problems.some((p) => p.field === field)) continue;
    problems.push({ field, namespace: "validation", ...problemOfIssue(issue) });
  }
  return problems;
}

/**
 * One row checked exactly as a contact typed in the form: contactSchema, then `check`. Problems
 * come field by field, the first one of each field, like the form shows them. Pure.
 */
export function checkRow<T>(headers: string[], mapping: ColumnMapping, row: string[], check: RowCheck<T>): Pick<CheckedRow<T>, "values" | "result"> {
  return checkMapped(rowMapper(headers, mapping)(row), check);
}

function checkMapped<T>({ values, unknownCountry }: MappedRow, check: RowCheck<T>): Pick<CheckedRow<T>, "values" | "result"> {
  const parsed = contactSchema.safeParse(values);
  if (unknownCountry !== undefined) {
    const problems: RowProblem[] = [{ field: "country", namespace: "import.rowErrors", code: "countryUnknown", values: { value: unknownCountry.slice(0, 60) } }];
    if (!parsed.success) problems.push(...zodProblems(parsed.error.issues).filter((p) => p.field !== "country"));
    return { values, result: { ok: false, problems } };
  }
  if (!parsed.success) return { values, result: { ok: false, problems: zodProblems(parsed.error.issues) } };
  try {
    return { values, result: { ok: true, value: check(parsed.data) } };
  } catch (e) {
    if (!(e instanceof FieldsError)) throw e;
    const problems = Object.entries(e.problems).map(([field, p]) => ({
      field: isImportField(field) ? field : "name",
      namespace: e.namespace as RowProblem["namespace"],
      code: p.code,
      ...(p.values ? { values: p.values } : {}),
    }));
    return { values, result: { ok: false, problems } };
  }
}

/** Every row of a table checked (see checkRow), optionally a slice of them. Pure. */
export function checkRows<T>(table: Pick<ImportTable, "headers" | "rows" | "rowNumbers">, mapping: ColumnMapping, check: RowCheck<T>, from = 0, to = table.rows.length): CheckedRow<T>[] {
  const map = rowMapper(table.headers, mapping);
  const out: CheckedRow<T>[] = [];
  for (let index = from; index < to && index < table.rows.length; index++) {
    out.push({ index, rowNumber: table.rowNumbers[index] ?? index + 2, ...checkMapped(map(table.rows[index]!), check) });
  }
  return out;
}
