/**
 * The business's decisions on a customer's return request (REQUESTED): approve or refuse it
 * (cancelling an issued label is lib/returns/cancel.ts). Tenant-scoped: another business's return
 * id is "not found". A request is decided once: the first decision moves the row out of REQUESTED
 * in a conditional update, a concurrent or later one gets "returnDecided".
 */
import { recordAudit } from "@/lib/audit/record";
import { AppError, FieldsError } from "@/lib/errors";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { issueRequestedReturn, type IssuedReturn } from "./issue";
import { recordRefusalEmail } from "./request-emails";

export const REFUSAL_MAX = 500;

const alreadyDecided = (returnId: string) => new AppError("returnDecided", `return ${returnId} is no longer waiting for a decision`);

async function statusOf(ctx: TenantContext, returnId: string) {
  const row = await withTenant(ctx, (tx) => tx.return.findFirst({ where: { id: returnId, businessId: ctx.businessId }, select: { status: true } }));
  if (!row) throw new AppError("notFound", `return ${returnId}`);
  return row.status;
}

/** Approves a request: issues its label and emails it to the customer (see issueRequestedReturn). */
export async function approveReturn(ctx: TenantContext, returnId: string, now = new Date()): Promise<IssuedReturn> {
  if ((await statusOf(ctx, returnId)) !== "REQUESTED") throw alreadyDecided(returnId);
  try {
    return await issueRequestedReturn(ctx, returnId, now, { approval: true });
  } catch (e) {
    if (e instanceof FieldsError && e.problems.status?.code === "notRequested") throw alreadyDecided(returnId);
    throw e;
  }
}

/** Refuses a request with an optional reason shown to the customer, and emails them in their language. */
export async function refuseReturn(ctx: TenantContext, returnId: string, reason: string | null, now = new Date()): Promise<{ number: string }> {
  const text = reason?.trim() || null;
  if (text && text.length > REFUSAL_MAX) throw new FieldsError("returns.errors", { refusedReason: { code: "refusalTooLong", values: { max: REFUSAL_MAX } } });
  const decided = await withTenant(ctx, async (tx) => {
    const row = await tx.return.findFirst({ where: { id: returnId, businessId: ctx.businessId }, select: { id: true, number: true, shipmentId: true, customerEmail: true, locale: true, shipment: { select: { trackingNumber: true } } } });
    if (!row) return null;
    const moved = await tx.return.updateMany({ where: { id: row.id, businessId: ctx.businessId, status: "REQUESTED" }, data: { status: "REFUSED", decidedAt: now, decidedById: ctx.userId, refusedReason: text } });
    if (moved.count !== 1) return "decided" as const;
    await recordAudit(tx, ctx, { action: "return.refused", entityType: "return", entityId: row.id, details: { number: row.number, shipmentId: row.shipmentId, trackingNumber: row.shipment.trackingNumber ?? "", reason: text ?? "" } });
    await recordRefusalEmail(tx, ctx.businessId, row, ctx.userId);
    return { number: row.number };
  });
  if (!decided) throw new AppError("notFound", `return ${returnId}`);
  if (decided === "decided") throw alreadyDecided(returnId);
  return decided;
}
