// Label documents to PDF bytes. Pure: the same documents give the same bytes (no clock, no
// network, no files; the standard PDF fonts are built into every viewer).
import { Document, Font, renderToBuffer } from "@react-pdf/renderer";
import { CustomsPage } from "./customs-page";
import { InvoicePage } from "./invoice-page";
import { LabelPage } from "./label-page";
import type { PackingSlip } from "./packing-slip";
import { PackingSlipPages } from "./packing-slip-page";
import type { LabelFormat } from "./page-sizes";
import type { LabelDocument } from "./types";

// Every line is fitted to its width before it is drawn (text-fit.ts): words are never hyphenated,
// and skipping the hyphenation dictionary removes most of the text layout's cost.
Font.registerHyphenationCallback((word) => [word]);

/**
 * One PDF holding, for each document in order: its label; its return label when it has one; and
 * for USA and international parcels (`label.customs`) the customs declaration (CN 22 or CN 23)
 * and the commercial invoice. On letter paper the label takes the top half of its page, above a
 * cut line and the shipper's receipt (when given); every other page is a full page.
 */
export async function renderLabelDocuments(docs: LabelDocument[], format: LabelFormat): Promise<Uint8Array> {
  if (docs.length === 0) throw new Error("renderLabelDocuments: no documents to render");
  const pages = docs.flatMap((doc, i) => {
    const { label, returnLabel, receipt, locale, packingSlip } = doc;
    const customs = label.customs;
    return [
      <LabelPage key={`${i}-label`} label={label} format={format} receipt={receipt} locale={locale} />,
      // A document's return label is one by definition: it says so even if the flag was not set.
      returnLabel ? <LabelPage key={`${i}-return`} label={{ ...returnLabel, isReturn: true }} format={format} locale={locale} /> : null,
      customs ? <CustomsPage key={`${i}-customs`} label={label} customs={customs} format={format} /> : null,
      customs ? <InvoicePage key={`${i}-invoice`} label={label} customs={customs} format={format} /> : null,
      ...(packingSlip ? PackingSlipPages({ slip: packingSlip, format, keyPrefix: String(i) }) : []),
    ].filter((page) => page !== null);
  });
  // A fixed creation date (the first mailing date) instead of the clock keeps the output a pure
  // function of its input.
  const creationDate = new Date(`${docs[0]!.label.mailingDate}T12:00:00Z`);
  const buffer = await renderToBuffer(
    <Document title="Envoi labels" author="Envoi" creator="Envoi" producer="Envoi" creationDate={Number.isNaN(creationDate.getTime()) ? new Date(0) : creationDate}>
      {pages}
    </Document>,
  );
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Packing slips alone (printed separately from the labels), one after the other. */
export async function renderPackingSlips(slips: PackingSlip[], format: LabelFormat): Promise<Uint8Array> {
  if (slips.length === 0) throw new Error("renderPackingSlips: no slips to render");
  const buffer = await renderToBuffer(
    <Document title="Envoi packing slips" author="Envoi" creator="Envoi" producer="Envoi" creationDate={new Date(`${slips[0]!.date}T12:00:00Z`)}>
      {slips.flatMap((slip, i) => PackingSlipPages({ slip, format, keyPrefix: String(i) }))}
    </Document>,
  );
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
