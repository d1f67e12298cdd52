// The label as ZPL II for Zebra thermal printers at 203 dpi (8 dots/mm): 4 x 6 in = 812 x 1218
// dots. The printer draws the barcodes itself (^BC Code 128, ^BX DataMatrix), so the output is a
// few kilobytes of text. Same content and order as the PDF label.
import { code128Shape, dataMatrixPayload } from "./barcodes";
import {
  accountLines,
  addressLines,
  businessFirst,
  cityLine,
  cityLineTail,
  compactTrackingNumber,
  crossesBorder,
  formatDimensionsCm,
  formatWeightKg,
  groupTrackingNumber,
  labelOptionCodes,
  pieceCount,
  postOfficeAddress,
} from "./format";
import { truncateToWidth } from "./text-fit";
import type { LabelAddress, LabelData } from "./types";
import { LABEL_WORDS } from "./wording";

export const ZPL_DPI = 203;
export const ZPL_WIDTH_DOTS = 812;
export const ZPL_LENGTH_DOTS = 1218;

const MARGIN = 24;
const INNER = ZPL_WIDTH_DOTS - 2 * MARGIN;

/**
 * Field data for ^FH (hex escapes with "_"): the three characters ZPL would read as commands or
 * escapes are written as hex, control characters go. The rest is UTF-8 under ^CI28.
 */
export function zplFieldData(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/_/g, "_5F")
    .replace(/\^/g, "_5E")
    .replace(/~/g, "_7E");
}

/**
 * Cut a line to `widthDots` in font 0 at character width `charDots`. Font 0 (a condensed sans) is
 * narrower than Helvetica Bold, so measuring with Helvetica Bold's widths errs on the safe side;
 * "..." rather than "…", which not every printer font has.
 */
export function zplFit(text: string, widthDots: number, charDots: number, keepEnd = 0): string {
  return truncateToWidth(text.trim(), "Helvetica-Bold", charDots, widthDots, keepEnd, "...");
}

/** An address's lines with how much of each a cut must keep (the city line's province and postal code). */
function addressFields(address: LabelAddress, withCountry: boolean): { text: string; keepEnd: number }[] {
  const city = cityLine(address);
  return addressLines(address, withCountry).map((text) => ({ text, keepEnd: text === city ? cityLineTail(address) : 0 }));
}

class ZplWriter {
  private readonly commands: string[] = [];

  raw(command: string): this {
    this.commands.push(command);
    return this;
  }

  /** A single line of text at (x, y), font 0 at `height` dots, cut to `width` dots. */
  text(x: number, y: number, height: number, text: string, options: { width?: number; center?: boolean; reverse?: boolean; keepEnd?: number } = {}): this {
    const width = options.width ?? INNER - (x - MARGIN);
    const charDots = Math.round(height * 0.9);
    const block = options.center ? `^FB${width},1,0,C` : "";
    this.commands.push(`^FO${x},${y}${options.reverse ? "^FR" : ""}^A0N,${height},${charDots}${block}^FH^FD${zplFieldData(zplFit(text, width, charDots, options.keepEnd))}^FS`);
    return this;
  }

  /** A filled or outlined box. */
  box(x: number, y: number, width: number, height: number, thickness: number): this {
    this.commands.push(`^FO${x},${y}^GB${width},${height},${thickness}^FS`);
    return this;
  }

  toString(): string {
    return this.commands.join("\n") + "\n";
  }
}

