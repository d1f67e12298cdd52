/**
 * The shipments history: issued shipments (drafts live in their batch), newest first, with search
 * (tracking number, reference, recipient, postal code: a trigram index keeps it fast) and filters
 * (date range, status, service, location, batch). Tenant-scoped.
 */
import type { Prisma } from "@/lib/db/client";
import { searchTerms } from "@/lib/contacts/search-text";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { SHIPMENTS_PAGE_SIZE, type ShipmentQuery } from "./list-schema";

/** Dates are calendar days in Eastern time (Canada Post's), inclusive. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00-05:00`);
}

export function shipmentWhere(ctx: TenantContext, q: ShipmentQuery): Prisma.ShipmentWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (q.from) createdAt.gte = dayStart(q.from);
  if (q.to) createdAt.lt = new Date(dayStart(q.to).getTime() + 86_400_000);
  return {
    businessId: ctx.businessId,
    // Issued shipments only (drafts live in their batch): they are the ones with a label date.
    labelledAt: { not: null, ...createdAt },
    ...(q.status === "LABELLED" || q.status === "VOIDED" ? { status: q.status } : q.status ? { status: "LABELLED", trackingStatus: q.status } : {}),
    AND: searchTerms(q.q).map((term) => ({ searchText: { contains: term } })),
    ...(q.service ? { serviceCode: q.service } : {}),
    ...(q.location ? { locationId: q.location } : {}),
    ...(q.batch ? { batch: { number: q.batch } } : {}),
  };
}

const LIST_SELECT = {
  id: true,
  status: true,
  trackingStatus: true,
  trackingNumber: true,
  serviceCode: true,
  recipientName: true,
  recipientCompany: true,
  recipientCity: true,
  recipientProvince: true,
  recipientPostalCode: true,
  recipientCountry: true,
  reference1: true,
  reference2: true,
  rateCents: true,
  labelledAt: true,
  locationId: true,
  batch: { select: { id: true, number: true } },
} satisfies Prisma.ShipmentSelect;

/**
 * Counting every match of a broad search over 100,000 shipments costs more than the page itself:
 * the list counts up to this many and then says "1,000+" (the export has them all).
 */
export const COUNT_CAP = 1_000;

export async function listShipments(ctx: TenantContext, q: ShipmentQuery) {
  return withTenant(ctx, async (tx) => {
    const where = shipmentWhere(ctx, q);
    const rows = await tx.shipment.findMany({ where, orderBy: [{ labelledAt: "desc" }, { id: "desc" }], skip: (q.page - 1) * SHIPMENTS_PAGE_SIZE, take: SHIPMENTS_PAGE_SIZE, select: LIST_SELECT });
    const counted = (await tx.shipment.findMany({ where, select: { id: true }, take: COUNT_CAP + 1 })).length;
    const capped = counted > COUNT_CAP;
    const total = Math.min(counted, COUNT_CAP);
    return { rows, total, capped, page: q.page, pages: Math.max(1, Math.ceil(total / SHIPMENTS_PAGE_SIZE)) };
  });
}

/** Every shipment matching the filters, for the CSV export (newest first, at most 100,000). */
export async function exportShipments(ctx: TenantContext, q: ShipmentQuery) {
  return withTenant(ctx, (tx) => tx.shipment.findMany({ where: shipmentWhere(ctx, q), orderBy: [{ labelledAt: "desc" }, { id: "desc" }], take: 100_000, select: LIST_SELECT }), { timeoutMs: 30_000 });
}

/** One shipment with everything about it. Null when it is not this business's (or not issued). */
export async function getShipment(ctx: TenantContext, id: string) {
  return withTenant(ctx, (tx) =>
    tx.shipment.findFirst({
      where: { id, businessId: ctx.businessId },
      include: {
        batch: { select: { id: true, number: true, paymentMethod: true, status: true } },
        transactions: { select: { type: true, amountCents: true, createdAt: true } },
        refund: { select: { status: true, amountCents: true, createdAt: true } },
        trackingEvents: { orderBy: { occurredAt: "desc" }, select: { occurredAt: true, place: true, descriptionEn: true, descriptionFr: true, signatory: true } },
      },
    }),
  );
}
