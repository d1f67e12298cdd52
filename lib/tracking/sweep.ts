/** The scheduled sweep: one tracking job per business with tracked parcels on their way. */
import { sendJobSafely } from "@/lib/jobs/queue";
import { UNTRACKED_SERVICE_CODES } from "@/lib/rating/services";
import { unsafeWithTrackingRefresh } from "@/lib/tenancy/context";

/** Cross-business on purpose (see unsafeWithTrackingRefresh): business ids only. */
async function unsafeBusinessesWithActiveShipments(): Promise<string[]> {
  const rows = await unsafeWithTrackingRefresh((tx) =>
    tx.shipment.findMany({ where: { trackingStatus: { notIn: ["DELIVERED", "RETURNED"] }, voidedAt: null, serviceCode: { notIn: UNTRACKED_SERVICE_CODES } }, distinct: ["businessId"], select: { businessId: true } }),
  );
  // Return labels still on their way back (charged at their first scan, ARRIVED when delivered).
  const returns = await unsafeWithTrackingRefresh((tx) => tx.return.findMany({ where: { status: { in: ["ISSUED", "IN_TRANSIT"] } }, distinct: ["businessId"], select: { businessId: true } }));
  // Open return labels not arrived yet (a first scan is a use, charged once).
  const open = await unsafeWithTrackingRefresh((tx) => tx.openReturnLabel.findMany({ where: { arrivedAt: null }, distinct: ["businessId"], select: { businessId: true } }));
  return [...new Set([...rows.map((r) => r.businessId), ...returns.map((r) => r.businessId), ...open.map((r) => r.businessId)])];
}

export async function queueTrackingRefreshes(): Promise<number> {
  const businesses = await unsafeBusinessesWithActiveShipments();
  for (const businessId of businesses) await sendJobSafely("tracking", { businessId }, { singletonKey: businessId });
  return businesses.length;
}
