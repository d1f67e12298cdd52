/**
 * Paying for a batch. In one transaction, with the batch row locked: every row checked, the
 * amount recomputed from the rates stored on the server, the charge recorded by the payment
 * method, a tracking number allocated and the label frozen for every shipment, the batch marked
 * paid. Labels are rendered after the commit (issue-labels.ts); if that is interrupted, the
 * recovery job finishes it. Idempotent: paying a paid batch again returns it, charges nothing and
 * issues nothing (the lock serialises double clicks and two tabs; the ledger's unique key is the
 * backstop).
 */
import { recordAudit } from "@/lib/audit/record";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { paymentMethod, type PaymentMethodId } from "@/lib/payments/methods";
import { searchTextOf } from "./search-text";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { allocateTrackingNumber } from "./allocate-tracking";
import { labelSnapshot } from "./label-snapshot";
import { loadBatch, lockBatch } from "./load";
import { reviewRows, type ReviewedRow } from "./review";
import { issueLabels, type Renderer } from "./issue-labels";

export class BatchInvalidError extends AppError {
  constructor(readonly rows: ReviewedRow[]) {
    super("batchInvalid", `${rows.length} rows have problems`, undefined, { count: rows.length });
    this.name = "BatchInvalidError";
  }
}

export interface PayResult {
  batchId: string;
  status: "PAID" | "LABELLED";
  totalCents: number;
  /** True when this call made the payment; false when the batch was already paid. */
  charged: boolean;
}

export async function payBatch(actor: Actor, batchId: string, method: PaymentMethodId, options: { now?: Date; render?: Renderer } = {}): Promise<PayResult> {
  const now = options.now ?? new Date();
  const handler = paymentMethod(method);
  const paid = await withTenant(
    actor,
    async (tx) => {
      await lockBatch(tx, actor.businessId, batchId);
      const batch = await loadBatch(tx, actor.businessId, batchId);
      if (batch.status === "PAID" || batch.status === "LABELLED") {
        return { batchId, status: batch.status, totalCents: batch.totalCents ?? 0, charged: false } as PayResult;
      }
      if (batch.status !== "DRAFT") throw new AppError("batchNotDraft", `batch ${batchId} is ${batch.status}`);

      const rows = await tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } });
      const locations = await tx.location.findMany({ where: { businessId: actor.businessId } });
      const byId = new Map(locations.map((l) => [l.id, l]));
      const review = reviewRows(rows, new Map(locations.map((l) => [l.id, l.postalCode])), now);
      if (rows.length === 0) throw new AppError("batchEmpty", `batch ${batchId} has no rows`);
      const invalid = review.rows.filter((r) => r.problems.length > 0);
      if (invalid.length > 0) throw new BatchInvalidError(invalid);

      // What is charged: the rates stored on the server when the rows were rated.
      const totalCents = rows.reduce((t, r) => t + (r.rateCents ?? 0), 0);
      if (totalCents !== review.totalCents) throw new AppError("rateStale", "stored rates disagree with the chosen quotes");
      const { settled } = await handler.charge(tx, { businessId: actor.businessId, userId: actor.userId, batchId, amountCents: totalCents });

      const business = await tx.business.findUniqueOrThrow({ where: { id: actor.businessId }, select: { businessNumber: true, internationalTaxIds: true } });
      const senderTaxIds = [
        ...(business.businessNumber ? [{ type: "BN", number: business.businessNumber }] : []),
        ...((Array.isArray(business.internationalTaxIds) ? business.internationalTaxIds : []) as { type: string; number: string }[]),
      ];
      for (const r of review.rows) {
        const location = byId.get(r.draft.locationId!)!;
        const trackingNumber = await allocateTrackingNumber(tx, r.chosen!.serviceCode);
        const returnTrackingNumber = r.draft.includeReturnLabel ? await allocateTrackingNumber(tx, r.chosen!.serviceCode) : null;
        const snapshot = labelSnapshot({
          draft: r.draft,
          quote: r.chosen!,
          sender: { name: location.contactName, company: location.company, line1: location.line1, line2: location.line2, city: location.city, province: location.province, postalCode: location.postalCode, country: "CA", phone: location.phone, email: location.email },
          trackingNumber,
          returnTrackingNumber,
          senderTaxIds,
        });
        await tx.shipment.update({
          where: { id: r.id },
          data: { trackingNumber, returnTrackingNumber, labelData: snapshot as unknown as Prisma.InputJsonValue, searchText: searchTextOf(r.draft, trackingNumber) },
        });
        if (r.draft.saveContact && !r.draft.contactId) {
          const c = r.draft.recipient;
          const contact = await tx.contact.create({
            data: { businessId: actor.businessId, name: c.name, company: c.company, line1: c.line1, line2: c.line2, city: c.city, province: c.province, postalCode: c.postalCode, country: c.country, phone: c.phone, email: c.email, taxId: c.taxId, searchText: searchTextOf({ ...r.draft, reference1: null, reference2: null }, null) },
            select: { id: true },
          });
          await tx.shipment.update({ where: { id: r.id }, data: { contactId: contact.id } });
        }
      }
      await tx.batch.update({ where: { id: batchId }, data: { status: settled ? "PAID" : "PAYING", paymentMethod: method, totalCents, paidAt: now, paidById: actor.userId } });
      await recordAudit(tx, actor, { action: "batch.paid", entityType: "Batch", entityId: batchId, details: { number: batch.number, method, totalCents, shipments: rows.length } });
      return { batchId, status: "PAID", totalCents, charged: true } as PayResult;
    },
    { timeoutMs: 20_000 },
  );
  if (paid.status === "PAID") {
    // The charge is committed: a rendering failure must not read as a failed payment. The batch
    // stays "paid, labels pending" and the recovery job finishes it.
    try {
      const issued = await issueLabels({ businessId: actor.businessId, userId: actor.userId }, batchId, { render: options.render });
      return { ...paid, status: issued ? "LABELLED" : "PAID" };
    } catch (e) {
      console.error(`[batches] labels of batch ${batchId} not finished: ${e instanceof Error ? e.message : String(e)}`);
      return paid;
    }
  }
  return paid;
}
