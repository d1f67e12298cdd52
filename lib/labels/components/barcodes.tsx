import { Canvas } from "@react-pdf/renderer";
import { code128Shape, dataMatrixShape, matrixShape, moduleSizePt, type BarcodeShape } from "../barcodes";
import type { EncodedMatrix } from "../types";
import { compactTrackingNumber, groupTrackingNumber } from "../format";
import { FittedText } from "./fitted-text";
import { INK, type Style } from "./style";

// ISO/IEC 15417 asks for a quiet zone of ten modules each side of a Code 128 symbol; ISO/IEC 16022
// one module around a DataMatrix, two here because scanners read a wider margin more reliably.
const CODE128_QUIET_MODULES = 10;
const DATAMATRIX_QUIET_MODULES = 2;

/** A symbol's dark modules filled as rectangles in a `width` x `height` box: vector, exact, and no path to parse. */
function Modules({ shape, width, height, style }: { shape: BarcodeShape; width: number; height: number; style: Style }) {
  const sx = width / shape.columns;
  const sy = height / shape.rows;
  return (
    <Canvas
      style={{ ...style, width, height }}
      paint={(painter) => {
        for (const [x, y, w, h] of shape.rects) painter.rect(x * sx, y * sy, w * sx, h * sy);
        painter.fill(INK);
        return null;
      }}
    />
  );
}

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
      <Modules shape={shape} width={shape.columns * modulePt} height={barHeight} style={{ marginLeft: side, marginRight: side }} />
      <FittedText text={groupTrackingNumber(trackingNumber)} width={width} size={textSize} bold style={{ marginTop: 2, textAlign: "center" }} />
    </>
  );
}

export interface DataMatrixCodeProps {
  payload: string;
  /** The symbol encoded when the label was bought, used when it is this payload's. */
  encoded?: EncodedMatrix | null;
  /** Side of the square available, quiet zone included. */
  size: number;
  maxDots: number;
}

/** A DataMatrix symbol centred in a `size` square that includes its quiet zone. */
export function DataMatrixCode({ payload, encoded, size, maxDots }: DataMatrixCodeProps) {
  const shape = encoded?.payload === payload ? matrixShape(encoded) : dataMatrixShape(payload);
  const modulePt = moduleSizePt(size, Math.max(shape.columns, shape.rows) + 2 * DATAMATRIX_QUIET_MODULES, maxDots);
  // Centred in its square by its margins.
  const w = shape.columns * modulePt;
  const h = shape.rows * modulePt;
  return (
    <Modules shape={shape} width={w} height={h} style={{ marginLeft: (size - w) / 2, marginRight: (size - w) / 2, marginTop: (size - h) / 2, marginBottom: (size - h) / 2 }} />
  );
}
