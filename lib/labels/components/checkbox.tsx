import { Text, View } from "@react-pdf/renderer";
import { FittedText } from "./fitted-text";
import { BOLD, INK } from "./style";

/** A ticked or empty box and its caption (the standard fonts have no ballot-box glyph). */
export function Checkbox({ checked, caption, width, size }: { checked: boolean; caption: string; width: number; size: number }) {
  const box = size + 2;
  return (
    <View style={{ flexDirection: "row", alignItems: "center", width, marginBottom: 2 }}>
      <View style={{ width: box, height: box, borderWidth: 0.8, borderColor: INK, alignItems: "center", justifyContent: "center", marginRight: 3 }}>
        {checked ? <Text style={{ fontFamily: BOLD, fontSize: size, lineHeight: 1 }}>X</Text> : null}
      </View>
      <FittedText text={caption} width={width - box - 4} size={size} bold={checked} />
    </View>
  );
}
