/**
 * Emailing labels on demand: a batch's merged PDF or one shipment's label, to up to five
 * addresses, in the chosen size, with an optional note. Each address gets its own logged email.
 */
import { z } from "zod";
import type { EmailKind, LabelFormat } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import { storeLabelPdfs } from "@/lib/shipments/label-pdfs";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { recordEmails } from "./outbox";

export const MAX_LABEL_EMAILS = 5;

/** "a@x.ca, b@y.com; c@z.org" → addresses, or null when one is not an email or there are too many. */
export function parseEmailList(input: string): string[] | null {
  const parts = input.split(/[\s,;]+/).map((p) => p.trim().toLowerCase()).filter(Boolean);
  const unique = [...new Set(parts)];
  if (unique.length === 0 || unique.length > MAX_LABEL_EMAILS) return null;
  return unique.every((e) => z.email().safeParse(e).success) ? unique : null;
}

export interface EmailLabelsRequest {
  batchId?: string;
  shipmentId?: string;
  to: string;
  format: LabelFormat;
  note?: string | null;
}

export async function emailLabels(ctx: TenantContext, request: EmailLabelsRequest, locale: AppLocale): Promise<number> {
  const to = parseEmailList(request.to);
  if (!to) throw new AppError("emailListInvalid", "bad email list", "to", { max: MAX_LABEL_EMAILS });
  // The email job only reads stored PDFs: the chosen size is drawn and stored first.
  const batchOf = request.shipmentId
    ? await withTenant(ctx, (tx) => tx.shipment.findFirst({ where: { id: request.shipmentId!, businessId: ctx.businessId, status: "LABELLED" }, select: { batchId: true } }))
    : { batchId: request.batchId ?? "" };
  if (batchOf) await storeLabelPdfs(ctx, batchOf.batchId, request.format);
  const ids = await withTenant(ctx, async (tx) => {
    let batchId: string | null = null;
    let shipmentId: string | null = null;
    // What the activity log names: the label's tracking number, or the batch's number.
    let named: { trackingNumber: string | null } | { number: number };
    if (request.shipmentId) {
      const s = await tx.shipment.findFirst({ where: { id: request.shipmentId, businessId: ctx.businessId }, select: { id: true, batchId: true, status: true, trackingNumber: true } });
      if (!s) throw new AppError("notFound");
      if (s.status !== "LABELLED") throw new AppError("labelsNotIssued");
      shipmentId = s.id;
      batchId = s.batchId;
      named = { trackingNumber: s.trackingNumber };
    } else {
      const b = await tx.batch.findFirst({ where: { id: request.batchId ?? "", businessId: ctx.businessId }, select: { id: true, status: true, number: true } });
      if (!b) throw new AppError("notFound");
      if (b.status !== "LABELLED") throw new AppError("labelsNotIssued");
      batchId = b.id;
      named = { number: b.number };
    }
    const note = request.note?.trim() || null;
    const created = await recordEmails(
      tx,
      ctx.businessId,
      to.map((address) => ({ kind: "LABELS" as const, to: address, locale, batchId, shipmentId, params: { format: request.format, note }, createdById: ctx.userId })),
    );
    await recordAudit(tx, ctx, { action: "labels.emailed", entityType: shipmentId ? "Shipment" : "Batch", entityId: shipmentId ?? batchId, details: { to, format: request.format, ...named } });
    return created;
  });
  return ids.length;
}

export interface EmailLogEntry {
  id: string;
  kind: EmailKind;
  to: string;
  subject: string | null;
  status: "QUEUED" | "SENT" | "FAILED";
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  event: string | null;
}

/** What was sent to whom and when, for a batch or a shipment, newest first. */
export async function emailLog(ctx: TenantContext, where: { batchId?: string; shipmentId?: string }): Promise<EmailLogEntry[]> {
  const rows = await withTenant(ctx, (tx) =>
    tx.emailMessage.findMany({
      where: { businessId: ctx.businessId, ...(where.shipmentId ? { shipmentId: where.shipmentId } : { batchId: where.batchId ?? "" }) },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.to,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    sentAt: r.sentAt,
    createdAt: r.createdAt,
    event: (r.params as { event?: string } | null)?.event ?? null,
  }));
}
