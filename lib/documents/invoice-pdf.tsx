/** A monthly invoice as a letter-size PDF (pure): the business, the month's ledger lines, the amount due. */
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

export interface InvoiceDocument {
  locale: "en" | "fr";
  businessName: string;
  legalName: string | null;
  accountNumber: string | null;
  gstHstNumber: string | null;
  qstNumber: string | null;
  number: number;
  period: string;
  issuedAt: string;
  status: "OPEN" | "PAID";
  paidAt: string | null;
  lines: { date: string; description: string; amountCents: number }[];
  chargesCents: number;
  creditsCents: number;
  amountCents: number;
}

const WORDS = {
  en: { title: "Invoice", account: "Account", period: "Period", issued: "Issued", gstHst: "GST/HST registration", qstNumber: "QST registration", date: "Date", description: "Description", amount: "Amount", charges: "Charges", credits: "Credits", due: "Amount due", paid: "PAID", paidOn: "Paid on", none: "No charge or credit this month.", taxes: "Prices include the GST/HST and QST shown on each batch's receipt." },
  fr: { title: "Facture", account: "Compte", period: "Période", issued: "Émise le", gstHst: "Inscription TPS/TVH", qstNumber: "Inscription TVQ", date: "Date", description: "Description", amount: "Montant", charges: "Frais", credits: "Crédits", due: "Montant dû", paid: "PAYÉE", paidOn: "Payée le", none: "Aucun frais ni crédit ce mois-ci.", taxes: "Les prix comprennent la TPS/TVH et la TVQ indiquées sur le reçu de chaque lot." },
} as const;

const s = StyleSheet.create({
  page: { padding: 48, fontFamily: "Helvetica", fontSize: 10, color: "#111" },
  h1: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  row: { flexDirection: "row", paddingVertical: 2 },
  head: { flexDirection: "row", paddingVertical: 4, borderBottomWidth: 1, borderBottomColor: "#111", marginTop: 16, fontFamily: "Helvetica-Bold" },
  date: { width: 90 },
  desc: { flexGrow: 1 },
  amount: { width: 90, textAlign: "right" },
  total: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  bold: { fontFamily: "Helvetica-Bold" },
  stamp: { marginTop: 16, fontSize: 16, fontFamily: "Helvetica-Bold", color: "#047857" },
});

export async function renderInvoicePdf(d: InvoiceDocument): Promise<Uint8Array> {
  const w = WORDS[d.locale];
  const tag = d.locale === "fr" ? "fr-CA" : "en-CA";
  const money = (c: number) => new Intl.NumberFormat(tag, { style: "currency", currency: "CAD" }).format(c / 100);
  const date = (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "America/Toronto" }).format(new Date(iso));
  const doc = (
    <Document title={`${w.title} ${d.number}`} author="Envoi" creationDate={new Date(d.issuedAt)} modificationDate={new Date(d.issuedAt)}>
      <Page size="LETTER" style={s.page}>
        <Text style={s.h1}>{`${w.title} ${d.number}`}</Text>
        <Text style={s.bold}>{d.legalName ?? d.businessName}</Text>
        {d.accountNumber && <Text>{`${w.account}: ${d.accountNumber}`}</Text>}
        {d.gstHstNumber && <Text>{`${w.gstHst}: ${d.gstHstNumber}`}</Text>}
        {d.qstNumber && <Text>{`${w.qstNumber}: ${d.qstNumber}`}</Text>}
        <Text style={{ marginTop: 8 }}>{`${w.period}: ${d.period} · ${w.issued} ${date(d.issuedAt)}`}</Text>
        <View style={s.head}>
          <Text style={s.date}>{w.date}</Text>
          <Text style={s.desc}>{w.description}</Text>
          <Text style={s.amount}>{w.amount}</Text>
        </View>
        {d.lines.length === 0 && <Text style={{ marginTop: 4 }}>{w.none}</Text>}
        {d.lines.map((l, i) => (
          <View key={i} style={s.row} wrap={false}>
            <Text style={s.date}>{date(l.date)}</Text>
            <Text style={s.desc}>{l.description}</Text>
            <Text style={s.amount}>{money(l.amountCents)}</Text>
          </View>
        ))}
        <View style={{ marginTop: 12, borderTopWidth: 1, borderTopColor: "#111", paddingTop: 6, width: 240, alignSelf: "flex-end" }}>
          <View style={s.total}>
            <Text>{w.charges}</Text>
            <Text>{money(d.chargesCents)}</Text>
          </View>
          <View style={s.total}>
            <Text>{w.credits}</Text>
            <Text>{money(-d.creditsCents)}</Text>
          </View>
          <View style={s.total}>
            <Text style={s.bold}>{w.due}</Text>
            <Text style={s.bold}>{money(d.amountCents)}</Text>
          </View>
        </View>
        {d.status === "PAID" && <Text style={s.stamp}>{`${w.paid}${d.paidAt ? ` · ${w.paidOn} ${date(d.paidAt)}` : ""}`}</Text>}
        <Text style={{ marginTop: 24, color: "#555" }}>{w.taxes}</Text>
      </Page>
    </Document>
  );
  return new Uint8Array(await renderToBuffer(doc));
}
