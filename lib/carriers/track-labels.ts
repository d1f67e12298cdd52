/**
 * Tracking a business's return labels (returns and open returns) the way the tracking job does for
 * shipments: the numbers grouped by the carrier account that issued them, one track call per group;
 * a carrier that fails is logged and skipped (the next run tries again). For each label the carrier
 * has scanned: when it was first scanned and, when delivered, when.
 */
import { carrierOf, connectorFor } from "./registry";
import type { CarrierId, ShipmentTracking } from "./types";
import type { TenantContext } from "@/lib/tenancy/context";

const SCANNED = new Set(["IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "READY_FOR_PICKUP", "EXCEPTION", "RETURNED"]);

export interface TrackedLabel {
  trackingNumber: string;
  carrier: string | null;
  carrierAccountId: string | null;
}

export interface LabelScan {
  firstScannedAt: Date;
  deliveredAt: Date | null;
}

export async function scannedLabels(ctx: TenantContext, labels: readonly TrackedLabel[], now: Date, logTag: string): Promise<Map<string, LabelScan>> {
  const groups = new Map<string, { carrier: CarrierId; accountId: string | null; numbers: string[] }>();
  for (const l of labels) {
    const carrier = carrierOf(l.carrier);
    const key = `${carrier}:${l.carrierAccountId ?? ""}`;
    const g = groups.get(key) ?? { carrier, accountId: l.carrierAccountId, numbers: [] };
    g.numbers.push(l.trackingNumber);
    groups.set(key, g);
  }
  const scans = new Map<string, LabelScan>();
  for (const g of groups.values()) {
    let tracked: ShipmentTracking[] = [];
    try {
      const connector = await connectorFor(ctx, g.carrier, { now, accountId: g.accountId });
      if (!connector.track) continue;
      tracked = (await connector.track(g.numbers)).data ?? [];
    } catch (e) {
      console.error(`[${logTag}] ${g.carrier}: ${e instanceof Error ? e.message : String(e)}`);
    }
    for (const t of tracked) {
      if (!SCANNED.has(t.status)) continue;
      const first = t.events.find((e) => SCANNED.has(e.status));
      const delivered = t.status === "DELIVERED" ? (t.events.findLast((e) => e.status === "DELIVERED")?.occurredAt ?? now.toISOString()) : null;
      scans.set(t.trackingNumber, { firstScannedAt: first ? new Date(first.occurredAt) : now, deliveredAt: delivered ? new Date(delivered) : null });
    }
  }
  return scans;
}
