import { DRAFT_LIMITS, NUMBER_TEXT_MAX } from "@/lib/forms/limits";
import { SHEET_COLUMNS, type SheetColumn } from "@/lib/batches/paste";

/** How a column of the sheet is edited in place: text, a number (decimal keypad), a checkbox, or the service list. */
export type CellKind = "text" | "number" | "checkbox" | "service";

export interface SheetColumnDef {
  key: SheetColumn;
  kind: CellKind;
  /** The longest value (the same limits the server's schema checks). */
  maxLength?: number;
  /** Tailwind width of the cell's control in the table (wide screens). */
  width: string;
}

const KIND: Partial<Record<SheetColumn, CellKind>> = { length: "number", width: "number", height: "number", weight: "number", signature: "checkbox", serviceCode: "service" };
// Whole class names, so Tailwind finds them.
const WIDTH: Partial<Record<SheetColumn, string>> = { province: "md:w-14", country: "md:w-14", postalCode: "md:w-24", length: "md:w-16", width: "md:w-16", height: "md:w-16", weight: "md:w-20", email: "md:w-48", line1: "md:w-44", name: "md:w-40", phone: "md:w-32" };

/** The sheet's columns in the order shown, pasted into and moved through with the keyboard. */
export const COLUMNS: SheetColumnDef[] = SHEET_COLUMNS.map((key) => {
  const kind = KIND[key] ?? "text";
  const limits = DRAFT_LIMITS as Record<string, number>;
  return { key, kind, maxLength: kind === "number" ? NUMBER_TEXT_MAX : limits[key], width: WIDTH[key] ?? "md:w-32" };
});

/** The id of a cell's control, so a cell can be focused from anywhere (after a new row, a move). */
export const cellId = (rowId: string, key: string) => `cell-${rowId}-${key}`;

/** Whether the row has anything typed in it yet (a blank row's "required" is not worth a red cell). */
export function started(fields: Record<string, string>): boolean {
  return ["name", "company", "line1", "city", "postalCode", "length", "weight"].some((k) => (fields[k] ?? "") !== "");
}
