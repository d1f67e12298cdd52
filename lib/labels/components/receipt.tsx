// The shipper's receipt on the bottom half of a letter page, in the shipper's language.
import { View } from "@react-pdf/renderer";
import { formatCad, groupTrackingNumber } from "../format";
import type { LabelData, ShipperReceipt } from "../types";
import { RECEIPT_WORDS } from "../wording";
import { FittedText } from "./fitted-text";
import { INK } from "./style";

// Lines beyond this many are summed into one ("3 more lines"), so the receipt keeps to its half
// page and its total still adds up on paper.
const MAX_LINES = 14;

function visibleLines(receipt: ShipperReceipt, locale: "en" | "fr"): ShipperReceipt["lines"] {
  if (receipt.lines.length <= MAX_LINES) return receipt.lines;
  const shown = receipt.lines.slice(0, MAX_LINES - 1);
  const rest = receipt.lines.slice(MAX_LINES - 1);
  return [...shown, { label: RECEIPT_WORDS[locale].moreLines(rest.length), amountCents: rest.reduce((sum, l) => sum + l.amountCents, 0) }];
}

function Row({ label, amount, width, size, bold }: { label: string; amount: string; width: number; size: number; bold?: boolean }) {
  const amountWidth = 110;
  return (
    <View style={{ flexDirection: "row", justifyContent: "space-between", width, paddingVertical: 1.5 }}>
      <FittedText text={label} width={width - amountWidth - 8} size={size} bold={bold} />
      <FittedText text={amount} width={amountWidth} size={size} bold={bold} style={{ textAlign: "right", width: amountWidth }} />
    </View>
  );
}

export function Receipt({ receipt, label, locale, width }: { receipt: ShipperReceipt; label: LabelData; locale: "en" | "fr"; width: number }) {
  const words = RECEIPT_WORDS[locale];
  const facts: [string, string][] = [
    [words.batch, receipt.batchNumber],
    [words.tracking, groupTrackingNumber(label.trackingNumber)],
    [words.service, label.serviceName[locale]],
    [words.mailingDate, label.mailingDate],
  ];
  return (
    <View style={{ width }}>
      <FittedText text={receipt.businessName} width={width} size={14} bold />
      <FittedText text={words.title} width={width} size={11} style={{ marginBottom: 6 }} />
      {facts.map(([name, value]) => (
        <FittedText key={name} text={`${name}: ${value}`} width={width} size={9.5} />
      ))}
      <View style={{ marginTop: 8, borderTopWidth: 1, borderColor: INK, paddingTop: 3 }}>
        {visibleLines(receipt, locale).map((line, i) => (
          <Row key={i} label={line.label} amount={formatCad(line.amountCents, locale)} width={width} size={10} />
        ))}
      </View>
      <View style={{ borderTopWidth: 1, borderColor: INK, marginTop: 2, paddingTop: 2 }}>
        <Row label={words.total} amount={formatCad(receipt.totalCents, locale)} width={width} size={11} bold />
      </View>
      <FittedText text={`${words.paymentMethod}: ${receipt.paymentMethod}`} width={width} size={9.5} style={{ marginTop: 6 }} />
    </View>
  );
}
