/**
 * Open return labels seen by the tracking refresh: each label not yet arrived is asked of the
 * carrier (and account) of its template; its first scan counts one use and is charged once
 * (recordOpenReturnScan), its delivery records its arrival. Running it again changes nothing.
 */
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import type { CarrierId, ShipmentTracking } from "@/lib/carriers/types";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { recordOpenReturnScan } from "./scan";

const SCANNED = new Set(["IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "READY_FOR_PICKUP", "EXCEPTION", "RETURNED"]);
/** A label unused this long is no longer asked about (customers mail returns within months). */
const TRACKED_DAYS = 400;

export async function refreshOpenReturns(ctx: TenantContext, options: { now?: Date } = {}): Promise<{ scanned: number; arrived: number }> {
  const now = options.now ?? new Date();
  const active = await withTenant(ctx, (tx) =>
    tx.openReturnLabel.findMany({
      where: { businessId: ctx.businessId, arrivedAt: null, issuedAt: { gt: new Date(now.getTime() - TRACKED_DAYS * 86_400_000) } },
      select: { trackingNumber: true, openReturn: { select: { carrier: true, carrierAccountId: true } } },
      orderBy: { issuedAt: "asc" },
      take: 500,
    }),
  );
  if (active.length === 0) return { scanned: 0, arrived: 0 };
  const groups = new Map<string, { carrier: CarrierId; accountId: string | null; numbers: string[] }>();
  for (const l of active) {
    const carrier = carrierOf(l.openReturn.carrier);
    const key = `${carrier}:${l.openReturn.carrierAccountId ?? ""}`;
    const g = groups.get(key) ?? { carrier, accountId: l.openReturn.carrierAccountId, numbers: [] };
    g.numbers.push(l.trackingNumber);
    groups.set(key, g);
  }
  const tracked = new Map<string, ShipmentTracking>();
  for (const g of groups.values()) {
    try {
      const connector = await connectorFor(ctx, g.carrier, { now, accountId: g.accountId });
      if (!connector.track) continue;
      const result = await connector.track(g.numbers);
      for (const t of result.data ?? []) tracked.set(t.trackingNumber, t);
    } catch (e) {
      console.error(`[open returns] ${g.carrier}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  let scanned = 0;
  let arrived = 0;
  for (const { trackingNumber } of active) {
    const t = tracked.get(trackingNumber);
    if (!t || !SCANNED.has(t.status)) continue;
    const firstScan = t.events.find((e) => SCANNED.has(e.status));
    const delivered = t.status === "DELIVERED" ? (t.events.findLast((e) => e.status === "DELIVERED")?.occurredAt ?? now.toISOString()) : null;
    const outcome = await withTenant(ctx, async (tx) => {
      const result = await recordOpenReturnScan(tx, ctx.businessId, trackingNumber, firstScan ? new Date(firstScan.occurredAt) : now, delivered ? new Date(delivered) : null);
      if (result?.counted) {
        const label = await tx.openReturnLabel.findFirst({ where: { businessId: ctx.businessId, trackingNumber }, select: { openReturnId: true } });
        await recordAudit(tx, ctx, { action: "openReturn.used", entityType: "openReturn", entityId: label?.openReturnId ?? null, details: { trackingNumber, amountCents: result.chargedCents ?? 0 } });
      }
      return result;
    });
    scanned += outcome?.counted ? 1 : 0;
    arrived += delivered ? 1 : 0;
  }
  return { scanned, arrived };
}
