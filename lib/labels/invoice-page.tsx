// The commercial invoice that travels with a USA or international parcel, on one full page.
// Bilingual like the customs form: it is read by customs officers abroad.
import { Page, Text, View } from "@react-pdf/renderer";
import { AddressBlock, addressBlockLines } from "./components/address-block";
import { FittedText } from "./components/fitted-text";
import { columnWidths, formMetrics } from "./components/form-metrics";
import { itemRows } from "./components/items";
import { REGULAR } from "./components/style";
import { Table } from "./components/table";
import { customsTotals } from "./customs";
import { formatDeclaredAmount, formatKg, groupTrackingNumber } from "./format";
import type { LabelFormat } from "./page-sizes";
import type { LabelAddress, LabelCustoms, LabelData } from "./types";
import { CUSTOMS_WORDS, EXPORT_REASON_WORDS, INVOICE_WORDS } from "./wording";

const MAX_TAX_ID_LINES = 3;

/** A tax id a line (customs look for them one by one), the rest sharing the last line so the block stays short. */
function taxIdLines(ids: string[]): string[] {
  if (ids.length <= MAX_TAX_ID_LINES) return ids;
  return [...ids.slice(0, MAX_TAX_ID_LINES - 1), ids.slice(MAX_TAX_ID_LINES - 1).join(", ")];
}

export function InvoicePage({ label, customs, format }: { label: LabelData; customs: LabelCustoms; format: LabelFormat }) {
  const m = formMetrics(format);
  const totals = customsTotals(customs);
  const half = (m.inner - 8) / 2;
  const money = (cents: number) => formatDeclaredAmount(cents, customs.currency);
  const reason = EXPORT_REASON_WORDS[customs.reason] + (customs.reason === "OTHER" && customs.otherReason ? `: ${customs.otherReason}` : "");
  const facts: [string, string][] = [
    // Without an invoice number of its own, the tracking number identifies the shipment.
    [INVOICE_WORDS.number, customs.invoiceNumber || groupTrackingNumber(label.trackingNumber)],
    [INVOICE_WORDS.date, label.mailingDate],
    [INVOICE_WORDS.tracking, groupTrackingNumber(label.trackingNumber)],
    [INVOICE_WORDS.service, `${label.serviceName.en} / ${label.serviceName.fr}`],
    [INVOICE_WORDS.reason, reason],
    [INVOICE_WORDS.currency, customs.currency],
  ];
  const address = (a: LabelAddress) => addressBlockLines(a, true, { first: m.text, line: m.text, city: m.text, boldFirst: false, boldCity: false });
  const plain = (texts: (string | null | undefined)[]) => texts.filter((v): v is string => Boolean(v?.trim())).map((text) => ({ text, size: m.text }));
  const shipperLines = [...address(label.sender), ...plain(taxIdLines(customs.senderTaxIds.map((t) => `${t.type} ${t.number}`)))];
  const consigneeLines = [
    ...address(label.recipient),
    ...plain([label.recipient.phone, label.recipient.email]),
    // The tax id is what customs needs from this line: a cut takes the words before it.
    ...(customs.recipientTaxId ? [{ text: `${INVOICE_WORDS.recipientTaxId}: ${customs.recipientTaxId}`, size: m.text, keepEnd: customs.recipientTaxId.length }] : []),
  ];

  const widths = columnWidths(m.inner, [27, 14, 16, 8, 6, 14, 15]);
  const headers = [INVOICE_WORDS.description, INVOICE_WORDS.sku, INVOICE_WORDS.hsCode, INVOICE_WORDS.origin, INVOICE_WORDS.quantity, INVOICE_WORDS.unitValue, INVOICE_WORDS.lineTotal];
  const rows = itemRows(customs.items, m.maxItemRows, CUSTOMS_WORDS.moreItems).map((row) => [
    row.description,
    row.sku,
    row.hsCode,
    row.originCountry,
    String(row.quantity),
    row.unitValueCents === null ? "" : money(row.unitValueCents),
    money(row.totalValueCents),
  ]);

  return (
    <Page size={[m.width, m.height]} style={{ padding: m.margin, fontFamily: REGULAR }}>
      <FittedText text={INVOICE_WORDS.title} width={m.inner} size={m.title} bold style={{ marginBottom: 4 }} />
      {facts.map(([name, value]) => (
        <FittedText key={name} text={`${name}: ${value}`} width={m.inner} size={m.text} keepEnd={value.length} />
      ))}
      <View style={{ flexDirection: "row", justifyContent: "space-between", marginTop: 6 }}>
        <AddressBlock heading={INVOICE_WORDS.shipper} headingSize={m.small} lines={shipperLines} width={half} />
        <AddressBlock heading={INVOICE_WORDS.consignee} headingSize={m.small} lines={consigneeLines} width={half} />
      </View>
      <View style={{ marginTop: 6 }}>
        <Table
          columns={headers.map((header, i) => ({ header, width: widths[i]!, align: i >= 4 ? "right" : "left" }))}
          rows={rows}
          size={m.text}
          headerSize={m.small}
        />
      </View>
      <View style={{ alignItems: "flex-end", marginTop: 3 }}>
        <FittedText text={`${INVOICE_WORDS.totalValue}: ${money(totals.valueCents)}`} width={m.inner} size={m.text + 0.5} bold style={{ textAlign: "right" }} />
        <FittedText text={`${INVOICE_WORDS.totalWeight}: ${formatKg(label.weightGrams)} kg`} width={m.inner} size={m.text} style={{ textAlign: "right" }} />
      </View>
      <Text style={{ fontFamily: REGULAR, fontSize: m.small, lineHeight: 1.2, marginTop: 8 }}>{INVOICE_WORDS.declare}</Text>
      <View style={{ flexDirection: "row", alignItems: "flex-end", marginTop: m.text * 2 }}>
        <FittedText text={`${INVOICE_WORDS.signature}: ${label.sender.name}, ${label.mailingDate}`} width={m.inner * 0.6} size={m.text} />
        <View style={{ flexGrow: 1, borderBottomWidth: 0.8, marginLeft: 6, marginBottom: 2 }} />
      </View>
    </Page>
  );
}
