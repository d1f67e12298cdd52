/**
 * Text from the bytes of an uploaded file. UTF-8 with or without a byte order mark; UTF-16 when
 * the file starts with its byte order mark (Excel's "Unicode text"); otherwise, when the bytes
 * are not valid UTF-8, Windows-1252 (what Excel on Windows writes for "CSV", and a superset of
 * Latin-1 for the characters French uses). Pure: runs in the browser and in Node.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

// Windows-1252 differs from Latin-1 in 0x80-0x9F only. Node's TextDecoder decodes the label
// "windows-1252" as Latin-1 (browsers do not), so those 32 bytes are mapped here, the same everywhere.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  let result: { text: string; encoding: TextEncodingName };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) result = { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) result = { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) result = { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  else {
    try {
      result = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      result = { text: decodeWindows1252(bytes), encoding: "windows-1252" };
    }
  }
  // TextDecoder drops a byte order mark it recognises; one left over (a BOM inside a BOM) goes too.
  return { ...result, text: result.text.replace(/^\uFEFF/, "") };
}
