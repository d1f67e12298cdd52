import type { ContactInput } from "../schemas";

/** The contact fields a column can be mapped to: the fields of the contact form (contactSchema). */
export const IMPORT_FIELDS = ["name", "company", "line1", "line2", "city", "province", "postalCode", "country", "phone", "email", "notes", "tags", "taxId"] as const satisfies readonly (keyof ContactInput)[];

export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(value: unknown): value is ImportField {
  return typeof value === "string" && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** Limits of one import, checked in the browser and again on the server. */
export const IMPORT_LIMITS = {
  /** Bytes of the file. */
  fileBytes: 5 * 1024 * 1024,
  /** Data rows (records), not counting the header. */
  rows: 20_000,
  columns: 100,
  /** Characters of one cell; a contact field is at most 500 (notes). */
  cell: 2_000,
  /** Characters of one header. */
  header: 200,
} as const;

/** A file read into a table: one header per column, one array of cells per record. */
export interface ImportTable {
  format: "csv" | "xml";
  headers: string[];
  rows: string[][];
  /**
   * Where each row is in the file, as a person looking at it would count: for CSV the line of a
   * spreadsheet (the header is row 1, so the first record is row 2); for XML the record's position
   * (1 for the first record).
   */
  rowNumbers: number[];
}

export type ImportFileErrorCode =
  | "fileTooLarge"
  | "fileEmpty"
  | "fileType"
  | "noHeader"
  | "noRows"
  | "tooManyRows"
  | "tooManyColumns"
  | "csvUnclosedQuote"
  | "xmlInvalid"
  | "xmlNoRecords"
  | "xmlEntities";

/**
 * A file that cannot be imported as a whole. `code` is a key under `import.fileErrors` in
 * messages/import.*.json; `values` fill its placeholders.
 */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`import file: ${code}`);
    this.name = "ImportFileError";
  }
}
