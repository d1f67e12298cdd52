/**
 * Packing slips of issued shipments: built from the frozen label (addresses, order number, date,
 * tracking number) and the shipment's items, with the business's note in its language. Printed
 * after each label when the business asks for it (label-pdfs.ts), or on their own: a batch's or
 * one shipment's slips, drawn on request (nothing stored). Tenant-scoped.
 */
import type { LabelFormat as DbLabelFormat } from "@/lib/db/generated/enums";
import { renderPackingSlips } from "@/lib/labels";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";
import { FORMAT_OF } from "./label-pdfs";
import type { LabelSnapshot } from "./label-snapshot";
import type { PdfFile } from "./label-files";
import { packingSlipOf } from "./packing-slip-of";

async function slipsOf(ctx: TenantContext, where: { batchId?: string; id?: string }) {
  const [shipments, settings] = await Promise.all([
    readInTenant(ctx, (db) => db.shipment.findMany({ where: { ...where, businessId: ctx.businessId, status: "LABELLED" }, orderBy: { position: "asc" }, select: { labelData: true, items: true, trackingNumber: true } })),
    readInTenant(ctx, (db) => db.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { locale: true, packingSlipNote: true } })),
  ]);
  const locale = settings?.locale ?? "en";
  return shipments.filter((s) => s.labelData).map((s) => ({ trackingNumber: s.trackingNumber, slip: packingSlipOf(s.labelData as unknown as LabelSnapshot, s.items, settings?.packingSlipNote ?? null, locale) }));
}

const sizeName = (format: DbLabelFormat) => (format === "PDF_4X6" ? "4x6" : "letter");

/** The packing slips of a paid batch's issued shipments, in order; null when it has none. */
export async function batchPackingSlipsPdf(ctx: TenantContext, batchId: string, format: DbLabelFormat): Promise<PdfFile | null> {
  const [batch, slips] = await Promise.all([readInTenant(ctx, (db) => db.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId }, select: { number: true } })), slipsOf(ctx, { batchId })]);
  if (!batch || slips.length === 0) return null;
  return { bytes: await renderPackingSlips(slips.map((s) => s.slip), FORMAT_OF[format]), fileName: `packing-slips-batch-${batch.number}-${sizeName(format)}.pdf` };
}

/** One issued shipment's packing slip; null when it is not the business's or not issued. */
export async function shipmentPackingSlipPdf(ctx: TenantContext, shipmentId: string, format: DbLabelFormat): Promise<PdfFile | null> {
  const [found] = await slipsOf(ctx, { id: shipmentId });
  if (!found) return null;
  return { bytes: await renderPackingSlips([found.slip], FORMAT_OF[format]), fileName: `packing-slip-${found.trackingNumber}-${sizeName(format)}.pdf` };
}
