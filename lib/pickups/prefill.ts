/** What a pickup form starts with: the default location's contact, and a paid batch's parcels. Tenant-scoped. */
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { PICKUP_LIMITS } from "@/lib/carriers/pickup-rules";

export async function batchParcels(ctx: TenantContext, batchId: string): Promise<{ parcels: number; totalWeightGrams: number; heavy: boolean; locationId: string | null } | null> {
  const shipments = await withTenant(ctx, (tx) => tx.shipment.findMany({ where: { batchId, businessId: ctx.businessId, status: "LABELLED" }, select: { weightGrams: true, locationId: true } }));
  if (shipments.length === 0) return null;
  const weights = shipments.map((s) => s.weightGrams ?? 0);
  return {
    parcels: shipments.length,
    totalWeightGrams: weights.reduce((a, b) => a + b, 0),
    heavy: weights.some((w) => w > PICKUP_LIMITS.heavyKg * 1000),
    locationId: shipments[0]!.locationId,
  };
}
