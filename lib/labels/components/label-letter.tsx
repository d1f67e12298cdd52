// The label on the top half of a letter page, landscape: sender, service and the 2-D barcode on
// the left, the recipient in large type and the parcel details on the right, the tracking barcode
// across the bottom. The area is the top half less a margin, so the cut line below it never crosses the label.
import { View } from "@react-pdf/renderer";
import { dataMatrixPayload } from "../barcodes";
import type { LabelData } from "../types";
import { LABEL_WORDS } from "../wording";
import { AddressBlock } from "./address-block";
import { DataMatrixCode, TrackingBarcode } from "./barcodes";
import { ParcelDetails, recipientLines, senderLines, ServiceBand, type LabelScale } from "./label-blocks";
import { INK } from "./style";

export const LETTER_SCALE: LabelScale = {
  heading: 8,
  sender: 8.5,
  recipientName: 15,
  recipientLine: 13,
  recipientCity: 15,
  returnBanner: 16,
  serviceEn: 14,
  serviceFr: 11,
  option: 11,
  detail: 8.5,
};

const PADDING = 8;
const LEFT_COLUMN = 250;
const GUTTER = 12;
const MATRIX = 88;

/** The label in a `width` x `height` box, with a frame to cut along. */
export function LetterLabel({ label, width, height }: { label: LabelData; width: number; height: number }) {
  const inner = width - 2 * PADDING - 2;
  const right = inner - LEFT_COLUMN - GUTTER;
  return (
    <View style={{ width, height, padding: PADDING, borderWidth: 1, borderColor: INK }}>
      <View style={{ flexDirection: "row", flexGrow: 1, flexShrink: 1 }}>
        <View style={{ width: LEFT_COLUMN }}>
          <AddressBlock
            heading={LABEL_WORDS.from}
            headingSize={LETTER_SCALE.heading}
            lines={senderLines(label, LETTER_SCALE)}
            width={LEFT_COLUMN}
            style={{ height: 80, borderBottomWidth: 1, borderColor: INK }}
          />
          <View style={{ paddingVertical: 5, borderBottomWidth: 1, borderColor: INK }}>
            <ServiceBand label={label} width={LEFT_COLUMN} scale={LETTER_SCALE} />
          </View>
          <DataMatrixCode payload={dataMatrixPayload(label)} encoded={label.matrix} size={MATRIX} maxDots={9} />
        </View>
        <View style={{ width: right, marginLeft: GUTTER, paddingLeft: GUTTER, borderLeftWidth: 1, borderColor: INK }}>
          <AddressBlock
            heading={LABEL_WORDS.to}
            headingSize={LETTER_SCALE.heading + 1}
            lines={recipientLines(label, LETTER_SCALE)}
            width={right - GUTTER - 1}
            style={{ flexGrow: 1, flexShrink: 1 }}
          />
          <View style={{ paddingVertical: 4, borderTopWidth: 1, borderColor: INK }}>
            <ParcelDetails label={label} width={right - GUTTER - 1} size={LETTER_SCALE.detail} />
          </View>
        </View>
      </View>
      <View style={{ paddingTop: 6, borderTopWidth: 1, borderColor: INK }}>
        <TrackingBarcode trackingNumber={label.trackingNumber} width={inner} barHeight={60} textSize={13} maxDots={6} />
      </View>
    </View>
  );
}
