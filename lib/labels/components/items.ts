import type { CustomsItem } from "../types";

/** One row of a declaration's or invoice's item table, with line totals. */
export interface ItemRow {
  description: string;
  sku: string;
  hsCode: string;
  originCountry: string;
  quantity: number;
  /** Null on a summary row, which has no single unit value. */
  unitValueCents: number | null;
  totalValueCents: number;
  totalWeightGrams: number;
}

function itemRow(item: CustomsItem): ItemRow {
  return {
    description: item.description,
    sku: item.sku ?? "",
    hsCode: item.hsCode ?? "",
    originCountry: item.originCountry,
    quantity: item.quantity,
    unitValueCents: item.unitValueCents,
    totalValueCents: item.quantity * item.unitValueCents,
    totalWeightGrams: item.quantity * item.unitWeightGrams,
  };
}

/**
 * The rows a one-page form lists: every item when they fit, else the first ones and one row summing
 * the rest ("3 more items"), so the totals printed under the table still add up on paper.
 */
export function itemRows(items: CustomsItem[], maxRows: number, restDescription: (n: number) => string): ItemRow[] {
  const rows = items.map(itemRow);
  if (rows.length <= maxRows) return rows;
  const rest = rows.slice(maxRows - 1);
  return [
    ...rows.slice(0, maxRows - 1),
    {
      description: restDescription(rest.length),
      sku: "",
      hsCode: "",
      originCountry: "",
      quantity: rest.reduce((sum, r) => sum + r.quantity, 0),
      unitValueCents: null,
      totalValueCents: rest.reduce((sum, r) => sum + r.totalValueCents, 0),
      totalWeightGrams: rest.reduce((sum, r) => sum + r.totalWeightGrams, 0),
    },
  ];
}
