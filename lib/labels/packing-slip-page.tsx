// A packing slip's pages, in the label's size (4 x 6 in or letter), in the business's language.
import { Page, Text, View } from "@react-pdf/renderer";
import { AddressBlock, addressBlockLines } from "./components/address-block";
import { FittedText } from "./components/fitted-text";
import { columnWidths, formMetrics } from "./components/form-metrics";
import { REGULAR } from "./components/style";
import { Table } from "./components/table";
import { groupTrackingNumber } from "./format";
import type { LabelFormat } from "./page-sizes";
import { slipDate, slipPages, type PackingSlip } from "./packing-slip";
import { PACKING_SLIP_WORDS } from "./wording";

export function PackingSlipPages({ slip, format, keyPrefix }: { slip: PackingSlip; format: LabelFormat; keyPrefix: string }) {
  const m = formMetrics(format);
  const words = PACKING_SLIP_WORDS[slip.locale];
  const pages = slipPages(slip, format);
  const half = (m.inner - 8) / 2;
  const widths = columnWidths(m.inner, [62, 24, 14]);
  const columns = [
    { header: words.description, width: widths[0]! },
    { header: words.sku, width: widths[1]! },
    { header: words.quantity, width: widths[2]!, align: "right" as const },
  ];
  const total = slip.items.reduce((sum, item) => sum + item.quantity, 0);
  const address = (a: PackingSlip["from"]) => addressBlockLines(a, a.country !== "CA", { first: m.text, line: m.text, city: m.text, boldCity: false });
  // French sets a space before the colon.
  const colon = slip.locale === "fr" ? " :" : ":";
  const facts: string[] = [
    slip.orderNumber ? `${words.order}${colon} ${slip.orderNumber}` : null,
    `${words.date}${colon} ${slipDate(slip.date, slip.locale)}`,
    slip.trackingNumber ? `${words.tracking}${colon} ${groupTrackingNumber(slip.trackingNumber)}` : null,
  ].filter((v): v is string => v !== null);
  return pages.map((items, index) => {
    const first = index === 0;
    const last = index === pages.length - 1;
    return (
      <Page key={`${keyPrefix}-slip-${index}`} size={[m.width, m.height]} style={{ padding: m.margin, fontFamily: REGULAR }}>
        <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
          <FittedText text={words.title} width={m.inner * 0.6} size={m.title} bold />
          {pages.length > 1 && <FittedText text={words.page(index + 1, pages.length)} width={m.inner * 0.35} size={m.small} style={{ textAlign: "right" }} />}
        </View>
        {facts.map((fact) => (
          <FittedText key={fact} text={fact} width={m.inner} size={m.text} />
        ))}
        {first && (
          <View style={{ flexDirection: "row", justifyContent: "space-between", marginTop: 6, marginBottom: 6 }}>
            <AddressBlock heading={words.from} headingSize={m.small} lines={address(slip.from)} width={half} />
            <AddressBlock heading={words.shipTo} headingSize={m.small} lines={address(slip.to)} width={half} />
          </View>
        )}
        <View style={{ marginTop: first ? 0 : 6 }}>
          <Table columns={columns} rows={items.length > 0 ? items.map((item) => [item.description, item.sku ?? "", String(item.quantity)]) : [[words.wholeParcel, "", ""]]} size={m.text} headerSize={m.small} />
        </View>
        {last && (
          <View>
            {slip.items.length > 0 && <FittedText text={`${words.total}${colon} ${total}`} width={m.inner} size={m.text + 0.5} bold style={{ textAlign: "right", marginTop: 3 }} />}
            {slip.note && <Text style={{ fontFamily: REGULAR, fontSize: m.text, lineHeight: 1.3, marginTop: 10 }}>{slip.note}</Text>}
          </View>
        )}
      </Page>
    );
  });
}
