/**
 * The stored label PDFs of a paid batch, in one format: each issued shipment's own PDF (label,
 * return label, customs pages) and the batch's merged PDF. What is missing is drawn in one
 * document (lib/labels), cut into each shipment's pages, and stored in one transaction with the
 * merged PDF; a PDF the carrier drew itself is stored as it came, at purchase. Stored PDFs are
 * never changed, so running this again renders nothing twice.
 */
import { PDFDocument } from "pdf-lib";
import { slipPageCount } from "@/lib/labels/packing-slip";
import type { LabelFormat as DbLabelFormat } from "@/lib/db/generated/enums";
import { mergePdfs, renderLabelDocuments } from "@/lib/labels";
import type { LabelDocument, ShipperReceipt } from "@/lib/labels/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { presentQuote } from "@/lib/rates/present";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { LabelSnapshot } from "./label-snapshot";
import { packingSlipOf } from "./packing-slip-of";

export type Renderer = (docs: LabelDocument[], format: "thermal4x6" | "letter") => Promise<Uint8Array>;

export const FORMAT_OF: Record<DbLabelFormat, "thermal4x6" | "letter"> = { PDF_4X6: "thermal4x6", PDF_LETTER: "letter" };

export function labelDocument(snapshot: LabelSnapshot, receipt: Omit<ShipperReceipt, "lines" | "totalCents"> | null, locale: AppLocale): LabelDocument {
  const presented = presentQuote(snapshot.quote, locale, "METRIC");
  return {
    label: snapshot.label,
    returnLabel: snapshot.returnLabel,
    receipt: receipt ? { ...receipt, lines: snapshot.quote.lines.map((l, i) => ({ label: presented.lines[i]!.label, amountCents: l.amountCents })), totalCents: snapshot.quote.totalCents } : null,
    locale,
  };
}

/** How many pages a document takes: its label, its return label, a customs declaration and invoice abroad, and its packing slip. */
function pagesOf(doc: LabelDocument, format: "thermal4x6" | "letter"): number {
  return 1 + (doc.returnLabel ? 1 : 0) + (doc.label.customs ? 2 : 0) + (doc.packingSlip ? slipPageCount(doc.packingSlip, format) : 0);
}

/** Cuts a rendered document into one PDF per label document (its consecutive pages). */
async function split(pdf: Uint8Array, counts: number[]): Promise<Uint8Array[] | null> {
  const source = await PDFDocument.load(pdf);
  if (source.getPageCount() !== counts.reduce((a, b) => a + b, 0)) return null;
  const out: Uint8Array[] = [];
  let first = 0;
  for (const count of counts) {
    const part = await PDFDocument.create();
    for (const page of await part.copyPages(source, Array.from({ length: count }, (_, i) => first + i))) part.addPage(page);
    part.setCreationDate(new Date(0));
    part.setModificationDate(new Date(0));
    part.setProducer("Envoi");
    part.setCreator("Envoi");
    out.push(await part.save());
    first += count;
  }
  return out;
}

/** Draws documents once and cuts them per document; one render each if the pages do not add up. */
async function renderEach(docs: LabelDocument[], format: "thermal4x6" | "letter", render: Renderer): Promise<{ parts: Uint8Array[]; whole: Uint8Array | null }> {
  const whole = await render(docs, format);
  const parts = await split(whole, docs.map((d) => pagesOf(d, format)));
  if (parts) return { parts, whole };
  return { parts: await Promise.all(docs.map((d) => render([d], format))), whole: null };
}

/**
 * Renders and stores what is missing of a paid batch's labels in `format`: the PDF of each issued
 * shipment (status LABELLED) and the merged PDF. Returns true when both are stored.
 */
export async function storeLabelPdfs(ctx: TenantContext, batchId: string, format: DbLabelFormat, options: { render?: Renderer } = {}): Promise<boolean> {
  const render = options.render ?? renderLabelDocuments;
  const loaded = await withTenant(ctx, async (tx) => {
    const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId }, select: { number: true, status: true, paymentMethod: true } });
    if (!batch || (batch.status !== "PAID" && batch.status !== "LABELLED")) return null;
    const shipments = await tx.shipment.findMany({
      where: { batchId, businessId: ctx.businessId, status: "LABELLED" },
      orderBy: { position: "asc" },
      select: { id: true, labelData: true, items: true, pdfs: { where: { format }, select: { id: true } } },
    });
    const merged = await tx.labelPdf.findFirst({ where: { businessId: ctx.businessId, batchId, format }, select: { id: true } });
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, settings: { select: { locale: true, packingSlips: true, packingSlipNote: true } } } });
    return { batch, shipments, merged: Boolean(merged), business };
  });
  if (!loaded) return false;
  const { batch, shipments, business } = loaded;
  const missing = shipments.filter((s) => s.pdfs.length === 0 && s.labelData);
  // Nothing to print (every label refused or voided before it was drawn).
  if (shipments.length === 0 || (loaded.merged && missing.length === 0)) return true;

  const locale: AppLocale = business.settings?.locale ?? "en";
  const t = translator(locale, "batches");
  const receipt = { businessName: business.name, batchNumber: String(batch.number), paymentMethod: t(`paymentMethods.${batch.paymentMethod ?? "ACCOUNT"}`) };
  const settings = business.settings;
  const documentOf = (s: (typeof missing)[number]) => {
    const snapshot = s.labelData as unknown as LabelSnapshot;
    const doc = labelDocument(snapshot, receipt, locale);
    return settings?.packingSlips ? { ...doc, packingSlip: packingSlipOf(snapshot, s.items, settings.packingSlipNote, locale) } : doc;
  };
  const drawn = missing.length > 0 ? await renderEach(missing.map(documentOf), FORMAT_OF[format], render) : { parts: [], whole: null };

  await withTenant(
    ctx,
    async (tx) => {
      if (missing.length > 0) {
        await tx.labelPdf.createMany({ data: missing.map((s, i) => ({ businessId: ctx.businessId, shipmentId: s.id, format, pdf: Buffer.from(drawn.parts[i]!) })), skipDuplicates: true });
      }
      if (loaded.merged) return;
      // Drawn as one document with every label in order: that is the merged PDF already.
      const whole = drawn.whole && missing.length === shipments.length ? drawn.whole : null;
      let merged = whole;
      if (!merged) {
        const pdfs = await tx.labelPdf.findMany({ where: { businessId: ctx.businessId, shipmentId: { in: shipments.map((s) => s.id) }, format }, select: { shipmentId: true, pdf: true } });
        const byShipment = new Map(pdfs.map((p) => [p.shipmentId, p.pdf]));
        merged = await mergePdfs(shipments.map((s) => byShipment.get(s.id)).filter((p): p is Uint8Array<ArrayBuffer> => Boolean(p)));
      }
      await tx.labelPdf.createMany({ data: [{ businessId: ctx.businessId, batchId, format, pdf: Buffer.from(merged) }], skipDuplicates: true });
    },
    { timeoutMs: 30_000 },
  );
  return true;
}
