/** The labels email: the batch's merged PDF (or one shipment's label) attached, in the chosen size. */
import type { EmailMessage } from "@/lib/db/generated/client";
import type { LabelFormat } from "@/lib/db/generated/enums";
import { batchLabelsPdf, shipmentLabelPdf } from "@/lib/shipments/label-files";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { BuiltEmail } from "./types";
import { labelsEmail, labelsFileName } from "./templates/labels-email";

export interface LabelsEmailParams {
  format: LabelFormat;
  note?: string | null;
}

export async function buildLabelsEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const params = message.params as unknown as LabelsEmailParams;
  const format: LabelFormat = params.format === "PDF_LETTER" ? "PDF_LETTER" : "PDF_4X6";
  const facts = await withTenant(ctx, async (tx) => {
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true } });
    const sender = message.createdById ? await tx.user.findUnique({ where: { id: message.createdById }, select: { name: true } }) : null;
    const batch = message.batchId ? await tx.batch.findFirst({ where: { id: message.batchId, businessId: ctx.businessId }, select: { number: true } }) : null;
    const shipments = await tx.shipment.findMany({
      where: { businessId: ctx.businessId, status: "LABELLED", ...(message.shipmentId ? { id: message.shipmentId } : { batchId: message.batchId ?? "" }) },
      orderBy: { position: "asc" },
      select: { trackingNumber: true },
    });
    return { business, sender, batch, trackingNumbers: shipments.map((s) => s.trackingNumber!).filter(Boolean) };
  });
  // Only what is stored: an email never draws a label.
  const read = { drawMissing: false };
  const file = message.shipmentId ? await shipmentLabelPdf(ctx, message.shipmentId, format, read) : message.batchId ? await batchLabelsPdf(ctx, message.batchId, format, read) : null;
  if (!file || facts.trackingNumbers.length === 0) throw new Error("The labels are not available (not issued, or voided)");
  const built = labelsEmail({
    locale: message.locale,
    businessName: facts.business.name,
    batchNumber: facts.batch?.number ?? null,
    trackingNumbers: facts.trackingNumbers,
    format,
    senderName: facts.sender?.name ?? null,
    note: params.note ?? null,
  });
  return {
    ...built,
    attachments: [{ filename: labelsFileName(facts.batch?.number ?? null, facts.trackingNumbers, format), content: Buffer.from(file.bytes), contentType: "application/pdf" }],
  };
}
