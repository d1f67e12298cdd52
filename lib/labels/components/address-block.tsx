import { View } from "@react-pdf/renderer";
import { FittedText } from "./fitted-text";
import type { Style } from "./style";

export interface BlockLine {
  text: string;
  size: number;
  bold?: boolean;
  /** Smallest size before truncating (FittedText's default otherwise). */
  minSize?: number;
  /** Characters at the end that truncation must keep (a city line's province and postal code). */
  keepEnd?: number;
}

export interface AddressBlockProps {
  /** The bilingual heading ("FROM / DE", "TO / À"). */
  heading: string;
  headingSize: number;
  lines: BlockLine[];
  /** Width of the text, in points: every line fits it. */
  width: number;
  style?: Style;
}

/** A heading and one fitted line per address line: the height is known from the line count. */
export function AddressBlock({ heading, headingSize, lines, width, style }: AddressBlockProps) {
  return (
    <View style={{ width, ...style }}>
      <FittedText text={heading} width={width} size={headingSize} bold style={{ marginBottom: 1 }} />
      {lines.map((line, i) => (
        <FittedText key={i} text={line.text} width={width} size={line.size} bold={line.bold} minSize={line.minSize} keepEnd={line.keepEnd} />
      ))}
    </View>
  );
}
