/**
 * A packing slip: what a parcel holds, for the person who opens it (items and quantities, the
 * order number, the business's note). Pure data and pagination: the item list is cut into pages
 * of a fixed number of rows, so a slip's page count is known before it is drawn.
 */
import type { LabelFormat } from "./page-sizes";
import type { PackingSlip, PackingSlipItem } from "./types";

export type { PackingSlip, PackingSlipItem };

/** Item rows a page holds: the first page also has the addresses, the later ones only the table. */
export function rowsPerPage(format: LabelFormat, first: boolean): number {
  if (format === "thermal4x6") return first ? 12 : 24;
  return first ? 30 : 40;
}

/** The slip's items cut into pages (at least one page, empty when the slip lists no items). */
export function slipPages(slip: PackingSlip, format: LabelFormat): PackingSlipItem[][] {
  const pages: PackingSlipItem[][] = [slip.items.slice(0, rowsPerPage(format, true))];
  for (let at = rowsPerPage(format, true); at < slip.items.length; at += rowsPerPage(format, false)) {
    pages.push(slip.items.slice(at, at + rowsPerPage(format, false)));
  }
  return pages;
}

export const slipPageCount = (slip: PackingSlip, format: LabelFormat) => slipPages(slip, format).length;

/** "6 December 2026" / "6 décembre 2026" from YYYY-MM-DD (the date as written, no time zone shift). */
export function slipDate(date: string, locale: "en" | "fr"): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(parsed);
}
