/**
 * The two halves of a purchase, shared by every payment method, both inside the caller's
 * transaction with the batch row locked:
 * - `checkForPurchase`: every row valid and rated today with its current inputs; the amount is the
 *   sum of the rates stored on the server.
 * - `finalizePurchase`: a tracking number and the frozen label for every shipment, recipients saved
 *   to the address book when asked, the batch marked paid, and the job that finishes its labels.
 */
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { Prisma, type Batch } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { contactSearchText } from "@/lib/contacts/search-text";
import { sendJobInTransaction } from "@/lib/jobs/queue";
import type { TenantContext } from "@/lib/tenancy/context";
import { allocateTrackingNumber } from "./allocate-tracking";
import { labelSnapshot } from "./label-snapshot";
import { reviewRows, type ReviewedRow } from "./review";
import { searchTextOf } from "./search-text";

export class BatchInvalidError extends AppError {
  constructor(readonly rows: ReviewedRow[]) {
    super("batchInvalid", `${rows.length} rows have problems`, undefined, { count: rows.length });
    this.name = "BatchInvalidError";
  }
}

/** How long the labels job queued with a payment waits before it checks the batch. */
export const LABELS_JOB_DELAY_SECONDS = 30;

export interface CheckedPurchase {
  rows: ReviewedRow[];
  totalCents: number;
}

export async function checkForPurchase(tx: Tx, businessId: string, batchId: string, now: Date): Promise<CheckedPurchase> {
  const rows = await tx.shipment.findMany({ where: { batchId, businessId }, orderBy: { position: "asc" } });
  if (rows.length === 0) throw new AppError("batchEmpty", `batch ${batchId} has no rows`);
  const locations = await tx.location.findMany({ where: { businessId }, select: { id: true, postalCode: true } });
  const review = reviewRows(rows, new Map(locations.map((l) => [l.id, l.postalCode])), now);
  const invalid = review.rows.filter((r) => r.problems.length > 0);
  if (invalid.length > 0) throw new BatchInvalidError(invalid);
  // What is charged: the rates stored on the server when the rows were rated.
  const totalCents = rows.reduce((t, r) => t + (r.rateCents ?? 0), 0);
  if (totalCents !== review.totalCents) throw new AppError("rateStale", "stored rates disagree with the chosen quotes");
  return { rows: review.rows, totalCents };
}

/**
 * The rows as they were checked when payment started. A batch being paid cannot change, so the
 * same rows and quotes are finalised, whatever day the payment is confirmed.
 */
export async function rowsForFinalize(tx: Tx, businessId: string, batchId: string): Promise<ReviewedRow[]> {
  const rows = await tx.shipment.findMany({ where: { batchId, businessId }, orderBy: { position: "asc" } });
  const locations = await tx.location.findMany({ where: { businessId }, select: { id: true, postalCode: true } });
  const byLocation = new Map(locations.map((l) => [l.id, l.postalCode]));
  return rows.map((row) => reviewRows([row], byLocation, row.ratedAt ?? new Date()).rows[0]!);
}

export async function finalizePurchase(
  tx: Tx,
  ctx: TenantContext,
  batch: Batch,
  rows: ReviewedRow[],
  payment: { method: "ACCOUNT" | "CARD"; totalCents: number; paidById: string | null; now: Date },
): Promise<void> {
  const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { businessNumber: true, internationalTaxIds: true } });
  const senderTaxIds = [
    ...(business.businessNumber ? [{ type: "BN", number: business.businessNumber }] : []),
    ...((Array.isArray(business.internationalTaxIds) ? business.internationalTaxIds : []) as { type: string; number: string }[]),
  ];
  const locations = new Map((await tx.location.findMany({ where: { businessId: ctx.businessId } })).map((l) => [l.id, l]));
  for (const r of rows) {
    if (!r.chosen) throw new AppError("rateStale", `row ${r.id} has no chosen quote`);
    const location = locations.get(r.draft.locationId ?? "");
    if (!location) throw new AppError("batchInvalid", `row ${r.id} lost its location`, undefined, { count: 1 });
    const trackingNumber = await allocateTrackingNumber(tx, r.chosen.serviceCode);
    const returnTrackingNumber = r.draft.includeReturnLabel ? await allocateTrackingNumber(tx, r.chosen.serviceCode) : null;
    const snapshot = labelSnapshot({
      draft: r.draft,
      quote: r.chosen,
      sender: { name: location.contactName, company: location.company, line1: location.line1, line2: location.line2, city: location.city, province: location.province, postalCode: location.postalCode, country: "CA", phone: location.phone, email: location.email },
      trackingNumber,
      returnTrackingNumber,
      senderTaxIds,
    });
    await tx.shipment.update({
      where: { id: r.id },
      data: {
        trackingNumber,
        returnTrackingNumber,
        labelData: snapshot as unknown as Prisma.InputJsonValue,
        searchText: searchTextOf(r.draft, trackingNumber),
        trackingStatus: "CREATED",
        expectedDeliveryDate: r.chosen.expectedDeliveryDate,
      },
    });
    if (r.draft.saveContact && !r.draft.contactId) {
      const c = r.draft.recipient;
      const fields = { name: c.name, company: c.company, line1: c.line1, line2: c.line2, city: c.city, province: c.province, postalCode: c.postalCode, country: c.country, phone: c.phone, email: c.email, taxId: c.taxId };
      const contact = await tx.contact.create({ data: { businessId: ctx.businessId, ...fields, searchText: contactSearchText(fields) }, select: { id: true } });
      await tx.shipment.update({ where: { id: r.id }, data: { contactId: contact.id } });
    }
  }
  await tx.batch.update({ where: { id: batch.id }, data: { status: "PAID", paymentMethod: payment.method, totalCents: payment.totalCents, paidAt: payment.now, paidById: payment.paidById } });
  // Committed with the payment: if the process dies before the labels are stored, this job finishes
  // them. It waits a little, so in the usual case it finds them already rendered after the commit.
  await sendJobInTransaction(tx, "labels", { businessId: ctx.businessId, batchId: batch.id }, { startAfterSeconds: LABELS_JOB_DELAY_SECONDS });
  await recordAudit(tx, ctx, { action: "batch.paid", entityType: "Batch", entityId: batch.id, details: { number: batch.number, method: payment.method, totalCents: payment.totalCents, shipments: rows.length } });
}
