// The 4 x 6 in label (288 x 432 pt), portrait, top to bottom: sender and 2-D barcode, service and
// options, recipient (takes the remaining height), parcel details, tracking barcode.
import { View } from "@react-pdf/renderer";
import { dataMatrixPayload } from "../barcodes";
import type { LabelData } from "../types";
import { LABEL_WORDS } from "../wording";
import { AddressBlock } from "./address-block";
import { DataMatrixCode, TrackingBarcode } from "./barcodes";
import { ParcelDetails, recipientLines, senderLines, ServiceBand, type LabelScale } from "./label-blocks";
import { INK } from "./style";

export const THERMAL_SCALE: LabelScale = {
  heading: 7,
  sender: 7.5,
  recipientName: 13,
  recipientLine: 11,
  recipientCity: 13,
  returnBanner: 14,
  serviceEn: 12,
  serviceFr: 10,
  option: 10,
  detail: 7.5,
};

const MARGIN = 8;
const MATRIX = 74;
const RULE = { borderBottomWidth: 1, borderColor: INK };

/** The label drawn in a `width` x `height` box (the whole 4 x 6 page). */
export function ThermalLabel({ label, width, height }: { label: LabelData; width: number; height: number }) {
  const inner = width - 2 * MARGIN;
  return (
    <View style={{ width, height, padding: MARGIN }}>
      <View style={{ flexDirection: "row", justifyContent: "space-between", height: MATRIX + 2, ...RULE }}>
        <AddressBlock heading={LABEL_WORDS.from} headingSize={THERMAL_SCALE.heading} lines={senderLines(label, THERMAL_SCALE)} width={inner - MATRIX - 4} />
        <DataMatrixCode payload={dataMatrixPayload(label)} encoded={label.matrix} size={MATRIX} maxDots={7} />
      </View>
      <View style={{ paddingVertical: 4, ...RULE }}>
        <ServiceBand label={label} width={inner} scale={THERMAL_SCALE} />
      </View>
      <View style={{ flexGrow: 1, flexShrink: 1, paddingVertical: 4, ...RULE }}>
        <AddressBlock heading={LABEL_WORDS.to} headingSize={THERMAL_SCALE.heading} lines={recipientLines(label, THERMAL_SCALE)} width={inner} />
      </View>
      <View style={{ paddingVertical: 3, ...RULE }}>
        <ParcelDetails label={label} width={inner} size={THERMAL_SCALE.detail} />
      </View>
      <View style={{ paddingTop: 6 }}>
        <TrackingBarcode trackingNumber={label.trackingNumber} width={inner} barHeight={58} textSize={12} maxDots={5} />
      </View>
    </View>
  );
}
