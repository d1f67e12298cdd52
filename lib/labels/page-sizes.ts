/**
 * The two label formats a user prints on, in PDF points (1/72 in). Pure data for the label
 * renderer: 4 x 6 in thermal labels, and US Letter for laser printers (label on the top half, the
 * shipper's receipt on the bottom half).
 */
export const POINTS_PER_INCH = 72;

export const LABEL_FORMATS = {
  thermal4x6: { widthPt: 4 * POINTS_PER_INCH, heightPt: 6 * POINTS_PER_INCH },
  letter: { widthPt: 8.5 * POINTS_PER_INCH, heightPt: 11 * POINTS_PER_INCH },
} as const;

export type LabelFormat = keyof typeof LABEL_FORMATS;

export function isLabelFormat(value: unknown): value is LabelFormat {
  return typeof value === "string" && value in LABEL_FORMATS;
}
