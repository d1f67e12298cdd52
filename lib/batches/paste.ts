/**
 * A block of cells copied from Excel, Numbers or Google Sheets (tab-separated text; a cell holding a
 * tab, a line break or a quote comes quoted), read into the batch sheet's columns: the first pasted
 * column goes to the column pasted into, the next ones to the columns to its right, in the sheet's
 * order. Pure; the browser's sheet and the server read a paste the same way.
 */

/** The sheet's editable columns, in the order they are shown (and pasted into). */
export const SHEET_COLUMNS = ["name", "company", "line1", "line2", "city", "province", "postalCode", "country", "phone", "email", "length", "width", "height", "weight", "serviceCode", "signature", "reference1", "reference2"] as const;

export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** The most rows a paste can bring: a batch's (lib/batches/limits.ts). */
export const MAX_PASTED_ROWS = 50;

/** The most characters of a paste: 50 rows of 18 long cells, with room. */
export const MAX_PASTE_CHARS = 100_000;

/** True when the text is more than one cell (a tab or a line break between cells). */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ""));
}

/** The cells of a tab-separated block, row by row; the line break ending the last row adds no row. */
export function parseBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const src = text.replace(/\r\n?/g, "\n");
  let quoted = false;
  let atCellStart = true;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      i += 1;
      continue;
    }
    if (c === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else {
      cell += c;
      atCellStart = false;
    }
    i += 1;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const YES = new Set(["yes", "y", "oui", "o", "x", "true", "1", "on", "✓", "✔"]);
const COUNTRIES: Record<string, string> = { canada: "CA", "united states": "US", "united states of america": "US", usa: "US", "états-unis": "US", "etats-unis": "US", "u.s.a.": "US", "u.s.": "US" };

/** One pasted cell as the column's field takes it (a checkbox column reads yes, oui, x, 1 as ticked). */
export function cellValue(column: SheetColumn, raw: string): string {
  const value = raw.trim();
  switch (column) {
    case "signature":
      return YES.has(value.toLowerCase()) ? "on" : "";
    case "country":
      return COUNTRIES[value.toLowerCase()] ?? value.toUpperCase();
    case "province":
    case "serviceCode":
      return value.toUpperCase();
    default:
      return value;
  }
}

/**
 * The pasted rows as the sheet's fields, starting at `start` (the column pasted into); cells past
 * the last column are left out, and so are blank rows. At most MAX_PASTED_ROWS rows.
 */
export function pastedRows(text: string, start: SheetColumn): Partial<Record<SheetColumn, string>>[] {
  const first = SHEET_COLUMNS.indexOf(start);
  return parseBlock(text)
    .filter((cells) => cells.some((c) => c.trim() !== ""))
    .slice(0, MAX_PASTED_ROWS)
    .map((cells) => {
      const fields: Partial<Record<SheetColumn, string>> = {};
      cells.forEach((raw, i) => {
        const column = SHEET_COLUMNS[first + i];
        if (column) fields[column] = cellValue(column, raw);
      });
      return fields;
    });
}
