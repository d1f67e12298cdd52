import Papa from "papaparse";

/**
 * RFC 4180 CSV with a header row, a UTF-8 byte order mark (so spreadsheets read accents) and
 * cells that a spreadsheet would run as formulas (=, +, -, @) neutralised.
 */
export function writeCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return "\uFEFF" + Papa.unparse({ fields: header, data: rows.map((r) => r.map((c) => (c == null ? "" : String(c)))) }, { escapeFormulae: true, quotes: true, newline: "\r\n" }) + "\r\n";
}
