import type { Styles } from "@react-pdf/renderer";

/** One @react-pdf style object. */
export type Style = Styles[string];

export const REGULAR = "Helvetica";
export const BOLD = "Helvetica-Bold";
export const INK = "#000000";
