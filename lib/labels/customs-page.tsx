// The customs declaration, CN 22 or CN 23 (see customs.ts for which), bilingual as Canada Post's
// forms are, on one full page of the chosen format.
import { Page, Text, View } from "@react-pdf/renderer";
import { AddressBlock, addressBlockLines } from "./components/address-block";
import { TrackingBarcode } from "./components/barcodes";
import { Checkbox } from "./components/checkbox";
import { FittedText } from "./components/fitted-text";
import { columnWidths, formMetrics } from "./components/form-metrics";
import { itemRows } from "./components/items";
import { REGULAR } from "./components/style";
import { Table } from "./components/table";
import { customsFormType, customsTotals } from "./customs";
import { formatDeclaredAmount, formatKg } from "./format";
import type { LabelFormat } from "./page-sizes";
import type { ExportReason, LabelAddress, LabelCustoms, LabelData } from "./types";
import { CUSTOMS_WORDS, EXPORT_REASON_WORDS } from "./wording";

const REASONS: ExportReason[] = ["SALE_OF_GOODS", "COMMERCIAL_SAMPLE", "DOCUMENT", "REPAIR_OR_WARRANTY", "OTHER"];

export function CustomsPage({ label, customs, format }: { label: LabelData; customs: LabelCustoms; format: LabelFormat }) {
  const m = formMetrics(format);
  const form = customsFormType({ serviceCode: label.serviceCode, customs });
  const totals = customsTotals(customs);
  const half = (m.inner - 8) / 2;
  const formBox = m.title * 4;
  const columns = columnWidths(m.inner, [33, 7, 12, 17, 21, 10]);
  const headers = [CUSTOMS_WORDS.description, CUSTOMS_WORDS.quantity, CUSTOMS_WORDS.weight, CUSTOMS_WORDS.value, CUSTOMS_WORDS.hsCode, CUSTOMS_WORDS.origin];
  const rows = itemRows(customs.items, m.maxItemRows, CUSTOMS_WORDS.moreItems).map((row) => [
    row.description,
    String(row.quantity),
    formatKg(row.totalWeightGrams),
    formatDeclaredAmount(row.totalValueCents, customs.currency),
    row.hsCode,
    row.originCountry,
  ]);
  const taxIds = customs.senderTaxIds.map((t) => `${t.type} ${t.number}`).join(", ");
  const other = customs.reason === "OTHER" && customs.otherReason ? `: ${customs.otherReason}` : "";
  const lines = (address: LabelAddress) => addressBlockLines(address, true, { first: m.text, line: m.text, city: m.text, boldFirst: false, boldCity: false });

  return (
    <Page size={[m.width, m.height]} style={{ padding: m.margin, fontFamily: REGULAR }}>
      <View style={{ flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" }}>
        <View style={{ width: m.inner - formBox }}>
          <FittedText text={CUSTOMS_WORDS.title} width={m.inner - formBox} size={m.title} bold />
          <FittedText text={CUSTOMS_WORDS.mayBeOpened} width={m.inner - formBox} size={m.text} />
        </View>
        <FittedText text={form === "CN22" ? "CN 22" : "CN 23"} width={formBox} size={m.title * 1.5} bold style={{ textAlign: "right", width: formBox }} />
      </View>

      <View style={{ marginTop: 4, alignItems: "center" }}>
        <FittedText text={CUSTOMS_WORDS.tracking} width={m.inner} size={m.small} style={{ textAlign: "center" }} />
        <TrackingBarcode trackingNumber={label.trackingNumber} width={m.inner * 0.8} barHeight={m.barHeight} textSize={m.text + 1} maxDots={4} />
      </View>

      <View style={{ flexDirection: "row", justifyContent: "space-between", marginTop: 4 }}>
        <AddressBlock heading={CUSTOMS_WORDS.sender} headingSize={m.small} lines={lines(label.sender)} width={half} />
        <AddressBlock heading={CUSTOMS_WORDS.addressee} headingSize={m.small} lines={lines(label.recipient)} width={half} />
      </View>

      <View style={{ marginTop: 6 }}>
        <FittedText text={CUSTOMS_WORDS.category} width={m.inner} size={m.small} bold />
        <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 2 }}>
          {REASONS.map((reason) => (
            <Checkbox
              key={reason}
              checked={customs.reason === reason}
              caption={EXPORT_REASON_WORDS[reason] + (reason === customs.reason ? other : "")}
              width={m.inner / 2}
              size={m.text}
            />
          ))}
        </View>
      </View>

      <View style={{ marginTop: 6 }}>
        <Table
          columns={headers.map((header, i) => ({ header, width: columns[i]!, align: i >= 1 && i <= 3 ? "right" : "left" }))}
          rows={rows}
          size={m.text}
          headerSize={m.small}
        />
      </View>
      <View style={{ flexDirection: "row", justifyContent: "space-between", marginTop: 3 }}>
        <FittedText text={`${CUSTOMS_WORDS.totalWeight}: ${formatKg(label.weightGrams)}`} width={half} size={m.text} bold />
        <FittedText
          text={`${CUSTOMS_WORDS.totalValue}: ${formatDeclaredAmount(totals.valueCents, customs.currency)}`}
          width={half}
          size={m.text}
          bold
          style={{ textAlign: "right" }}
        />
      </View>

      <View style={{ marginTop: 6 }}>
        {taxIds ? <FittedText text={`${CUSTOMS_WORDS.senderTaxIds}: ${taxIds}`} width={m.inner} size={m.text} minSize={4.5} /> : null}
        {customs.recipientTaxId ? (
          <FittedText
            text={`${CUSTOMS_WORDS.importerReference}: ${customs.recipientTaxId}`}
            width={m.inner}
            size={m.text}
            minSize={4.5}
            keepEnd={customs.recipientTaxId.length}
          />
        ) : null}
        {customs.invoiceNumber ? <FittedText text={`${CUSTOMS_WORDS.invoice}: ${customs.invoiceNumber}`} width={m.inner} size={m.text} /> : null}
      </View>

      {/* The one paragraph allowed to wrap: fixed wording, so its height is known. */}
      <Text style={{ fontFamily: REGULAR, fontSize: m.small, lineHeight: 1.2, marginTop: 6 }}>{CUSTOMS_WORDS.certify}</Text>
      <View style={{ flexDirection: "row", alignItems: "flex-end", marginTop: m.text * 2 }}>
        <FittedText text={`${CUSTOMS_WORDS.dateSignature}: ${label.mailingDate}`} width={m.inner * 0.72} size={m.text} minSize={4.5} />
        <View style={{ flexGrow: 1, borderBottomWidth: 0.8, marginLeft: 6, marginBottom: 2 }} />
      </View>
      <FittedText text={`${label.serviceName.en} / ${label.serviceName.fr}`} width={m.inner} size={m.small} bold style={{ marginTop: 4 }} />
    </Page>
  );
}
