import { decodeText, type TextEncodingName } from "./decode";
import { IMPORT_LIMITS, ImportFileError, type ImportTable } from "./fields";
import { parseCsv, type ParseProgress } from "./parse-csv";
import { parseXml } from "./parse-xml";

export const IMPORT_FILE_ACCEPT = ".csv,.txt,.tsv,.xml,text/csv,text/plain,text/tab-separated-values,application/xml,text/xml";

export interface ParsedFile extends ImportTable {
  encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, magic: number[]) {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * An uploaded address book (CSV, tab-separated TXT or XML) as a table. The format comes from the
 * content (XML starts with "<"), then the name; spreadsheets saved in their own format (xlsx,
 * xls, ods) are refused with a hint to save them as CSV. Pure.
 *
 * Throws ImportFileError.
 */
export async function parseImportFile(file: { name: string; bytes: Uint8Array }, options: { onProgress?: (progress: ParseProgress) => void } = {}): Promise<ParsedFile> {
  if (file.bytes.length > IMPORT_LIMITS.fileBytes) throw new ImportFileError("fileTooLarge", { max: IMPORT_LIMITS.fileBytes / (1024 * 1024) });
  if (file.bytes.length === 0) throw new ImportFileError("fileEmpty");
  // Zip (xlsx, ods) and OLE (xls) containers, or anything with NUL bytes outside UTF-16, is not text.
  const utf16 = startsWith(file.bytes, [0xff, 0xfe]) || startsWith(file.bytes, [0xfe, 0xff]);
  if (startsWith(file.bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(file.bytes, [0xd0, 0xcf, 0x11, 0xe0]) || (!utf16 && file.bytes.subarray(0, 4096).includes(0))) {
    throw new ImportFileError("fileType");
  }
  const { text, encoding } = decodeText(file.bytes);
  if (text.trim() === "") throw new ImportFileError("fileEmpty");
  const xml = text.trimStart().startsWith("<") || /\.xml$/i.test(file.name);
  const table = xml ? parseXml(text) : await parseCsv(text, options);
  options.onProgress?.({ rows: table.rows.length + 1, fraction: 1 });
  return { ...table, encoding };
}
