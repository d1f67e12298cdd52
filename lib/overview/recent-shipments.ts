/** The business's last issued shipments, newest first, for the overview. Tenant-scoped. */
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";

export const RECENT_SHIPMENTS = 8;

export async function recentShipments(ctx: TenantContext, take = RECENT_SHIPMENTS) {
  return readInTenant(ctx, (db) =>
    db.shipment.findMany({
      where: { businessId: ctx.businessId, labelledAt: { not: null } },
      orderBy: { labelledAt: "desc" },
      take,
      select: { id: true, status: true, trackingStatus: true, trackingNumber: true, serviceCode: true, recipientName: true, recipientCompany: true, recipientCity: true, labelledAt: true },
    }),
  );
}
