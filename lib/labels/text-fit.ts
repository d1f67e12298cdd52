// Single-line text that fits a width: shrink down to a floor, then truncate with an ellipsis. Every
// line of a label goes through here, so a 44-character street or a 35-character reference can
// neither wrap onto a line the layout did not plan for nor run off the label.
import { charWidth, isWinAnsi, type StandardFont } from "./font-metrics";

// Letters the standard fonts lack and that do not decompose into a letter plus accents.
const FALLBACKS: Record<string, string> = {
  "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L",
  "\u2009": " ", "\u2007": "\u00a0", "\u202f": "\u00a0", "\u2010": "-", "\u2011": "-", "\u2212": "-",
};

/**
 * The text as the standard PDF fonts can show it: accents the fonts lack are dropped ("ő" -> "o"),
 * other unknown characters become "?", line breaks and tabs become spaces and invisible characters
 * (soft hyphens, zero-width spaces) go. Runs of spaces are kept: the city line's two spaces matter.
 */
export function pdfSafeText(text: string): string {
  let out = "";
  for (const ch of text.replace(/[\r\n\t]+/g, " ").replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")) {
    if (isWinAnsi(ch)) out += ch;
    else if (FALLBACKS[ch] !== undefined) out += FALLBACKS[ch];
    else {
      const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
      out += [...base].every(isWinAnsi) && base.length > 0 ? base : "?";
    }
  }
  return out.trim();
}

/** Width in points of a line of (PDF-safe) text in one of the standard fonts. */
export function textWidth(text: string, font: StandardFont, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, font);
  return (units / 1000) * fontSize;
}

export interface FitOptions {
  font: StandardFont;
  /** The width available, in points. */
  width: number;
  /** The preferred font size. */
  size: number;
  /** The smallest size worth printing; below it the text is truncated instead. */
  minSize: number;
  /**
   * Characters at the end that truncation keeps: "SAINT-JEAN-SUR-RICH… QC  J7V 8P2" loses part of
   * the city, never the postal code the parcel is sorted on.
   */
  keepEnd?: number;
}

export interface FittedLine {
  text: string;
  fontSize: number;
  /** Whether characters were cut off (the text ends with "…"). */
  truncated: boolean;
}

// The layout engine applies kerning and rounds positions; a little slack keeps a line that fits
// by our measure from wrapping by its measure.
const SLACK = 0.98;
const SLACK_PT = 0.5;
const ELLIPSIS = "…";

/** Drops characters before the last `keep` ones until the text with an ellipsis fits. */
function truncate(chars: string[], keep: number, font: StandardFont, size: number, width: number, ellipsis: string): string {
  const tail = chars.slice(chars.length - keep).join("");
  const head = chars.slice(0, chars.length - keep);
  const joined = () => head.join("").trimEnd() + ellipsis + tail;
  while (head.length > 0 && textWidth(joined(), font, size) > width) head.pop();
  return joined();
}

/**
 * The text cut with `ellipsis` to fit `width` at `size`, keeping its last `keepEnd` characters
 * when they fit on their own; unchanged when it already fits.
 */
export function truncateToWidth(text: string, font: StandardFont, size: number, width: number, keepEnd = 0, ellipsis = ELLIPSIS): string {
  if (textWidth(text, font, size) <= width) return text;
  const chars = [...text];
  const keep = Math.min(Math.max(0, Math.floor(keepEnd)), chars.length);
  const cut = truncate(chars, keep, font, size, width, ellipsis);
  // A tail too wide on its own is cut from the end like any other text.
  return keep > 0 && textWidth(cut, font, size) > width ? truncate(chars, 0, font, size, width, ellipsis) : cut;
}

/** The largest size from `size` down to `minSize` at which the text fits, or a truncated text at `minSize`. */
export function fitLine(text: string, options: FitOptions): FittedLine {
  const safe = pdfSafeText(text);
  const width = options.width * SLACK - SLACK_PT;
  const natural = textWidth(safe, options.font, 1);
  if (natural === 0) return { text: safe, fontSize: options.size, truncated: false };
  // Sizes in tenths of a point, rounded down, so the result is stable and never a hair too wide.
  const size = Math.min(options.size, Math.floor((width / natural) * 10) / 10);
  if (size >= options.minSize) return { text: safe, fontSize: size, truncated: false };

  return { text: truncateToWidth(safe, options.font, options.minSize, width, options.keepEnd), fontSize: options.minSize, truncated: true };
}
