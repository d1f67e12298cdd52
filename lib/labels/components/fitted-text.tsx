import { Canvas } from "@react-pdf/renderer";
import { BOLD, INK, REGULAR, type Style } from "./style";
import { fitLine, textWidth } from "../text-fit";
import type { StandardFont } from "../font-metrics";

const LINE_HEIGHT = 1.15;
/** Helvetica's ascender and descender, as fractions of the font size (from its AFM metrics). */
const ASCENT = 0.718;
const DESCENT = 0.207;

export interface FittedCell {
  text: string;
  size: number;
  /** Smallest size before truncating; defaults to 80 % of `size`, never under 5 pt. */
  minSize?: number;
  bold?: boolean;
  /** Characters at the end that truncation keeps, cutting before them instead. */
  keepEnd?: number;
  /** Where the cell starts in its row, and how wide it is (the whole width by default). */
  x?: number;
  width?: number;
  /** The width it is aligned in, when not its own. */
  alignWidth?: number;
  align?: "left" | "center" | "right";
  color?: string;
}

export interface FittedRow {
  cells: FittedCell[];
  marginTop?: number;
  marginBottom?: number;
}

interface PlacedCell {
  text: string;
  font: StandardFont;
  fontSize: number;
  x: number;
  top: number;
  color: string;
}

/** Fits every cell to its width and places it: the rows' total height and what to draw where. */
function place(rows: FittedRow[], width: number): { height: number; cells: PlacedCell[] } {
  let y = 0;
  const cells: PlacedCell[] = [];
  for (const row of rows) {
    y += row.marginTop ?? 0;
    let rowHeight = 0;
    for (const cell of row.cells) {
      const font: StandardFont = cell.bold ? BOLD : REGULAR;
      const cellWidth = cell.width ?? width;
      const fitted = fitLine(cell.text, { font, width: cellWidth, size: cell.size, minSize: Math.min(cell.size, cell.minSize ?? Math.max(5, cell.size * 0.8)), keepEnd: cell.keepEnd });
      const drawn = textWidth(fitted.text, font, fitted.fontSize);
      const lineHeight = fitted.fontSize * LINE_HEIGHT;
      const alignWidth = cell.alignWidth ?? cellWidth;
      const offset = cell.align === "right" ? alignWidth - drawn : cell.align === "center" ? (alignWidth - drawn) / 2 : 0;
      cells.push({ text: fitted.text, font, fontSize: fitted.fontSize, x: (cell.x ?? 0) + offset, top: y + (lineHeight - (ASCENT + DESCENT) * fitted.fontSize) / 2, color: cell.color ?? INK });
      rowHeight = Math.max(rowHeight, lineHeight);
    }
    y += rowHeight + (row.marginBottom ?? 0);
  }
  return { height: y, cells };
}

/**
 * Lines of text that never wrap nor overflow their widths, drawn together in one box. Each line's
 * size is known before layout (text-fit.ts, from the fonts' own metrics), so the lines are drawn
 * directly: the renderer's text layout (line breaking, bidi, hyphenation), which fitted lines do
 * not need, is skipped, and with it most of a label's rendering time.
 */
export function FittedLines({ rows, width, style }: { rows: FittedRow[]; width: number; style?: Style }) {
  const { height, cells } = place(rows, width);
  return (
    <Canvas
      style={{ ...style, width, height }}
      paint={(painter) => {
        for (const c of cells) painter.font(c.font).fontSize(c.fontSize).fillColor(c.color).text(c.text, c.x, c.top, { lineBreak: false });
        return null;
      }}
    />
  );
}

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

/** One fitted line. Left-aligned, it is as wide as its text (like a text node); centred or right-aligned, as wide as `width` (or its style's width). */
export function FittedText({ text, width, size, minSize, bold = false, keepEnd, style }: FittedTextProps) {
  const { textAlign = "left", color, ...box } = (style ?? {}) as Style & { textAlign?: "left" | "center" | "right"; color?: string };
  const cell: FittedCell = { text, size, minSize, bold, keepEnd, width, align: textAlign, color };
  let boxWidth = typeof box.width === "number" ? box.width : width;
  if (textAlign === "left" && typeof box.width !== "number") {
    const fitted = fitLine(text, { font: bold ? BOLD : REGULAR, width, size, minSize: Math.min(size, minSize ?? Math.max(5, size * 0.8)), keepEnd });
    boxWidth = textWidth(fitted.text, bold ? BOLD : REGULAR, fitted.fontSize);
  }
  return <FittedLines rows={[{ cells: [{ ...cell, alignWidth: boxWidth }] }]} width={boxWidth} style={box} />;
}
