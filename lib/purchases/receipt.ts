/**
 * The receipt of a paid batch (account or card): built from the frozen label data of its issued
 * shipments, so it always shows what was paid; downloadable as PDF and emailed to whoever paid
 * (receipt-email.ts).
 */
import { renderReceiptPdf } from "@/lib/documents/receipt-pdf";
import type { ReceiptData } from "@/lib/documents/receipt-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { presentQuote } from "@/lib/rates/present";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";

export async function buildReceipt(ctx: TenantContext, batchId: string, locale: AppLocale): Promise<ReceiptData | null> {
  const loaded = await withTenant(ctx, async (tx) => {
    const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId } });
    if (!batch || (batch.status !== "PAID" && batch.status !== "LABELLED") || !batch.paidAt) return null;
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, legalName: true, gstHstNumber: true, qstNumber: true } });
    const shipments = await tx.shipment.findMany({ where: { batchId, businessId: ctx.businessId }, orderBy: { position: "asc" }, select: { trackingNumber: true, labelData: true } });
    return { batch, business, shipments };
  });
  if (!loaded) return null;
  const { batch, business, shipments } = loaded;
  const taxes = { gst: 0, hst: 0, qst: 0 };
  const items = shipments.flatMap((s) => {
    const snapshot = s.labelData as unknown as LabelSnapshot | null;
    if (!snapshot || !s.trackingNumber) return [];
    const presented = presentQuote(snapshot.quote, locale, "METRIC");
    for (const line of snapshot.quote.lines) {
      if (line.code === "GST") taxes.gst += line.amountCents;
      if (line.code === "HST") taxes.hst += line.amountCents;
      if (line.code === "QST") taxes.qst += line.amountCents;
    }
    const r = snapshot.label.recipient;
    return [
      {
        trackingNumber: s.trackingNumber,
        serviceName: presented.serviceName,
        recipient: [r.name || r.company, r.city, r.province, r.postalCode].filter(Boolean).join(" "),
        lines: snapshot.quote.lines.map((l, i) => ({ label: presented.lines[i]!.label, amountCents: l.amountCents })),
        totalCents: snapshot.quote.totalCents,
      },
    ];
  });
  return {
    locale,
    businessName: business.name,
    legalName: business.legalName,
    address: null,
    gstHstNumber: business.gstHstNumber,
    qstNumber: business.qstNumber,
    receiptNumber: `${batch.number}-${batch.paidAt!.toISOString().slice(0, 10).replaceAll("-", "")}`,
    batchNumber: batch.number,
    paidAt: batch.paidAt!.toISOString(),
    paymentMethod: translator(locale, "batches")(`paymentMethods.${batch.paymentMethod ?? "ACCOUNT"}`),
    items,
    taxes,
    totalCents: batch.totalCents ?? items.reduce((t, i) => t + i.totalCents, 0),
  };
}

export async function receiptPdf(ctx: TenantContext, batchId: string, locale: AppLocale): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const receipt = await buildReceipt(ctx, batchId, locale);
  if (!receipt) return null;
  return { bytes: await renderReceiptPdf(receipt), fileName: `receipt-${receipt.receiptNumber}.pdf` };
}
