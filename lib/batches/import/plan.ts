/**
 * A whole file of orders planned into batches: which rows become shipments, which are skipped and
 * why, and how the shipments fill batches of 50 in file order. Pure: the browser's preview and the
 * server's import plan the same file the same way.
 */
import type { UnitSystem } from "@/lib/rating/measures";
import type { Defaults } from "@/lib/settings/settings";
import type { ShipmentDraft } from "@/lib/shipments/draft";
import type { ImportTable } from "@/lib/contacts/import/fields";
import { ORDER_LIMITS, RECIPIENT_FIELDS, type OrderValues } from "./fields";
import { orderRowReader, type OrderMapping } from "./mapping";
import { draftFromOrder, isEmptyOrder, type OrderNote } from "./rows";

export interface PlannedOrder {
  /** Position in the table's rows. */
  index: number;
  /** Where the row is in the file (see ImportTable.rowNumbers). */
  rowNumber: number;
  values: OrderValues;
  draft: ShipmentDraft;
  notes: OrderNote[];
}

export interface SkippedRow {
  index: number;
  rowNumber: number;
  /**
   * "empty": nothing in any imported column. "sameOrder": no recipient or address at all, and the
   * same order number as the order above it: another line item of that order, as shops export
   * them (Shopify writes one row per item, the address on the first row only).
   */
  reason: "empty" | "sameOrder";
}

export interface OrderPlan {
  orders: PlannedOrder[];
  skipped: SkippedRow[];
}

const hasRecipient = (values: OrderValues) => RECIPIENT_FIELDS.some((f) => values[f] !== "");

/** Every row of a table as an order or a skipped row, in file order (see draftFromOrder). */
export function planOrders(table: Pick<ImportTable, "headers" | "rows" | "rowNumbers">, mapping: OrderMapping, defaults: Defaults, units: UnitSystem): OrderPlan {
  const read = orderRowReader(table.headers, mapping);
  const orders: PlannedOrder[] = [];
  const skipped: SkippedRow[] = [];
  table.rows.forEach((row, index) => {
    const rowNumber = table.rowNumbers[index] ?? index + 2;
    const values = read(row);
    if (isEmptyOrder(values)) return skipped.push({ index, rowNumber, reason: "empty" });
    const previous = orders.at(-1);
    if (!hasRecipient(values) && values.reference1 && previous && previous.values.reference1 === values.reference1) {
      return skipped.push({ index, rowNumber, reason: "sameOrder" });
    }
    orders.push({ index, rowNumber, values, ...draftFromOrder(values, defaults, units) });
  });
  return { orders, skipped };
}

/** A list cut into batches of `size` (50), in order: 120 orders are 50, 50 and 20. */
export function batchesOf<T>(items: readonly T[], size: number = ORDER_LIMITS.perBatch): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
