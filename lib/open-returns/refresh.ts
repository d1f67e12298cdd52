/**
 * Open return labels seen by the tracking refresh: each label not yet arrived is asked of the
 * carrier (and account) of its template; its first scan counts one use and is charged once
 * (recordOpenReturnScan), its delivery records its arrival. Running it again changes nothing.
 */
import { recordAudit } from "@/lib/audit/record";
import { scannedLabels } from "@/lib/carriers/track-labels";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { recordOpenReturnScan } from "./scan";

/** A label unused this long is no longer asked about (customers mail returns within months). */
const TRACKED_DAYS = 400;

export async function refreshOpenReturns(ctx: TenantContext, options: { now?: Date } = {}): Promise<{ scanned: number; arrived: number }> {
  const now = options.now ?? new Date();
  const active = await withTenant(ctx, (tx) =>
    tx.openReturnLabel.findMany({
      where: { businessId: ctx.businessId, arrivedAt: null, issuedAt: { gt: new Date(now.getTime() - TRACKED_DAYS * 86_400_000) } },
      select: { trackingNumber: true, openReturnId: true, openReturn: { select: { carrier: true, carrierAccountId: true } } },
      orderBy: { issuedAt: "asc" },
      take: 500,
    }),
  );
  if (active.length === 0) return { scanned: 0, arrived: 0 };
  const scans = await scannedLabels(ctx, active.map((l) => ({ trackingNumber: l.trackingNumber, carrier: l.openReturn.carrier, carrierAccountId: l.openReturn.carrierAccountId })), now, "open returns");
  let scanned = 0;
  let arrived = 0;
  for (const { trackingNumber, openReturnId } of active) {
    const scan = scans.get(trackingNumber);
    if (!scan) continue;
    const delivered = scan.deliveredAt;
    const outcome = await withTenant(ctx, async (tx) => {
      const result = await recordOpenReturnScan(tx, ctx.businessId, trackingNumber, scan.firstScannedAt, delivered);
      if (result?.counted) {
        await recordAudit(tx, ctx, { action: "openReturn.used", entityType: "openReturn", entityId: openReturnId, details: { trackingNumber, amountCents: result.chargedCents ?? 0 } });
      }
      return result;
    });
    scanned += outcome?.counted ? 1 : 0;
    arrived += delivered ? 1 : 0;
  }
  return { scanned, arrived };
}
