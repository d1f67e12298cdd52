import type { ImportTable } from "@/lib/contacts/import/fields";
import { mappedTableValues } from "@/lib/contacts/import/request";
import type { UnitSystem } from "@/lib/rating/measures";
import type { OrderMapping } from "./mapping";

/** The form fields of one import of orders (see orderImportSchema): only the mapped columns' cells are sent. Pure. */
export function orderFormValues(table: Pick<ImportTable, "headers" | "rows" | "rowNumbers">, mapping: OrderMapping, units: UnitSystem, fileName: string): Record<string, string> {
  return { ...mappedTableValues(table, mapping, fileName), units };
}
