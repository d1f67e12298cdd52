/**
 * The stored label PDFs: a batch's merged PDF and one shipment's label, in either format. A format
 * not rendered at purchase is rendered on first download from the frozen label data, then stored
 * like the first one (never changed again). Tenant-scoped.
 */
import type { LabelFormat } from "@/lib/db/generated/enums";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { labelZpl } from "@/lib/labels";
import { canReprint } from "@/lib/tracking/scanned";
import { storeLabelPdfs } from "./label-pdfs";
import type { LabelSnapshot } from "./label-snapshot";

export interface PdfFile {
  bytes: Uint8Array;
  fileName: string;
}

export interface ReadOptions {
  /** Draw and store the format when it is not stored yet (downloads); false only reads (the email job). */
  drawMissing?: boolean;
}

export async function batchLabelsPdf(ctx: TenantContext, batchId: string, format: LabelFormat, options: ReadOptions = {}): Promise<PdfFile | null> {
  const read = () =>
    withTenant(ctx, async (tx) => {
      const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId }, select: { number: true, status: true } });
      if (!batch) return { batch: null, pdf: null };
      const pdf = await tx.labelPdf.findFirst({ where: { businessId: ctx.businessId, batchId, format }, select: { pdf: true } });
      return { batch, pdf: pdf?.pdf ?? null };
    });
  const first = await read();
  const batch = first.batch;
  let pdf = first.pdf;
  if (!batch || (batch.status !== "PAID" && batch.status !== "LABELLED")) return null;
  if (!pdf && batch.status === "LABELLED" && options.drawMissing !== false) {
    await storeLabelPdfs(ctx, batchId, format);
    pdf = (await read()).pdf;
  }
  return pdf ? { bytes: pdf, fileName: `labels-batch-${batch.number}-${format === "PDF_4X6" ? "4x6" : "letter"}.pdf` } : null;
}

/** One shipment's label; null when it does not exist, is not issued yet, or is voided (no reprint). */
export async function shipmentLabelPdf(ctx: TenantContext, shipmentId: string, format: LabelFormat, options: ReadOptions = {}): Promise<PdfFile | null> {
  const read = () =>
    withTenant(ctx, async (tx) => {
      const s = await tx.shipment.findFirst({ where: { id: shipmentId, businessId: ctx.businessId }, select: { id: true, batchId: true, status: true, trackingNumber: true, trackingStatus: true } });
      if (!s) return { s: null, pdf: null };
      const pdf = await tx.labelPdf.findFirst({ where: { businessId: ctx.businessId, shipmentId, format }, select: { pdf: true } });
      return { s, pdf: pdf?.pdf ?? null };
    });
  const first = await read();
  const s = first.s;
  let pdf = first.pdf;
  // Reprints only until the parcel is scanned (a used label printed again would be a second parcel).
  if (!s || s.status !== "LABELLED" || !s.trackingNumber || !canReprint(s.trackingStatus)) return null;
  if (!pdf && options.drawMissing !== false) {
    await storeLabelPdfs(ctx, s.batchId, format);
    pdf = (await read()).pdf;
  }
  return pdf ? { bytes: pdf, fileName: `label-${s.trackingNumber}-${format === "PDF_4X6" ? "4x6" : "letter"}.pdf` } : null;
}

/** A shipment's label (and return label) as ZPL II for a Zebra 4 x 6 in printer, from the frozen label data. */
export async function shipmentLabelZpl(ctx: TenantContext, shipmentId: string): Promise<{ text: string; fileName: string } | null> {
  const s = await withTenant(ctx, (tx) => tx.shipment.findFirst({ where: { id: shipmentId, businessId: ctx.businessId }, select: { status: true, trackingNumber: true, labelData: true } }));
  if (!s || s.status !== "LABELLED" || !s.labelData) return null;
  const snapshot = s.labelData as unknown as LabelSnapshot;
  const text = [snapshot.label, snapshot.returnLabel].filter((l): l is NonNullable<typeof l> => Boolean(l)).map(labelZpl).join("\n");
  return { text, fileName: `label-${s.trackingNumber}.zpl` };
}
