/**
 * A delivery confirmation as a letter-size PDF (pure: data in, bytes out): the parcel, when and
 * where it was delivered and who signed, the sender and recipient, marked when it is sample data.
 */
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { addressLines, cityLine } from "@/lib/labels/format";
import { pdfSafeText } from "@/lib/labels/text-fit";

export interface DeliveryConfirmationData {
  locale: AppLocale;
  trackingNumber: string;
  serviceName: string;
  businessName: string;
  sender: { name: string; city: string; province: string; postalCode: string };
  recipient: { name: string; company?: string | null; line1: string; line2?: string | null; city: string; province: string | null; postalCode: string | null; country: string };
  /** YYYY-MM-DD (or an ISO instant). */
  mailingDate: string;
  /** ISO instant, shown in `timeZone`. */
  deliveredAt: string;
  timeZone: string;
  deliveredPlace: string | null;
  signatory: string;
  reference1?: string | null;
  reference2?: string | null;
  /** From the reference carrier: said on the page. */
  sandbox: boolean;
}

/** French writes the first of the month "1er" ("1er décembre 2026"); Intl does not. */
function frenchFirst(text: string, locale: AppLocale): string {
  return locale === "fr" ? text.replace(/(^|\s)1(?=\s\p{L})/u, (_, before: string) => `${before}1er`) : text;
}

const s = StyleSheet.create({
  page: { padding: 48, fontFamily: "Helvetica", fontSize: 10, color: "#111" },
  h1: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  sandbox: { marginBottom: 12, padding: 6, borderWidth: 1, borderColor: "#b91c1c", color: "#b91c1c", fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row", paddingVertical: 2 },
  label: { width: 120, color: "#555" },
  bold: { fontFamily: "Helvetica-Bold" },
  parties: { flexDirection: "row", marginTop: 20, paddingTop: 8, borderTopWidth: 0.5, borderTopColor: "#999" },
  party: { width: "50%" },
  muted: { color: "#555" },
});

export async function renderDeliveryConfirmationPdf(d: DeliveryConfirmationData): Promise<Uint8Array> {
  const t = translator(d.locale, "deliveryConfirmation");
  const pdf = (text: string) => pdfSafeText(text);
  const shipped = frenchFirst(/^\d{4}-\d{2}-\d{2}$/.test(d.mailingDate)
    ? formatDate(new Date(`${d.mailingDate}T12:00:00Z`), d.locale, { dateStyle: "long", timeZone: "UTC" })
    : formatDate(new Date(d.mailingDate), d.locale, { dateStyle: "long", timeZone: d.timeZone }), d.locale);
  const delivered = frenchFirst(formatDate(new Date(d.deliveredAt), d.locale, { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: d.timeZone }), d.locale);
  const rows: [string, string | null | undefined][] = [
    [t("trackingNumber"), d.trackingNumber],
    [t("service"), d.serviceName],
    [t("mailingDate"), shipped],
    [t("deliveredAt"), delivered],
    [t("place"), d.deliveredPlace],
    [t("signedBy"), d.signatory],
    [t("reference1"), d.reference1],
    [t("reference2"), d.reference2],
  ];
  const senderLines = [d.sender.name, cityLine({ ...d.sender, country: "CA" })];
  const recipientLines = addressLines(d.recipient, d.recipient.country.toUpperCase() !== "CA");
  const party = (title: string, lines: string[]) => (
    <View style={s.party}>
      <Text style={s.bold}>{pdf(title)}</Text>
      {lines.map((line, i) => (
        <Text key={i}>{pdf(line)}</Text>
      ))}
    </View>
  );
  const doc = (
    <Document title={`${t("title")} ${d.trackingNumber}`} author="Envoi" creationDate={new Date(d.deliveredAt)} modificationDate={new Date(d.deliveredAt)}>
      <Page size="LETTER" style={s.page}>
        <Text style={s.h1}>{pdf(t("title"))}</Text>
        {d.sandbox && <Text style={s.sandbox}>{pdf(t("sandbox"))}</Text>}
        {rows
          .filter((r): r is [string, string] => Boolean(r[1]))
          .map(([label, value]) => (
            <View key={label} style={s.row}>
              <Text style={s.label}>{pdf(label)}</Text>
              <Text style={s.bold}>{pdf(value)}</Text>
            </View>
          ))}
        <View style={s.parties}>
          {party(t("sender"), senderLines)}
          {party(t("recipient"), recipientLines)}
        </View>
        <Text style={{ marginTop: 24, ...s.muted }}>{pdf(t("preparedFor", { business: d.businessName }))}</Text>
      </Page>
    </Document>
  );
  return new Uint8Array(await renderToBuffer(doc));
}