/** The label as one ZPL II format, ^XA ... ^XZ. */
export function labelZpl(label: LabelData): string {
  const zpl = new ZplWriter();
  // ^CI28: field data is UTF-8 (accents); ^PW/^LL: the 4 x 6 label; ^LH0,0: origin at its corner.
  zpl.raw("^XA").raw("^CI28").raw(`^PW${ZPL_WIDTH_DOTS}`).raw(`^LL${ZPL_LENGTH_DOTS}`).raw("^LH0,0").raw("^PON");

  // Sender, and the DataMatrix in the top right corner (ECC 200, 7 dots a module).
  const matrixLeft = ZPL_WIDTH_DOTS - MARGIN - 190;
  let y = MARGIN;
  zpl.text(MARGIN, y, 20, LABEL_WORDS.from, { width: matrixLeft - MARGIN - 10 });
  y += 26;
  for (const line of addressFields(businessFirst(label.sender), crossesBorder(label))) {
    zpl.text(MARGIN, y, 24, line.text, { width: matrixLeft - MARGIN - 10, keepEnd: line.keepEnd });
    y += 27;
  }
  zpl.raw(`^FO${matrixLeft + 8},${MARGIN}^BXN,7,200^FH^FD${zplFieldData(dataMatrixPayload(label))}^FS`);
  y = Math.max(y, MARGIN + 200) + 6;
  zpl.box(MARGIN, y, INNER, 3, 3);
  y += 12;

  // Service, options, and the return banner in reverse print.
  if (label.isReturn) {
    zpl.box(MARGIN, y, INNER, 52, 52);
    zpl.text(MARGIN, y + 8, 40, LABEL_WORDS.returnLabel, { width: INNER, center: true, reverse: true });
    y += 60;
  }
  zpl.text(MARGIN, y, 40, label.serviceName.en);
  y += 44;
  zpl.text(MARGIN, y, 32, label.serviceName.fr);
  y += 38;
  const codes = labelOptionCodes(label);
  if (codes.length > 0) {
    zpl.text(MARGIN, y, 32, codes.join("  "));
    y += 38;
  }
  zpl.box(MARGIN, y, INNER, 3, 3);
  y += 12;

  // Recipient.
  zpl.text(MARGIN, y, 22, LABEL_WORDS.to);
  y += 28;
  const office = postOfficeAddress(label);
  if (office) {
    // Only what the office needs: the person picking it up, the office's name and address.
    zpl.text(MARGIN, y, 26, LABEL_WORDS.deliverToPostOffice);
    y += 32;
    for (const line of addressFields(office, false)) {
      zpl.text(MARGIN, y, 40, line.text, { keepEnd: line.keepEnd });
      y += 44;
    }
    zpl.text(MARGIN, y, 26, LABEL_WORDS.heldForPickup);
    y += 32;
  } else {
    for (const line of addressFields(label.isReturn ? businessFirst(label.recipient) : label.recipient, crossesBorder(label))) {
      zpl.text(MARGIN, y, 40, line.text, { keepEnd: line.keepEnd });
      y += 44;
    }
  }

  // Details and the tracking barcode, from the bottom up so the barcode keeps its place.
  // The postage-paid mark, a ruled box, on the right of the details.
  const barcodeTop = ZPL_LENGTH_DOTS - MARGIN - 200;
  const details = [
    `${LABEL_WORDS.weight}: ${formatWeightKg(label.weightGrams)}    ${LABEL_WORDS.dimensions}: ${formatDimensionsCm(label.lengthMm, label.widthMm, label.heightMm)}`,
    // A return label is mailed later, by its recipient: no mailing date.
    label.isReturn ? null : `${LABEL_WORDS.mailingDate}: ${label.mailingDate}`,
    `${LABEL_WORDS.piece}: ${pieceCount(label)}`,
    ...accountLines(label),
    label.reference1?.trim() ? `${LABEL_WORDS.reference1}: ${label.reference1.trim()}` : null,
    label.reference2?.trim() ? `${LABEL_WORDS.reference2}: ${label.reference2.trim()}` : null,
  ].filter((line): line is string => line !== null);
  let detailsTop = barcodeTop - 12 - details.length * 28;
  zpl.box(MARGIN, detailsTop - 10, INNER, 3, 3);
  const markWidth = 180;
  const markTop = detailsTop + Math.max(0, (details.length * 28 - 76) / 2);
  zpl.box(ZPL_WIDTH_DOTS - MARGIN - markWidth, markTop, markWidth, 76, 3);
  LABEL_WORDS.postagePaid.forEach((line, i) => zpl.text(ZPL_WIDTH_DOTS - MARGIN - markWidth, markTop + 10 + i * 30, 26, line, { width: markWidth, center: true }));
  for (const line of details) {
    zpl.text(MARGIN, detailsTop, 24, line, { width: INNER - markWidth - 12 });
    detailsTop += 28;
  }
  zpl.box(MARGIN, barcodeTop - 8, INNER, 3, 3);

  // Code 128 in automatic subset mode (the printer picks B/C as bwip-js does for the PDF); the
  // module width is the widest whole dot count that fits with ten-module quiet zones.
  const tracking = compactTrackingNumber(label.trackingNumber);
  const modules = code128Shape(tracking).columns;
  const moduleDots = Math.max(2, Math.min(5, Math.floor(INNER / (modules + 20))));
  const barcodeLeft = Math.round((ZPL_WIDTH_DOTS - modules * moduleDots) / 2);
  zpl.raw(`^FO${barcodeLeft},${barcodeTop + 6}^BY${moduleDots},3,140^BCN,140,N,N,N,A^FH^FD${zplFieldData(tracking)}^FS`);
  zpl.text(MARGIN, barcodeTop + 154, 36, groupTrackingNumber(label.trackingNumber), { width: INNER, center: true });

  zpl.raw("^XZ");
  return zpl.toString();
}
