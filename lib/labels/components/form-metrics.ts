import { LABEL_FORMATS, type LabelFormat } from "../page-sizes";

/** Page geometry and type sizes of the customs and invoice pages, per format. */
export interface FormMetrics {
  width: number;
  height: number;
  margin: number;
  /** Width inside the margins. */
  inner: number;
  title: number;
  text: number;
  small: number;
  /** Item rows shown before the rest are summed into one row (keeps the form on one page). */
  maxItemRows: number;
  barHeight: number;
}

export function formMetrics(format: LabelFormat): FormMetrics {
  const { widthPt, heightPt } = LABEL_FORMATS[format];
  if (format === "thermal4x6") {
    return { width: widthPt, height: heightPt, margin: 10, inner: widthPt - 20, title: 9, text: 6.5, small: 5, maxItemRows: 8, barHeight: 26 };
  }
  return { width: widthPt, height: heightPt, margin: 36, inner: widthPt - 72, title: 15, text: 9.5, small: 7.5, maxItemRows: 20, barHeight: 40 };
}

/** Column widths from proportions, summing exactly to `total`. */
export function columnWidths(total: number, proportions: number[]): number[] {
  const sum = proportions.reduce((a, b) => a + b, 0);
  const widths = proportions.map((p) => Math.floor((total * p) / sum));
  widths[0]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
