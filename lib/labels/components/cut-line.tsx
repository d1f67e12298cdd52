import { Text, View } from "@react-pdf/renderer";
import { LABEL_WORDS } from "../wording";
import { BOLD, INK } from "./style";

/** A dashed line across the page at `top`, with "Cut here / Couper ici" on it. */
export function CutLine({ top, width }: { top: number; width: number }) {
  return (
    <View style={{ position: "absolute", top: top - 5, left: 0, width, height: 10, justifyContent: "center", alignItems: "center" }}>
      <View style={{ position: "absolute", top: 5, left: 12, right: 12, borderTopWidth: 0.75, borderStyle: "dashed", borderColor: INK }} />
      <Text style={{ fontFamily: BOLD, fontSize: 7, backgroundColor: "#ffffff", paddingHorizontal: 6 }}>{LABEL_WORDS.cutHere}</Text>
    </View>
  );
}
