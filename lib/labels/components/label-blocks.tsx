// The blocks a label is made of, shared by the 4 x 6 and the letter layouts. Each takes its width
// in points and a type scale, so every line can be fitted before layout.
import { Canvas, View } from "@react-pdf/renderer";
import { accountLines, businessFirst, crossesBorder, formatDimensionsCm, formatWeightKg, labelOptionCodes, pieceCount, postOfficeAddress } from "../format";
import { textWidth } from "../text-fit";
import type { LabelData } from "../types";
import { LABEL_WORDS } from "../wording";
import { addressBlockLines, type BlockLine } from "./address-block";
import { FittedLines, FittedText } from "./fitted-text";
import { BOLD, INK } from "./style";

/** Font sizes of one layout, in points. */
export interface LabelScale {
  heading: number;
  sender: number;
  recipientName: number;
  recipientLine: number;
  recipientCity: number;
  returnBanner: number;
  serviceEn: number;
  serviceFr: number;
  option: number;
  detail: number;
}

/** The sender's lines: the business, the person to contact, street, city line, and the country when the parcel crosses a border. */
export function senderLines(label: LabelData, scale: LabelScale): BlockLine[] {
  return addressBlockLines(businessFirst(label.sender), crossesBorder(label), { first: scale.sender, line: scale.sender, city: scale.sender, boldCity: false });
}

/**
 * The recipient's lines (on a return label, the business first). With Deliver to Post Office, only
 * what the office needs: the person who picks the parcel up, the office's name and address (where
 * the parcel goes), and that it is held there for pickup.
 */
export function recipientLines(label: LabelData, scale: LabelScale): BlockLine[] {
  const sizes = { first: scale.recipientName, line: scale.recipientLine, city: scale.recipientCity, boldCity: true };
  const office = postOfficeAddress(label);
  if (!office) return addressBlockLines(label.isReturn ? businessFirst(label.recipient) : label.recipient, crossesBorder(label), sizes);
  return [
    { text: LABEL_WORDS.deliverToPostOffice, size: scale.heading + 1, bold: true },
    ...addressBlockLines(office, false, { ...sizes, line: scale.recipientName }),
    { text: LABEL_WORDS.heldForPickup, size: scale.heading + 1, bold: true },
  ];
}

/** RETURN / RETOUR in white on a black band, so a return label is never mistaken for an outgoing one. */
export function ReturnBanner({ width, size }: { width: number; size: number }) {
  return (
    <View style={{ backgroundColor: INK, paddingVertical: 2, alignItems: "center", marginBottom: 3 }}>
      <FittedText text={LABEL_WORDS.returnLabel} width={width - 8} size={size} bold style={{ color: "#ffffff" }} />
    </View>
  );
}

const CHIP_PAD_X = 2.5;
const CHIP_BORDER = 0.8;
const CHIP_GAP = 3;

/** Option codes in boxes, the way Canada Post shows them; the size shrinks until the row fits its width. */
export function OptionCodes({ label, width, size }: { label: LabelData; width: number; size: number }) {
  const codes = labelOptionCodes(label);
  if (codes.length === 0) return null;
  const fixed = codes.length * 2 * (CHIP_PAD_X + CHIP_BORDER) + (codes.length - 1) * CHIP_GAP;
  const perPoint = codes.reduce((sum, code) => sum + textWidth(code, BOLD, 1), 0);
  const fontSize = Math.max(4, Math.min(size, Math.floor(((width * 0.98 - fixed) / perPoint) * 10) / 10));
  // Each code in its box, drawn directly (the sizes are known): no text layout for a handful of letters.
  const chips = codes.map((code) => ({ code, width: textWidth(code, BOLD, fontSize) + 2 * (CHIP_PAD_X + CHIP_BORDER) }));
  const height = fontSize * 1.15 + 1 + 2 * CHIP_BORDER;
  return (
    <Canvas
      style={{ width, height }}
      paint={(painter) => {
        let x = 0;
        for (const chip of chips) {
          painter.lineWidth(CHIP_BORDER).strokeColor(INK).rect(x + CHIP_BORDER / 2, CHIP_BORDER / 2, chip.width - CHIP_BORDER, height - CHIP_BORDER).stroke();
          painter.font(BOLD).fontSize(fontSize).fillColor(INK).text(chip.code, x + CHIP_BORDER + CHIP_PAD_X, CHIP_BORDER + 1 + (fontSize * 1.15 - 0.925 * fontSize) / 2, { lineBreak: false });
          x += chip.width + CHIP_GAP;
        }
        return null;
      }}
    />
  );
}

/** The service in both languages, the option codes, and the return banner on a return label. */
export function ServiceBand({ label, width, scale }: { label: LabelData; width: number; scale: LabelScale }) {
  return (
    <>
      {label.isReturn ? <ReturnBanner width={width} size={scale.returnBanner} /> : null}
      <FittedLines
        width={width}
        rows={[{ cells: [{ text: label.serviceName.en, size: scale.serviceEn, bold: true }] }, { cells: [{ text: label.serviceName.fr, size: scale.serviceFr }], marginBottom: 2 }]}
      />
      <OptionCodes label={label} width={width} size={scale.option} />
    </>
  );
}

const POSTAGE_MARK = 62;

/** The postage-paid mark: a ruled box, one line per language. */
export function PostagePaid({ size }: { size: number }) {
  return (
    <View style={{ width: POSTAGE_MARK, borderWidth: 1, borderColor: INK, paddingVertical: 2, alignItems: "center", justifyContent: "center" }}>
      <FittedLines width={POSTAGE_MARK - 6} rows={LABEL_WORDS.postagePaid.map((text) => ({ cells: [{ text, size, bold: true, align: "center" as const }] }))} />
    </View>
  );
}

/**
 * Weight, dimensions, the mailing date (not on a return label: it is mailed later), the piece
 * count, the Canada Post account, the two references; the postage-paid mark on the right.
 */
export function ParcelDetails({ label, width, size }: { label: LabelData; width: number; size: number }) {
  const text = width - POSTAGE_MARK - 4;
  const half = (text - 4) / 2;
  const references = [
    [LABEL_WORDS.reference1, label.reference1],
    [LABEL_WORDS.reference2, label.reference2],
  ].filter((pair): pair is [string, string] => Boolean(pair[1]?.trim()));
  return (
    <View style={{ flexDirection: "row", justifyContent: "space-between", alignItems: "center", width }}>
      <FittedLines
        width={text}
        rows={[
          {
            cells: [
              { text: `${LABEL_WORDS.weight}: ${formatWeightKg(label.weightGrams)}`, size, width: half },
              { text: `${LABEL_WORDS.dimensions}: ${formatDimensionsCm(label.lengthMm, label.widthMm, label.heightMm)}`, size, width: half, x: text - half, align: "right" },
            ],
          },
          ...(label.isReturn ? [] : [{ cells: [{ text: `${LABEL_WORDS.mailingDate}: ${label.mailingDate}`, size }] }]),
          { cells: [{ text: `${LABEL_WORDS.piece}: ${pieceCount(label)}`, size, bold: true }] },
          ...accountLines(label).map((line) => ({ cells: [{ text: line, size }] })),
          // A reference is the shipper's own key (an order number): shrink it further rather than cut it.
          ...references.map(([name, value]) => ({ cells: [{ text: `${name}: ${value.trim()}`, size, minSize: Math.min(size, 5) }] })),
        ]}
      />
      <PostagePaid size={size} />
    </View>
  );
}
