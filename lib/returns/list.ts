/**
 * The business's Returns list: every return, newest first, with its outbound shipment's order
 * number and tracking number; filtered by status and searched by return number, order number,
 * customer email or tracking number; one page at a time. Tenant-scoped (businessId in every where,
 * row-level security behind it).
 */
import type { Prisma } from "@/lib/db/client";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { RETURNS_PAGE_SIZE, type ReturnQuery } from "./list-schema";

export const RETURN_LIST_SELECT = {
  id: true,
  number: true,
  status: true,
  source: true,
  reason: true,
  note: true,
  items: true,
  customerEmail: true,
  trackingNumber: true,
  estimatedCents: true,
  chargedCents: true,
  refusedReason: true,
  requestedAt: true,
  decidedAt: true,
  issuedAt: true,
  scannedAt: true,
  arrivedAt: true,
  cancelledAt: true,
  createdAt: true,
  shipment: { select: { id: true, trackingNumber: true, reference1: true, recipientName: true } },
} satisfies Prisma.ReturnSelect;

function whereOf(ctx: TenantContext, q: ReturnQuery): Prisma.ReturnWhereInput {
  const where: Prisma.ReturnWhereInput = { businessId: ctx.businessId };
  if (q.status === "waiting") where.status = "REQUESTED";
  else if (q.status) where.status = q.status;
  const term = q.q.trim();
  if (term) {
    const has = { contains: term, mode: "insensitive" as const };
    where.OR = [
      { number: has },
      { customerEmail: has },
      { trackingNumber: { contains: term.replace(/\s+/g, "") } },
      { shipment: { businessId: ctx.businessId, reference1: has } },
      { shipment: { businessId: ctx.businessId, trackingNumber: { contains: term.replace(/\s+/g, "") } } },
    ];
  }
  return where;
}

export async function listReturns(ctx: TenantContext, q: ReturnQuery) {
  return withTenant(ctx, async (tx) => {
    const where = whereOf(ctx, q);
    const rows = await tx.return.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (q.page - 1) * RETURNS_PAGE_SIZE, take: RETURNS_PAGE_SIZE, select: RETURN_LIST_SELECT });
    const total = await tx.return.count({ where });
    const waiting = await tx.return.count({ where: { businessId: ctx.businessId, status: "REQUESTED" } });
    return { rows, total, waiting, page: q.page, pages: Math.max(1, Math.ceil(total / RETURNS_PAGE_SIZE)) };
  });
}

export type ReturnListRow = Awaited<ReturnType<typeof listReturns>>["rows"][number];
