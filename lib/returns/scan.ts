/**
 * Returns on their way back, seen by the tracking refresh. Paid when used: at the carrier's first
 * scan the return goes IN_TRANSIT and, bought with Envoi's account (the reference carrier or the
 * platform's Canada Post account), its label is charged to the business's account once, as a
 * ledger CHARGE naming the return (unique per return and type, and taken only by the one
 * transaction that moves the row from ISSUED): the carrier has already used the label, so the
 * charge is recorded even over the credit limit (like a pickup fee, it is owed). Bought with the
 * business's own Canada Post account, Canada Post bills the business and Envoi charges nothing;
 * the return of a test label (bought with a test API key) charges nothing either. Delivered back:
 * ARRIVED, and the business's notification addresses are emailed.
 */
import { scannedLabels } from "@/lib/carriers/track-labels";
import { returnRecipients } from "./business-recipients";
import { recordEmails } from "@/lib/email/outbox";
import { lockAccount } from "@/lib/payments/ledger";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { recordAudit } from "@/lib/audit/record";

export async function refreshReturns(ctx: TenantContext, options: { now?: Date } = {}): Promise<{ scanned: number; arrived: number }> {
  const now = options.now ?? new Date();
  const active = await withTenant(ctx, (tx) =>
    tx.return.findMany({
      where: { businessId: ctx.businessId, status: { in: ["ISSUED", "IN_TRANSIT"] }, trackingNumber: { not: null } },
      select: { id: true, trackingNumber: true, carrier: true, carrierAccountId: true },
      take: 500,
    }),
  );
  if (active.length === 0) return { scanned: 0, arrived: 0 };
  const scans = await scannedLabels(ctx, active.map((r) => ({ ...r, trackingNumber: r.trackingNumber! })), now, "returns");
  let scanned = 0;
  let arrived = 0;
  for (const r of active) {
    const scan = scans.get(r.trackingNumber!);
    if (!scan) continue;
    const outcome = await applyTracking(ctx, r.id, scan.deliveredAt !== null, scan.firstScannedAt, now);
    scanned += outcome.scanned ? 1 : 0;
    arrived += outcome.arrived ? 1 : 0;
  }
  return { scanned, arrived };
}

async function applyTracking(ctx: TenantContext, returnId: string, delivered: boolean, scannedAt: Date, now: Date): Promise<{ scanned: boolean; arrived: boolean }> {
  return withTenant(ctx, async (tx) => {
    const ret = await tx.return.findFirst({
      where: { id: returnId, businessId: ctx.businessId },
      select: { id: true, number: true, status: true, estimatedCents: true, carrierAccountId: true, shipmentId: true, shipment: { select: { trackingNumber: true, batch: { select: { paymentMethod: true } } } } },
    });
    if (!ret) return { scanned: false, arrived: false };
    let scanned = false;
    if (ret.status === "ISSUED") {
      // Only the transaction that moves the row from ISSUED charges.
      const moved = await tx.return.updateMany({ where: { id: ret.id, businessId: ctx.businessId, status: "ISSUED" }, data: { status: "IN_TRANSIT", scannedAt } });
      if (moved.count === 1) {
        scanned = true;
        const ownAccount = ret.carrierAccountId !== null;
        // The return of a test label (bought with a test API key) is a test too: never charged.
        const test = ret.shipment.batch.paymentMethod === "TEST";
        const amount = ownAccount || test ? 0 : (ret.estimatedCents ?? 0);
        if (amount > 0) {
          await lockAccount(tx, ctx.businessId);
          await tx.accountTransaction.create({ data: { businessId: ctx.businessId, type: "CHARGE", amountCents: amount, returnId: ret.id, createdById: null } });
        }
        await tx.return.update({ where: { id: ret.id }, data: { chargedCents: amount, chargedAt: now } });
        await recordAudit(tx, ctx, { action: "return.charged", entityType: "return", entityId: ret.id, details: { number: ret.number, shipmentId: ret.shipmentId, trackingNumber: ret.shipment.trackingNumber ?? "", amountCents: amount } });
      }
    }
    if (!delivered) return { scanned, arrived: false };
    const done = await tx.return.updateMany({ where: { id: ret.id, businessId: ctx.businessId, status: "IN_TRANSIT" }, data: { status: "ARRIVED", arrivedAt: now } });
    if (done.count !== 1) return { scanned, arrived: false };
    const business = await returnRecipients(tx, ctx.businessId);
    if (business.to.length) await recordEmails(tx, ctx.businessId, business.to.map((address) => ({ kind: "RETURN_ARRIVED" as const, to: address, locale: business.locale, shipmentId: ret.shipmentId, params: { returnId: ret.id } })));
    return { scanned, arrived: true };
  });
}
