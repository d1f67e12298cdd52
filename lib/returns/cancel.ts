/**
 * Cancelling a return label the customer has not used: the carrier that issued it is asked first
 * (the reference carrier refuses once it has scanned the parcel; Canada Post's authorized returns
 * have no cancel, nothing being charged before a scan), then the row goes CANCELLED, its link shows
 * no label and the tracking refresh no longer follows it. Nothing was charged (paid when used), so
 * nothing comes back. Only an ISSUED return moves, by one transaction.
 */
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import { AppError, FieldsError } from "@/lib/errors";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";

const notCancellable = () => new FieldsError("returns.errors", { status: { code: "notCancellable" } });

export async function cancelReturn(ctx: TenantContext, returnId: string, now = new Date()): Promise<{ number: string }> {
  const row = await withTenant(ctx, (tx) =>
    tx.return.findFirst({
      where: { id: returnId, businessId: ctx.businessId },
      select: { id: true, number: true, status: true, carrier: true, carrierAccountId: true, carrierShipmentId: true, trackingNumber: true, locale: true, shipment: { select: { id: true, trackingNumber: true } } },
    }),
  );
  if (!row) throw new AppError("notFound", `return ${returnId}`);
  if (row.status !== "ISSUED" || !row.trackingNumber) throw notCancellable();

  const connector = await connectorFor(ctx, carrierOf(row.carrier), { accountId: row.carrierAccountId, locale: row.locale, now });
  if (connector.cancelReturnLabel) {
    const answer = await connector.cancelReturnLabel({ trackingNumber: row.trackingNumber, carrierShipmentId: row.carrierShipmentId });
    if (!answer.data) {
      const problem = answer.messages[0]?.problem;
      if (problem?.code === "returnAlreadyScanned") throw new FieldsError("rating.problems", { status: { code: problem.code } });
      throw new AppError("carrierUnavailable", `cancel return ${row.id}: ${answer.messages.map((m) => m.detail ?? m.problem.code).join("; ")}`);
    }
  }

  await withTenant(ctx, async (tx) => {
    const moved = await tx.return.updateMany({ where: { id: row.id, businessId: ctx.businessId, status: "ISSUED" }, data: { status: "CANCELLED", cancelledAt: now } });
    if (moved.count !== 1) throw notCancellable();
    await recordAudit(tx, ctx, { action: "return.cancelled", entityType: "return", entityId: row.id, details: { number: row.number, shipmentId: row.shipment.id, trackingNumber: row.shipment.trackingNumber ?? "", returnTrackingNumber: row.trackingNumber } });
  });
  return { number: row.number };
}
