/**
 * A return's label as a PDF: the carrier's own PDF when it gave one, else Envoi's drawing of the
 * stored LabelData (letter size by default: customers print on home printers).
 */
import { renderLabelDocuments, type LabelFormat } from "@/lib/labels";
import { returnSnapshotOf } from "./label-snapshot";

export async function returnLabelPdf(row: { labelData: unknown; labelPdf: Uint8Array | null; locale: "en" | "fr" }, format: LabelFormat = "letter"): Promise<Uint8Array | null> {
  if (row.labelPdf) return new Uint8Array(row.labelPdf);
  const snapshot = returnSnapshotOf(row.labelData);
  if (!snapshot) return null;
  return renderLabelDocuments([{ label: snapshot.label, locale: row.locale }], format);
}
