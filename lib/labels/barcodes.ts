// Barcodes as vector shapes. bwip-js encodes (Code 128 subsets and check digit, DataMatrix ECC 200
// error correction); we draw the modules ourselves as one SVG path in module units, which
// @react-pdf renders as vector paths: sharp at any printer resolution and about twice as fast to
// render as a PNG image.
import bwipjs from "bwip-js/node";
import { compactPostalCode, compactTrackingNumber, destinationPostalCode } from "./format";
import type { EncodedMatrix, LabelData } from "./types";

/** A barcode in module units: `path` draws every dark module in a `columns` x `rows` box. */
export interface BarcodeShape {
  columns: number;
  rows: number;
  path: string;
  /** The same dark modules as rectangles [x, y, width, height], in module units. */
  rects: [number, number, number, number][];
}

/** One dot of a 203 dpi thermal printer, in points: module sizes are whole dots so bars print evenly. */
export const PRINTER_DOT_PT = 72 / 203;

/**
 * The Code 128 symbol of a tracking number: bars as rectangles one row high (the caller stretches
 * the height). Includes start, check and stop characters, not the quiet zones.
 */
export function code128Shape(text: string): BarcodeShape {
  const symbol = bwipjs.raw({ bcid: "code128", text })[0];
  if (!symbol || !("sbs" in symbol)) throw new Error("bwip-js returned no Code 128 symbol");
  let x = 0;
  let path = "";
  const rects: BarcodeShape["rects"] = [];
  // sbs alternates bar and space widths, starting with a bar.
  symbol.sbs.forEach((width, i) => {
    if (i % 2 === 0) {
      path += `M${x} 0h${width}v1h${-width}Z`;
      rects.push([x, 0, width, 1]);
    }
    x += width;
  });
  return { columns: x, rows: 1, path, rects };
}

/** Encodes a payload as a DataMatrix (ECC 200) symbol with bwip-js: its dark modules as bits. */
export function encodeMatrix(payload: string): EncodedMatrix {
  const symbol = bwipjs.raw({ bcid: "datamatrix", text: payload })[0];
  if (!symbol || !("pixs" in symbol)) throw new Error("bwip-js returned no DataMatrix symbol");
  const { pixs, pixx: columns, pixy: rows } = symbol;
  let bits = "";
  for (let i = 0; i < columns * rows; i += 4) bits += ((pixs[i] ? 8 : 0) | (pixs[i + 1] ? 4 : 0) | (pixs[i + 2] ? 2 : 0) | (pixs[i + 3] ? 1 : 0)).toString(16);
  return { payload, columns, rows, bits };
}

/** An encoded symbol as a shape, each horizontal run of dark modules one rectangle. */
export function matrixShape(matrix: EncodedMatrix): BarcodeShape {
  const { columns, rows, bits } = matrix;
  const dark = (i: number) => (parseInt(bits[i >> 2]!, 16) >> (3 - (i & 3))) & 1;
  let path = "";
  const rects: BarcodeShape["rects"] = [];
  for (let y = 0; y < rows; y++) {
    let x = 0;
    while (x < columns) {
      if (!dark(y * columns + x)) {
        x++;
        continue;
      }
      let end = x;
      while (end < columns && dark(y * columns + end)) end++;
      path += `M${x} ${y}h${end - x}v1h${x - end}Z`;
      rects.push([x, y, end - x, 1]);
      x = end;
    }
  }
  return { columns, rows, path, rects };
}

/** The DataMatrix (ECC 200) symbol of a payload. */
export function dataMatrixShape(payload: string): BarcodeShape {
  return matrixShape(encodeMatrix(payload));
}

/** The label with its 2-D barcode (and its return label's) encoded, to be drawn any number of times without encoding it again. */
export function withEncodedMatrix(label: LabelData): LabelData {
  const payload = dataMatrixPayload(label);
  return label.matrix?.payload === payload ? label : { ...label, matrix: encodeMatrix(payload) };
}

/**
 * The module size in points for a barcode of `modules` modules in `available` points: the largest
 * whole number of printer dots that fits, capped at `maxDots`, and never below one dot.
 */
export function moduleSizePt(available: number, modules: number, maxDots: number): number {
  const dots = Math.max(1, Math.min(maxDots, Math.floor(available / modules / PRINTER_DOT_PT)));
  return dots * PRINTER_DOT_PT;
}

/**
 * What the label's 2-D barcode carries, one string with three fields separated by "|":
 *
 *   `${trackingNumber}|${postalCodeWithoutSpace}|${serviceCode}`
 *   e.g. "7023210039414604|H2H2S6|DOM.EP", "RB123456785CA|75008|INT.XP", "LX123456789CA||INT.SP.AIR"
 *
 * - the tracking number as issued, without spaces;
 * - the destination postal code, upper case, without spaces or hyphens (the post office's with
 *   Deliver to Post Office; empty for a country without postal codes);
 * - the Canada Post service code.
 * None of the three can contain "|", so the string splits back unambiguously.
 */
export function dataMatrixPayload(label: Pick<LabelData, "trackingNumber" | "serviceCode" | "recipient" | "postOffice" | "options">): string {
  return `${compactTrackingNumber(label.trackingNumber)}|${compactPostalCode(destinationPostalCode(label))}|${label.serviceCode}`;
}
