/**
 * Renders and stores the labels of a paid batch: one PDF per shipment (label, return label,
 * customs pages) in the batch's format, then the merged PDF of the batch. Each stored PDF is
 * written once and never changed; a shipment already rendered is skipped, so running this again
 * after an interruption finishes the batch without rendering or charging anything twice.
 */
import { recordAudit } from "@/lib/audit/record";
import type { LabelFormat as DbLabelFormat } from "@/lib/db/generated/enums";
import { mergePdfs, renderLabelDocuments } from "@/lib/labels";
import type { LabelDocument, ShipperReceipt } from "@/lib/labels/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { presentQuote } from "@/lib/rates/present";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { LabelSnapshot } from "./label-snapshot";

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

/**
 * Renders what is missing for `format` (the batch's own format by default). Returns true when
 * the batch is complete (every shipment's PDF and the merged PDF stored).
 */
export async function issueLabels(ctx: TenantContext, batchId: string, options: { format?: DbLabelFormat; render?: Renderer } = {}): Promise<boolean> {
  const render = options.render ?? renderLabelDocuments;
  const loaded = await withTenant(ctx, async (tx) => {
    const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId } });
    if (!batch || (batch.status !== "PAID" && batch.status !== "LABELLED")) return null;
    const format = options.format ?? batch.labelFormat;
    const shipments = await tx.shipment.findMany({ where: { batchId, businessId: ctx.businessId }, orderBy: { position: "asc" }, select: { id: true, labelData: true, status: true } });
    const stored = await tx.labelPdf.findMany({ where: { businessId: ctx.businessId, shipmentId: { in: shipments.map((s) => s.id) }, format }, select: { shipmentId: true } });
    const merged = await tx.labelPdf.findFirst({ where: { businessId: ctx.businessId, batchId, format }, select: { id: true } });
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, settings: { select: { locale: true } } } });
    return { batch, format, shipments, done: new Set(stored.map((s) => s.shipmentId)), merged: Boolean(merged), business };
  });
  if (!loaded) return false;
  const { batch, format, shipments, done, business } = loaded;
  if (loaded.merged && done.size === shipments.length) return true;
  const locale: AppLocale = business.settings?.locale ?? "en";
  const t = translator(locale, "batches");
  const receipt = { businessName: business.name, batchNumber: String(batch.number), paymentMethod: t(`paymentMethods.${batch.paymentMethod ?? "ACCOUNT"}`) };

  for (const s of shipments) {
    if (done.has(s.id) || !s.labelData) continue;
    const pdf = await render([labelDocument(s.labelData as unknown as LabelSnapshot, receipt, locale)], FORMAT_OF[format]);
    await withTenant(ctx, async (tx) => {
      await tx.labelPdf.createMany({ data: [{ businessId: ctx.businessId, shipmentId: s.id, format, pdf: Buffer.from(pdf) }], skipDuplicates: true });
      if (s.status === "DRAFT") await tx.shipment.update({ where: { id: s.id }, data: { status: "LABELLED", labelledAt: new Date() } });
    });
  }

  await withTenant(ctx, async (tx) => {
    const pdfs = await tx.labelPdf.findMany({
      where: { businessId: ctx.businessId, shipmentId: { in: shipments.map((s) => s.id) }, format },
      select: { shipmentId: true, pdf: true },
    });
    const byShipment = new Map(pdfs.map((p) => [p.shipmentId, p.pdf]));
    const ordered = shipments.map((s) => byShipment.get(s.id)).filter((p): p is Uint8Array<ArrayBuffer> => Boolean(p));
    const merged = await mergePdfs(ordered);
    await tx.labelPdf.createMany({ data: [{ businessId: ctx.businessId, batchId, format, pdf: Buffer.from(merged) }], skipDuplicates: true });
    if (batch.status === "PAID") {
      await tx.batch.update({ where: { id: batchId }, data: { status: "LABELLED", labelledAt: new Date() } });
      await recordAudit(tx, ctx, { action: "batch.labelled", entityType: "Batch", entityId: batchId, details: { number: batch.number, shipments: shipments.length } });
    }
  }, { timeoutMs: 30_000 });
  return true;
}
