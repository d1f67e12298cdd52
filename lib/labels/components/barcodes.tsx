import { Path, Svg } from "@react-pdf/renderer";
import { code128Shape, dataMatrixShape, moduleSizePt } from "../barcodes";
import { compactTrackingNumber, groupTrackingNumber } from "../format";
import { FittedText } from "./fitted-text";
import { INK } from "./style";

// ISO/IEC 15417 asks for a quiet zone of ten modules each side of a Code 128 symbol; ISO/IEC 16022
// one module around a DataMatrix, two here because scanners read a wider margin more reliably.
const CODE128_QUIET_MODULES = 10;
const DATAMATRIX_QUIET_MODULES = 2;

export interface TrackingBarcodeProps {
  trackingNumber: string;
  /** Width available for the symbol and its quiet zones. */
  width: number;
  barHeight: number;
  textSize: number;
  /** Largest module width, in 203 dpi printer dots. */
  maxDots: number;
}

/** The tracking number as a Code 128 symbol, centred, with its grouped human-readable text below. */
export function TrackingBarcode({ trackingNumber, width, barHeight, textSize, maxDots }: TrackingBarcodeProps) {
  const shape = code128Shape(compactTrackingNumber(trackingNumber));
  const modulePt = moduleSizePt(width, shape.columns + 2 * CODE128_QUIET_MODULES, maxDots);
  // The symbol centred in `width` (its side margins), the grouped number centred below it.
  const side = (width - shape.columns * modulePt) / 2;
  return (
    <>
      <Svg width={shape.columns * modulePt} height={barHeight} viewBox={`0 0 ${shape.columns} 1`} preserveAspectRatio="none" style={{ marginLeft: side, marginRight: side }}>
        <Path d={shape.path} fill={INK} />
      </Svg>
      <FittedText text={groupTrackingNumber(trackingNumber)} width={width} size={textSize} bold style={{ marginTop: 2, textAlign: "center" }} />
    </>
  );
}

export interface DataMatrixCodeProps {
  payload: string;
  /** Side of the square available, quiet zone included. */
  size: number;
  maxDots: number;
}

/** A DataMatrix symbol centred in a `size` square that includes its quiet zone. */
export function DataMatrixCode({ payload, size, maxDots }: DataMatrixCodeProps) {
  const shape = dataMatrixShape(payload);
  const modulePt = moduleSizePt(size, Math.max(shape.columns, shape.rows) + 2 * DATAMATRIX_QUIET_MODULES, maxDots);
  // Centred in its square by its margins.
  const w = shape.columns * modulePt;
  const h = shape.rows * modulePt;
  return (
    <Svg width={w} height={h} viewBox={`0 0 ${shape.columns} ${shape.rows}`} style={{ marginLeft: (size - w) / 2, marginRight: (size - w) / 2, marginTop: (size - h) / 2, marginBottom: (size - h) / 2 }}>
      <Path d={shape.path} fill={INK} />
    </Svg>
  );
}
