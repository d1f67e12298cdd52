// One label as one page: the whole 4 x 6 page, or the top half of a letter page with a cut line
// and, on the outgoing label's page, the shipper's receipt below it.
import { Page, View } from "@react-pdf/renderer";
import { CutLine } from "./components/cut-line";
import { ThermalLabel } from "./components/label-4x6";
import { LetterLabel } from "./components/label-letter";
import { Receipt } from "./components/receipt";
import { REGULAR } from "./components/style";
import { LABEL_FORMATS, type LabelFormat } from "./page-sizes";
import type { LabelData, ShipperReceipt } from "./types";

const LETTER_MARGIN = 18;

export interface LabelPageProps {
  label: LabelData;
  format: LabelFormat;
  receipt?: ShipperReceipt | null;
  locale: "en" | "fr";
}

export function LabelPage({ label, format, receipt, locale }: LabelPageProps) {
  const { widthPt, heightPt } = LABEL_FORMATS[format];
  // wrap={false}: a label is one page by construction (every block is sized to fit), and skipping
  // the pagination pass makes rendering faster.
  if (format === "thermal4x6") {
    return (
      <Page size={[widthPt, heightPt]} wrap={false} style={{ fontFamily: REGULAR }}>
        <ThermalLabel label={label} width={widthPt} height={heightPt} />
      </Page>
    );
  }
  const half = heightPt / 2;
  return (
    <Page size={[widthPt, heightPt]} wrap={false} style={{ fontFamily: REGULAR }}>
      {/* A page without wrapping takes its content's height: this box holds it at the full page. */}
      <View style={{ width: widthPt, height: heightPt }}>
        <View style={{ position: "absolute", top: LETTER_MARGIN, left: LETTER_MARGIN }}>
          <LetterLabel label={label} width={widthPt - 2 * LETTER_MARGIN} height={half - 2 * LETTER_MARGIN} />
        </View>
        <CutLine top={half} width={widthPt} />
        {receipt ? (
          <View style={{ position: "absolute", top: half + 2 * LETTER_MARGIN, left: 3 * LETTER_MARGIN }}>
            <Receipt receipt={receipt} label={label} locale={locale} width={widthPt - 6 * LETTER_MARGIN} />
          </View>
        ) : null}
      </View>
    </Page>
  );
}
