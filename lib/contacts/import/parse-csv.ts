import Papa from "papaparse";
import { IMPORT_LIMITS, ImportFileError, type ImportTable } from "./fields";

export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;

export interface ParseProgress {
  /** Records read so far (the header included). */
  rows: number;
  /** 0 to 1: how much of the text has been read. */
  fraction: number;
}

/** The first line of the text, up to a line break outside quotes. */
function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) return text.slice(0, i);
  }
  return text.slice(0, 100_000);
}

/**
 * The delimiter of a CSV file, from its header line: the candidate (comma, semicolon, tab, pipe)
 * that appears most often outside quotes. Headers rarely contain one, unlike addresses ("Suite 4,
 * 2nd floor"), so the header is the most reliable line to count in. A single-column file reads
 * as comma-separated.
 */
export function detectDelimiter(text: string): string {
  const line = firstLine(text.replace(/^\s*[\r\n]+/, ""));
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: string = ",";
  for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

// What spreadsheets would run as a formula is written with a leading apostrophe by our export (and
// by many others); on the way back in the apostrophe goes, so "'+1 613 555 0100" is "+1 613 555 0100" again.
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

function cell(value: string | undefined): string {
  const text = (value ?? "").replace(ESCAPED_FORMULA, "");
  return text.length > IMPORT_LIMITS.cell ? text.slice(0, IMPORT_LIMITS.cell) : text;
}

/**
 * Row breaks as "\n" (files edited by hand mix Windows, Unix and old Mac ones), leaving line
 * breaks inside quoted cells as they are, so a note typed on two lines comes back byte for byte.
 */
export function unifyRowBreaks(text: string): string {
  if (!text.includes("\r")) return text;
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted) {
      parts.push(text.slice(from, i), "\n");
      if (text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join("");
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * A CSV (or tab-separated TXT) file's text as a table: the first non-blank record is the header,
 * blank records are skipped, short rows are padded and long ones widen the table. The delimiter
 * is detected (or taken from Excel's "sep=;" first line). Parsed in chunks, yielding between
 * them, so a browser can show `onProgress` while a large file is read. Pure.
 *
 * Throws ImportFileError: noHeader, noRows, tooManyRows, tooManyColumns, csvUnclosedQuote.
 */
export function parseCsv(text: string, options: { onProgress?: (progress: ParseProgress) => void; chunkSize?: number } = {}): Promise<ImportTable> {
  let input = unifyRowBreaks(text.replace(/^\uFEFF/, ""));
  let recordOffset = 0;
  let delimiter: string | undefined;
  const sep = /^sep=(.)\n/i.exec(input);
  if (sep) {
    delimiter = sep[1];
    input = input.slice(sep[0].length);
    recordOffset = 1;
  }
  delimiter ??= detectDelimiter(input);

  return new Promise<ImportTable>((resolve, reject) => {
    let headers: string[] | null = null;
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    let records = 0;
    let failed = false;
    const fail = (error: ImportFileError, parser?: Papa.Parser) => {
      failed = true;
      parser?.abort();
      reject(error);
    };

    Papa.parse<string[]>(input, {
      delimiter,
      newline: "\n",
      header: false,
      skipEmptyLines: false,
      chunkSize: options.chunkSize ?? 256 * 1024,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (failed) return;
        const unclosed = results.errors.find((e) => e.code === "MissingQuotes");
        if (unclosed) return fail(new ImportFileError("csvUnclosedQuote", { row: recordOffset + records + (unclosed.row ?? 0) + 1 }), parser);
        for (const raw of results.data) {
          records++;
          const cells = raw.map(cell);
          if (blank(cells)) continue;
          if (!headers) {
            const names = cells.map((h) => h.trim().slice(0, IMPORT_LIMITS.header));
            headers = names;
            if (names.length > IMPORT_LIMITS.columns) return fail(new ImportFileError("tooManyColumns", { max: IMPORT_LIMITS.columns }), parser);
            continue;
          }
          if (rows.length >= IMPORT_LIMITS.rows) return fail(new ImportFileError("tooManyRows", { max: IMPORT_LIMITS.rows }), parser);
          rows.push(cells);
          rowNumbers.push(recordOffset + records);
        }
        options.onProgress?.({ rows: records, fraction: Math.min(1, results.meta.cursor / Math.max(1, input.length)) });
        // Let the page draw the progress before the next chunk.
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        if (failed) return;
        if (!headers) return reject(new ImportFileError("noHeader"));
        if (rows.length === 0) return reject(new ImportFileError("noRows"));
        resolve(squareTable("csv", headers, rows, rowNumbers));
      },
    });
  });
}

/**
 * Every row as wide as the widest (missing cells blank, unnamed extra columns with a blank
 * header), then columns with neither a header nor any value dropped (a trailing delimiter).
 */
export function squareTable(format: ImportTable["format"], headers: string[], rows: string[][], rowNumbers: number[]): ImportTable {
  let width = headers.length;
  for (const r of rows) width = Math.max(width, r.length);
  if (width > IMPORT_LIMITS.columns) throw new ImportFileError("tooManyColumns", { max: IMPORT_LIMITS.columns });
  const keep: number[] = [];
  for (let c = 0; c < width; c++) {
    if ((headers[c] ?? "") !== "" || rows.some((r) => (r[c] ?? "").trim() !== "")) keep.push(c);
  }
  return {
    format,
    headers: keep.map((c) => headers[c] ?? ""),
    rows: rows.map((r) => keep.map((c) => r[c] ?? "")),
    rowNumbers,
  };
}
