/**
 * Open return templates and their labels, through a connector that offers open returns. Issuing a
 * label charges nothing (paid when used: see scan.ts); each label issued counts against the
 * template's maximum, and a retired template issues none.
 */
import type { CarrierConnector, CarrierMessage, OpenReturnTemplateRequest } from "@/lib/carriers/types";
import type { Prisma, Tx } from "@/lib/db/client";
import type { LabelData } from "@/lib/labels/types";
import { problem } from "@/lib/rating/problems";

export type OpenReturnOutcome<T> = { ok: true; data: T } | { ok: false; messages: CarrierMessage[] };

export interface NewOpenReturn {
  request: OpenReturnTemplateRequest;
  locationId: string | null;
  estimatedCents: number;
  createdById: string | null;
}

/** Asks the carrier for a template and records it (the carrier's refusal comes back as its messages). */
export async function createOpenReturn(tx: Tx, businessId: string, connector: CarrierConnector, input: NewOpenReturn): Promise<OpenReturnOutcome<{ id: string }>> {
  if (!connector.createOpenReturnTemplate) return { ok: false, messages: [] };
  const request = { ...input.request, estimatedCents: input.estimatedCents };
  const result = await connector.createOpenReturnTemplate(request);
  if (!result.data) return { ok: false, messages: result.messages };
  const { label } = request;
  const row = await tx.openReturn.create({
    data: {
      businessId,
      carrier: connector.id,
      carrierAccountId: connector.accountId ?? null,
      carrierMode: connector.mode ?? "reference",
      templateId: result.data.templateId,
      locationId: input.locationId,
      serviceCode: label.serviceCode,
      weightGrams: label.weightGrams,
      lengthMm: label.lengthMm,
      widthMm: label.widthMm,
      heightMm: label.heightMm,
      maxUses: result.data.maxUses,
      estimatedCents: input.estimatedCents,
      labelTemplate: request as unknown as Prisma.InputJsonValue,
      createdById: input.createdById,
    },
    select: { id: true },
  });
  return { ok: true, data: row };
}

/** Issues `count` more labels of a template, stopping at the first refusal (used up, retired). */
export async function issueOpenReturnLabels(tx: Tx, businessId: string, connector: CarrierConnector, openReturnId: string, count: number): Promise<OpenReturnOutcome<Array<{ trackingNumber: string; label: LabelData | null }>>> {
  const found = await tx.openReturn.findFirst({ where: { id: openReturnId, businessId }, select: { id: true } });
  if (!found || !connector.nextOpenReturnLabel) return { ok: false, messages: [] };
  // One issuer at a time per template; its count is then read under that lock.
  await tx.$executeRaw`SELECT id FROM "OpenReturn" WHERE id = ${found.id} FOR UPDATE`;
  const template = await tx.openReturn.findFirstOrThrow({ where: { id: found.id, businessId }, select: { id: true, templateId: true, labelTemplate: true, maxUses: true, labelsIssued: true, status: true } });
  const request = template.labelTemplate as unknown as OpenReturnTemplateRequest;
  const issued: Array<{ trackingNumber: string; label: LabelData | null }> = [];
  for (let i = 0; i < count; i++) {
    // Envoi's own record stops issuing too, whatever the carrier answers (it may read another transaction).
    const refusal = template.status === "RETIRED" ? problem("openReturnRetired") : template.labelsIssued + i >= template.maxUses ? problem("openReturnUsedUp", undefined, { max: template.maxUses }) : null;
    const result = refusal ? { data: null, messages: [{ carrier: connector.id, problem: refusal }] } : await connector.nextOpenReturnLabel(template.templateId, request);
    if (!result.data) return issued.length ? { ok: true, data: issued } : { ok: false, messages: result.messages };
    const { label } = result.data;
    await tx.openReturnLabel.create({
      data: {
        businessId,
        openReturnId: template.id,
        trackingNumber: result.data.trackingNumber,
        carrierShipmentId: result.data.carrierShipmentId,
        labelData: label.kind === "draw" ? (label.label as unknown as Prisma.InputJsonValue) : undefined,
        labelPdf: label.kind === "pdf" ? Buffer.from(label.pdf) : undefined,
      },
    });
    await tx.openReturn.update({ where: { id: template.id }, data: { labelsIssued: { increment: 1 } } });
    issued.push({ trackingNumber: result.data.trackingNumber, label: label.kind === "draw" ? label.label : null });
  }
  return { ok: true, data: issued };
}

/** Retires a template: its unissued labels are never issued; labels already used stay charged. */
export async function retireOpenReturn(tx: Tx, businessId: string, connector: CarrierConnector, openReturnId: string, now: Date): Promise<OpenReturnOutcome<{ retired: true }>> {
  const template = await tx.openReturn.findFirst({ where: { id: openReturnId, businessId, status: "ACTIVE" }, select: { id: true, templateId: true } });
  if (!template) return { ok: false, messages: [] };
  if (connector.retireOpenReturnTemplate) {
    const result = await connector.retireOpenReturnTemplate(template.templateId);
    if (!result.data) return { ok: false, messages: result.messages };
  }
  await tx.openReturn.update({ where: { id: template.id }, data: { status: "RETIRED", retiredAt: now } });
  return { ok: true, data: { retired: true } };
}

/** What the reference carrier reads of a template (its OpenReturnUsage). */
export async function openReturnUsage(tx: Tx, businessId: string, templateId: string) {
  const row = await tx.openReturn.findFirst({ where: { businessId, carrier: "reference", templateId }, select: { maxUses: true, labelsIssued: true, status: true } });
  return row ? { maxUses: row.maxUses, issued: row.labelsIssued, retired: row.status === "RETIRED" } : null;
}
