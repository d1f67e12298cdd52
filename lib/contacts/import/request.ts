import type { ImportTable } from "./fields";
import type { ColumnMapping } from "./mapping";
import type { ImportMode } from "./schemas";

/**
 * The form fields of one import (see importRequestSchema): every column with its field, and only
 * the mapped columns' cells, so ignored columns are not sent. Pure.
 */
export function importFormValues(table: Pick<ImportTable, "headers" | "rows" | "rowNumbers">, mapping: ColumnMapping, mode: ImportMode, fileName: string): Record<string, string> {
  return { ...mappedTableValues(table, mapping, fileName), mode };
}

/**
 * The fields every import sends, whatever it imports (contacts here, orders in
 * lib/batches/import/): the file's name, its columns with their fields and the mapped cells.
 */
export function mappedTableValues(table: Pick<ImportTable, "headers" | "rows" | "rowNumbers">, mapping: (string | null)[], fileName: string): Record<string, string> {
  const mapped = mapping.flatMap((field, i) => (field ? [i] : []));
  return {
    fileName: fileName.slice(0, 200),
    columns: JSON.stringify(table.headers.map((header, i) => ({ header, field: mapping[i] ?? null }))),
    rows: JSON.stringify(table.rows.map((row) => mapped.map((i) => row[i] ?? ""))),
    rowNumbers: JSON.stringify(table.rowNumbers),
  };
}
