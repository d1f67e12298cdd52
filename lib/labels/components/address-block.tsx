import { addressLines, cityLine, cityLineTail } from "../format";
import type { LabelAddress } from "../types";
import { FittedLines } from "./fitted-text";
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

/**
 * An address as block lines: the first line (name) bold, the city line and what follows it (a UK
 * postcode, the country) at `city` size; the city line keeps its province and postal code when cut.
 */
export function addressBlockLines(
  address: LabelAddress,
  withCountry: boolean,
  sizes: { first: number; line: number; city: number; boldFirst?: boolean; boldCity: boolean },
): BlockLine[] {
  const lines = addressLines(address, withCountry);
  const city = cityLine(address);
  const cityIndex = lines.lastIndexOf(city);
  return lines.map((text, i) => {
    if (i === 0) return { text, size: sizes.first, bold: sizes.boldFirst ?? true };
    // The city line may shrink further than other lines before it is cut: all of it matters.
    if (cityIndex >= 0 && i >= cityIndex) return { text, size: sizes.city, minSize: sizes.city * 0.6, bold: sizes.boldCity, keepEnd: i === cityIndex ? cityLineTail(address) : 0 };
    return { text, size: sizes.line };
  });
}

/** A heading and one fitted line per address line: the height is known from the line count. */
export function AddressBlock({ heading, headingSize, lines, width, style }: AddressBlockProps) {
  return (
    <FittedLines
        width={width}
        style={style}
        rows={[{ cells: [{ text: heading, size: headingSize, bold: true }], marginBottom: 1 }, ...lines.map((line) => ({ cells: [{ text: line.text, size: line.size, bold: line.bold, minSize: line.minSize, keepEnd: line.keepEnd }] }))]}
      />
  );
}
