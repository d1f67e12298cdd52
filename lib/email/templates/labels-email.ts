/** The email that sends a batch's (or a few shipments') label PDF: pure, data in, message out. */
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { renderEmail } from "../layout";

export type LabelsEmailFormat = "PDF_4X6" | "PDF_LETTER";

/** Tracking numbers listed in the email; the rest are counted ("and 12 more"). */
const LISTED = 50;

export function labelsEmail(input: {
  locale: AppLocale;
  businessName: string;
  batchNumber: number | null;
  trackingNumbers: string[];
  format: LabelsEmailFormat;
  senderName: string | null;
  note: string | null;
}): { subject: string; html: string; text: string } {
  const t = translator(input.locale, "email.labels");
  const business = input.businessName;
  const count = input.trackingNumbers.length;
  const listed = input.trackingNumbers.slice(0, LISTED).join(", ");
  const list = count > LISTED ? `${listed} ${t("more", { count: count - LISTED })}` : listed;
  const note = input.note?.trim();
  const paragraphs = [
    t("attached", { business, count, size: t(input.format === "PDF_4X6" ? "size4x6" : "sizeLetter") }),
    ...(count > 0 ? [t("trackingNumbers", { count, list })] : []),
    ...(note ? [input.senderName ? t("noteFrom", { sender: input.senderName, note }) : t("note", { note })] : []),
    t("howToPrint"),
  ];
  const subject = input.batchNumber === null ? t("subject", { count, business }) : t("subjectBatch", { batch: String(input.batchNumber), count, business });
  const { html, text } = renderEmail({ heading: t("heading", { count }), paragraphs, footer: t("footer", { business }) });
  return { subject, html, text };
}

/** The attachment's name, like the download's: labels-batch-12-4x6.pdf, label-<tracking>-letter.pdf, labels-4x6.pdf. */
export function labelsFileName(batchNumber: number | null, trackingNumbers: string[], format: LabelsEmailFormat): string {
  const size = format === "PDF_4X6" ? "4x6" : "letter";
  if (batchNumber !== null) return `labels-batch-${batchNumber}-${size}.pdf`;
  const only = trackingNumbers.length === 1 ? trackingNumbers[0]!.replace(/[^A-Za-z0-9]/g, "") : "";
  return only ? `label-${only}-${size}.pdf` : `labels-${size}.pdf`;
}
