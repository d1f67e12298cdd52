import type { Styles } from "@react-pdf/renderer";

/** One @react-pdf style object. */
export type Style = Styles[string];

export const REGULAR = "Helvetica";
export const BOLD = "Helvetica-Bold";
export const INK = "#000000";
/** Hairline rules between a label's blocks: visible, never mistaken for bars by a scanner. */
export const RULE = { borderColor: INK, borderStyle: "solid" as const };
