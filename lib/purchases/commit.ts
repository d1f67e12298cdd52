/**
 * What a payment commits, whatever the method, inside the payer's transaction with the batch row
 * locked: each shipment's label frozen as it will be bought (everything but its tracking numbers,
 * which the carrier gives), the carrier it is bought from, recipients saved to the address book
 * when asked, the batch marked paid, and the one job that completes the purchase (labels bought
 * and drawn, stored, merged, emails written: complete.ts). The request returns at the commit.
 */
import { recordAudit } from "@/lib/audit/record";
import { contactSearchText } from "@/lib/contacts/search-text";
import type { CarrierQuote } from "@/lib/carriers/types";
import type { Tx } from "@/lib/db/client";
import type { Batch } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { sendJobInTransaction } from "@/lib/jobs/queue";
import type { ReviewedRow } from "@/lib/batches/review";
import { labelRequest, senderAddress, type LabelSnapshot } from "@/lib/shipments/label-snapshot";
import type { TenantContext } from "@/lib/tenancy/context";
import { shipmentGroupId } from "@/lib/carriers/groups";

export interface CommittedPayment {
  method: "ACCOUNT" | "CARD" | "CARRIER" | "TEST";
  totalCents: number;
  paidById: string | null;
  now: Date;
}

export async function commitPurchase(tx: Tx, ctx: TenantContext, batch: Batch, rows: ReviewedRow[], payment: CommittedPayment): Promise<void> {
  const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, businessNumber: true, internationalTaxIds: true, accountNumber: true, contractNumber: true } });
  const senderTaxIds = [
    ...(business.businessNumber ? [{ type: "BN", number: business.businessNumber }] : []),
    ...((Array.isArray(business.internationalTaxIds) ? business.internationalTaxIds : []) as { type: string; number: string }[]),
  ];
  // The label names the Canada Post account the postage comes from: the business's own carrier
  // account that bought the quote (customer number and contract), else its Canada Post customer number.
  const accountIds = [...new Set(rows.map((r) => (r.chosen as CarrierQuote | null)?.accountId).filter((id): id is string => Boolean(id)))];
  const carrierAccounts = new Map(
    accountIds.length === 0
      ? []
      : (await tx.carrierAccount.findMany({ where: { businessId: ctx.businessId, id: { in: accountIds } }, select: { id: true, customerNumber: true, contractNumber: true } })).map((a) => [a.id, a]),
  );
  const locations = new Map((await tx.location.findMany({ where: { businessId: ctx.businessId } })).map((l) => [l.id, l]));
  const frozen = rows.map((r) => {
    const quote = r.chosen as CarrierQuote | null;
    if (!quote) throw new AppError("rateStale", `row ${r.id} has no chosen quote`);
    const location = locations.get(r.draft.locationId ?? "");
    if (!location) throw new AppError("batchInvalid", `row ${r.id} lost its location`, undefined, { count: 1 });
    const sender = senderAddress(location, business.name);
    const own = quote.accountId ? carrierAccounts.get(quote.accountId) : undefined;
    const carrier = quote.carrier ?? "reference";
    // The reference carrier simulates the contract named in the business's profile.
    const account = own
      ? { customerNumber: own.customerNumber, contractNumber: own.contractNumber }
      : { customerNumber: business.accountNumber, contractNumber: carrier === "reference" ? business.contractNumber : null };
    // The tracking numbers are the carrier's to give, when the label is bought.
    const snapshot: LabelSnapshot = { label: { ...labelRequest({ draft: r.draft, quote, sender, senderTaxIds, account }), trackingNumber: "" }, returnLabel: null, quote };
    // A contract shipment joins its day's group, transmitted at the end of the day (lib/manifests).
    const groupId = account.contractNumber ? shipmentGroupId(ctx.businessId, snapshot.label) : null;
    return { id: r.id, snapshot: JSON.stringify(snapshot), carrier, accountId: quote.accountId ?? null, mode: quote.mode ?? "reference", expected: quote.expectedDeliveryDate, groupId };
  });
  // One statement for every row of the batch.
  await tx.$executeRaw`
    UPDATE "Shipment" AS s SET "labelData" = v.snapshot::jsonb, "carrier" = v.carrier, "carrierAccountId" = v.account, "carrierMode" = v.mode, "expectedDeliveryDate" = v.expected, "groupId" = v.group_id
    FROM unnest(${frozen.map((f) => f.id)}::text[], ${frozen.map((f) => f.snapshot)}::text[], ${frozen.map((f) => f.carrier)}::text[], ${frozen.map((f) => f.accountId)}::text[], ${frozen.map((f) => f.mode)}::text[], ${frozen.map((f) => f.expected)}::text[], ${frozen.map((f) => f.groupId)}::text[]) AS v(id, snapshot, carrier, account, mode, expected, group_id)
    WHERE s."id" = v.id AND s."businessId" = ${ctx.businessId} AND s."batchId" = ${batch.id}`;

  for (const r of rows) {
    if (!r.draft.saveContact || r.draft.contactId) continue;
    const c = r.draft.recipient;
    const fields = { name: c.name, company: c.company, line1: c.line1, line2: c.line2, city: c.city, province: c.province, postalCode: c.postalCode, country: c.country, phone: c.phone, email: c.email, taxId: c.taxId };
    const contact = await tx.contact.create({ data: { businessId: ctx.businessId, ...fields, searchText: contactSearchText(fields) }, select: { id: true } });
    await tx.shipment.update({ where: { id: r.id }, data: { contactId: contact.id } });
  }
  await tx.batch.update({ where: { id: batch.id }, data: { status: "PAID", paymentMethod: payment.method, totalCents: payment.totalCents, paidAt: payment.now, paidById: payment.paidById, labelsError: null } });
  await recordAudit(tx, ctx, { action: "batch.paid", entityType: "Batch", entityId: batch.id, details: { number: batch.number, method: payment.method, totalCents: payment.totalCents, shipments: rows.length } });
  // Committed with the payment: the labels follow even if this process dies right after the commit.
  await sendJobInTransaction(tx, "purchase", { businessId: ctx.businessId, batchId: batch.id });
}
