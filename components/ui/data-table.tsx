import type { ReactNode } from "react";
import { cn } from "./cn";

/** One column of a {@link DataTable}: its header, how a row fills its cell, and how both are set. */
export type Column<Row> = {
  /** Unique among the table's columns (React key). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  align?: "left" | "right";
  /** Extra classes for the column's cells (not its header). */
  className?: string;
  /** The header is read by screen readers only (a column of row actions). */
  srOnlyHeader?: boolean;
  /** For a sortable column: the header's `aria-sort`. */
  ariaSort?: "ascending" | "descending";
};

/**
 * The list table of the business pages: a header row of columns, one row per item, dividers
 * between rows, and the empty-state sentence instead of the table when there is nothing to list.
 * `label` names the table, as `aria-label` or as a visually hidden caption. `headers` picks the
 * header look: "lined" (a rule under medium-weight headers) or "caps" (small grey capitals).
 * A server component: cell renderers run where the page renders.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  label,
  labelAs = "aria-label",
  empty,
  rowTestId,
  headers = "lined",
  spacious = false,
  scroll = false,
}: {
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  label: string;
  labelAs?: "aria-label" | "caption";
  /** Shown instead of the table when there are no rows; without it an empty table is shown. */
  empty?: ReactNode;
  rowTestId?: (row: Row) => string;
  headers?: "lined" | "caps";
  /** Taller rows, for cells of two lines with actions. */
  spacious?: boolean;
  /** Scrolls sideways on narrow screens instead of overflowing (not for cells with pop-overs). */
  scroll?: boolean;
}) {
  if (rows.length === 0 && empty !== undefined) return <p className="text-sm text-zinc-500">{empty}</p>;
  const last = columns.length - 1;
  const place = (column: Column<Row>, i: number) => cn(i < last && "pr-3", column.align === "right" && "text-right");
  const table = (
    <table className="w-full text-left text-sm" aria-label={labelAs === "aria-label" ? label : undefined}>
      {labelAs === "caption" && <caption className="sr-only">{label}</caption>}
      <thead className={headers === "lined" ? "border-b border-zinc-200 text-zinc-600" : "text-xs uppercase text-zinc-500"}>
        <tr>
          {columns.map((column, i) => (
            <th key={column.key} scope="col" aria-sort={column.ariaSort} className={cn("py-2", place(column, i), headers === "lined" && "font-medium")}>
              {column.srOnlyHeader ? <span className="sr-only">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
            {columns.map((column, i) => (
              <td key={column.key} className={cn(spacious ? "py-3" : "py-2", place(column, i), column.className)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? <div className="overflow-x-auto">{table}</div> : table;
}
