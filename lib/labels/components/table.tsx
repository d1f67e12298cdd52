import { View } from "@react-pdf/renderer";
import { FittedText } from "./fitted-text";
import { INK } from "./style";

export interface TableColumn {
  /** A bilingual header "English / Français" prints on two lines, one per language. */
  header: string;
  width: number;
  align?: "left" | "right";
}

const CELL_PAD = 2;
// Text width of a cell: its width less the padding and the 1 pt rule on its right.
const cellText = (width: number) => width - 2 * CELL_PAD - 1;

/** A ruled table of single-line cells: every cell fits its column, so the height is rows x line. */
export function Table({ columns, rows, size, headerSize }: { columns: TableColumn[]; rows: string[][]; size: number; headerSize: number }) {
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  return (
    <View style={{ width, borderTopWidth: 1, borderLeftWidth: 1, borderColor: INK }}>
      <View style={{ flexDirection: "row" }}>
        {columns.map((column, i) => (
          <View key={i} style={{ width: column.width, padding: CELL_PAD, borderRightWidth: 1, borderBottomWidth: 1, borderColor: INK }}>
            {column.header.split(" / ").map((part, j) => (
              <FittedText key={j} text={part} width={cellText(column.width)} size={headerSize} minSize={Math.min(headerSize, 4.5)} bold={j === 0} />
            ))}
          </View>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={{ flexDirection: "row" }}>
          {columns.map((column, i) => (
            <View key={i} style={{ width: column.width, paddingHorizontal: CELL_PAD, paddingVertical: 1, borderRightWidth: 1, borderBottomWidth: 1, borderColor: INK }}>
              {/* Codes and amounts must print whole: cells shrink further than other text before a cut. */}
              <FittedText text={row[i] ?? ""} width={cellText(column.width)} size={size} minSize={Math.min(size, 4.5)} style={{ textAlign: column.align ?? "left" }} />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
