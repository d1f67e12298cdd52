/**
 * The receipt as a letter-size PDF (pure: data in, bytes out): the business with its tax
 * numbers, the batch and payment, every shipment with its price lines, the GST/HST/QST totals.
 */
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReceiptData } from "./receipt-types";

const WORDS = {
  en: { title: "Receipt", number: "Receipt", batch: "Batch", paid: "Paid on", method: "Payment method", gstHst: "GST/HST registration", qstNumber: "QST registration", shipment: "Shipment", to: "to", subtotal: "Shipment total", taxes: "Taxes", gst: "GST", hst: "HST", qst: "QST", total: "Total paid", thanks: "Thank you for shipping with Envoi." },
  fr: { title: "Reçu", number: "Reçu", batch: "Lot", paid: "Payé le", method: "Mode de paiement", gstHst: "Inscription TPS/TVH", qstNumber: "Inscription TVQ", shipment: "Envoi", to: "à", subtotal: "Total de l'envoi", taxes: "Taxes", gst: "TPS", hst: "TVH", qst: "TVQ", total: "Total payé", thanks: "Merci d'expédier avec Envoi." },
} as const;

const s = StyleSheet.create({
  page: { padding: 48, fontFamily: "Helvetica", fontSize: 10, color: "#111" },
  h1: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  row: { flexDirection: "row", justifyContent: "space-between" },
  muted: { color: "#555" },
  item: { marginTop: 12, paddingTop: 8, borderTopWidth: 0.5, borderTopColor: "#999" },
  bold: { fontFamily: "Helvetica-Bold" },
  totals: { marginTop: 16, paddingTop: 8, borderTopWidth: 1, borderTopColor: "#111" },
});

function money(cents: number, locale: "en" | "fr"): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency: "CAD" }).format(cents / 100);
}

function ReceiptDocument({ r }: { r: ReceiptData }) {
  const w = WORDS[r.locale];
  const date = new Intl.DateTimeFormat(r.locale === "fr" ? "fr-CA" : "en-CA", { dateStyle: "long", timeStyle: "short", timeZone: "America/Toronto" }).format(new Date(r.paidAt));
  return (
    <Document title={`${w.title} ${r.receiptNumber}`} author="Envoi" creationDate={new Date(r.paidAt)} modificationDate={new Date(r.paidAt)}>
      <Page size="LETTER" style={s.page}>
        <Text style={s.h1}>
          {w.title} {r.receiptNumber}
        </Text>
        <Text style={s.bold}>{r.legalName ?? r.businessName}</Text>
        {r.legalName && r.legalName !== r.businessName && <Text>{r.businessName}</Text>}
        {r.address && <Text style={s.muted}>{r.address}</Text>}
        {r.gstHstNumber && <Text>{`${w.gstHst}: ${r.gstHstNumber}`}</Text>}
        {r.qstNumber && <Text>{`${w.qstNumber}: ${r.qstNumber}`}</Text>}
        <View style={{ marginTop: 12 }}>
          <Text>{`${w.batch} ${r.batchNumber} · ${w.paid} ${date} · ${w.method}: ${r.paymentMethod}`}</Text>
        </View>
        {r.items.map((item) => (
          <View key={item.trackingNumber} style={s.item} wrap={false}>
            <Text style={s.bold}>{`${w.shipment} ${item.trackingNumber} · ${item.serviceName} · ${w.to} ${item.recipient}`}</Text>
            {item.lines.map((l, i) => (
              <View key={i} style={s.row}>
                <Text>{l.label}</Text>
                <Text>{money(l.amountCents, r.locale)}</Text>
              </View>
            ))}
            <View style={s.row}>
              <Text style={s.bold}>{w.subtotal}</Text>
              <Text style={s.bold}>{money(item.totalCents, r.locale)}</Text>
            </View>
          </View>
        ))}
        <View style={s.totals}>
          {(["gst", "hst", "qst"] as const)
            .filter((k) => r.taxes[k] > 0)
            .map((k) => (
              <View key={k} style={s.row}>
                <Text>{w[k]}</Text>
                <Text>{money(r.taxes[k], r.locale)}</Text>
              </View>
            ))}
          <View style={s.row}>
            <Text style={s.bold}>{w.total}</Text>
            <Text style={s.bold}>{money(r.totalCents, r.locale)}</Text>
          </View>
        </View>
        <Text style={{ marginTop: 24, ...s.muted }}>{w.thanks}</Text>
      </Page>
    </Document>
  );
}

export async function renderReceiptPdf(receipt: ReceiptData): Promise<Uint8Array> {
  return new Uint8Array(await renderToBuffer(<ReceiptDocument r={receipt} />));
}
