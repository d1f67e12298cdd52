import { Text } from "@react-pdf/renderer";
import { BOLD, REGULAR, type Style } from "./style";
import { fitLine } from "../text-fit";

const LINE_HEIGHT = 1.15;

export interface FittedTextProps {
  text: string;
  /** Width available, in points: the line shrinks, then truncates, to stay inside it. */
  width: number;
  size: number;
  /** Smallest size before truncating; defaults to 80 % of `size`, never under 5 pt. */
  minSize?: number;
  bold?: boolean;
  /** Characters at the end that truncation keeps, cutting before them instead. */
  keepEnd?: number;
  style?: Style;
}

/** One line of text that never wraps nor overflows its width. */
export function FittedText({ text, width, size, minSize, bold = false, keepEnd, style }: FittedTextProps) {
  const font = bold ? BOLD : REGULAR;
  const fitted = fitLine(text, { font, width, size, minSize: Math.min(size, minSize ?? Math.max(5, size * 0.8)), keepEnd });
  return <Text style={{ fontFamily: font, fontSize: fitted.fontSize, lineHeight: LINE_HEIGHT, ...style }}>{fitted.text}</Text>;
}
