/** The business's batches, newest first, with their row counts. Tenant-scoped. */
import { withTenant, type TenantContext } from "@/lib/tenancy/context";

export async function listBatches(ctx: TenantContext, page = 1, perPage = 50) {
  return withTenant(ctx, async (tx) => {
    const where = { businessId: ctx.businessId };
    // One connection per transaction: the queries run one after the other.
    const rows = await tx.batch.findMany({ where, orderBy: { number: "desc" }, skip: (page - 1) * perPage, take: perPage, include: { _count: { select: { shipments: true } } } });
    const total = await tx.batch.count({ where });
    return { rows: rows.map((b) => ({ id: b.id, number: b.number, status: b.status, shipments: b._count.shipments, totalCents: b.totalCents, createdAt: b.createdAt, paidAt: b.paidAt })), total, pages: Math.max(1, Math.ceil(total / perPage)) };
  });
}
