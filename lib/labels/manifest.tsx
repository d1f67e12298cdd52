// The reference carrier's end-of-day manifest: one letter page (more for a long day) handed over
// with the parcels. Its number as a Code 128 barcode, the shipper, each parcel's tracking number,
// service, weight and price, the count and totals, and the two signature lines. Pure.
import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { AddressBlock, addressBlockLines } from "./components/address-block";
import { TrackingBarcode } from "./components/barcodes";
import { FittedText } from "./components/fitted-text";
import { columnWidths, formMetrics } from "./components/form-metrics";
import { REGULAR } from "./components/style";
import { Table } from "./components/table";
import { formatCad, formatKg, groupTrackingNumber } from "./format";
import type { LabelAddress } from "./types";
import { MANIFEST_WORDS } from "./wording";

export interface ManifestLine {
  trackingNumber: string;
  serviceName: string;
  weightGrams: number;
  priceCents: number;
}

export interface ManifestDocument {
  number: string;
  /** YYYY-MM-DD */
  date: string;
  shipper: LabelAddress;
  customerNumber: string | null;
  contractNumber: string | null;
  lines: ManifestLine[];
  locale: "en" | "fr";
}

const FIRST_PAGE_ROWS = 28;
const OTHER_PAGE_ROWS = 40;

export function manifestPages(lines: ManifestLine[]): ManifestLine[][] {
  const pages = [lines.slice(0, FIRST_PAGE_ROWS)];
  for (let at = FIRST_PAGE_ROWS; at < lines.length; at += OTHER_PAGE_ROWS) pages.push(lines.slice(at, at + OTHER_PAGE_ROWS));
  return pages;
}

export async function renderManifest(doc: ManifestDocument): Promise<Uint8Array> {
  const m = formMetrics("letter");
  const words = MANIFEST_WORDS[doc.locale];
  const colon = doc.locale === "fr" ? " :" : ":";
  const pages = manifestPages(doc.lines);
  const widths = columnWidths(m.inner, [32, 40, 13, 15]);
  const columns = [
    { header: words.tracking, width: widths[0]! },
    { header: words.service, width: widths[1]! },
    { header: words.weight, width: widths[2]!, align: "right" as const },
    { header: words.price, width: widths[3]!, align: "right" as const },
  ];
  const totalGrams = doc.lines.reduce((sum, l) => sum + l.weightGrams, 0);
  const totalCents = doc.lines.reduce((sum, l) => sum + l.priceCents, 0);
  const facts = [
    `${words.date}${colon} ${doc.date}`,
    doc.customerNumber ? `${words.customer}${colon} ${doc.customerNumber}` : null,
    doc.contractNumber ? `${words.contract}${colon} ${doc.contractNumber}` : null,
  ].filter((v): v is string => v !== null);
  const buffer = await renderToBuffer(
    <Document title={`${words.title} ${doc.number}`} author="Envoi" creator="Envoi" producer="Envoi" creationDate={new Date(`${doc.date}T12:00:00Z`)}>
      {pages.map((lines, index) => {
        const first = index === 0;
        const last = index === pages.length - 1;
        return (
          <Page key={index} size={[m.width, m.height]} style={{ padding: m.margin, fontFamily: REGULAR }}>
            <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
              <FittedText text={`${words.title} ${doc.number}`} width={m.inner * 0.7} size={m.title} bold />
              {pages.length > 1 && <FittedText text={words.page(index + 1, pages.length)} width={m.inner * 0.28} size={m.small} style={{ textAlign: "right" }} />}
            </View>
            {first && (
              <View style={{ marginTop: 6, marginBottom: 8 }}>
                <View style={{ width: m.inner * 0.6 }}>
                  <TrackingBarcode trackingNumber={doc.number} width={m.inner * 0.6} barHeight={m.barHeight} textSize={m.text} maxDots={4} />
                </View>
                <View style={{ flexDirection: "row", justifyContent: "space-between", marginTop: 8 }}>
                  <AddressBlock heading={words.shipper} headingSize={m.small} lines={addressBlockLines(doc.shipper, false, { first: m.text, line: m.text, city: m.text, boldCity: false })} width={m.inner / 2} />
                  <View style={{ width: m.inner / 2 - 8 }}>
                    {facts.map((fact) => (
                      <FittedText key={fact} text={fact} width={m.inner / 2 - 8} size={m.text} />
                    ))}
                  </View>
                </View>
              </View>
            )}
            <Table
              columns={columns}
              rows={lines.map((l) => [groupTrackingNumber(l.trackingNumber), l.serviceName, formatKg(l.weightGrams), formatCad(l.priceCents, doc.locale)])}
              size={m.text}
              headerSize={m.small}
            />
            {last && (
              <View>
                <FittedText
                  text={`${words.totals}${colon} ${words.count(doc.lines.length)}, ${formatKg(totalGrams)} kg, ${formatCad(totalCents, doc.locale)}`}
                  width={m.inner}
                  size={m.text + 1}
                  bold
                  style={{ marginTop: 6, textAlign: "right" }}
                />
                {[words.shipperSignature, words.clerk].map((who) => (
                  <View key={who} style={{ flexDirection: "row", alignItems: "flex-end", marginTop: m.text * 3 }}>
                    <Text style={{ fontFamily: REGULAR, fontSize: m.text }}>{who}</Text>
                    <View style={{ flexGrow: 1, borderBottomWidth: 0.8, marginLeft: 6, marginBottom: 2 }} />
                  </View>
                ))}
              </View>
            )}
          </Page>
        );
      })}
    </Document>,
  );
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
