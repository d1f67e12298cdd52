/**
 * The shipments history: issued shipments (drafts live in their batch), newest first, with search
 * (tracking number, reference, recipient, postal code) and filters (date range, status, service,
 * location, batch). Which shipments match is decided by searchShipmentIds (indexed under
 * row-level security); their rows are read here. Tenant-scoped.
 */
import type { Prisma, Tx } from "@/lib/db/client";
import { loadInOrder } from "@/lib/db/load-in-order";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { SHIPMENTS_PAGE_SIZE, type ShipmentQuery } from "./list-schema";
import { searchShipmentIds } from "./shipment-search";

/** What the list and the export show of a shipment. */
export const LIST_SELECT = {
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

/** The most shipments one CSV export holds. */
export const EXPORT_MAX = 100_000;

async function loadListRows(tx: Tx, ctx: TenantContext, ids: string[]) {
  return loadInOrder(ids, (chunk) => tx.shipment.findMany({ where: { id: { in: chunk }, businessId: ctx.businessId }, select: LIST_SELECT }));
}

export async function listShipments(ctx: TenantContext, q: ShipmentQuery) {
  return withTenant(ctx, async (tx) => {
    const { ids, matched } = await searchShipmentIds(tx, q, { skip: (q.page - 1) * SHIPMENTS_PAGE_SIZE, take: SHIPMENTS_PAGE_SIZE, countCap: COUNT_CAP });
    const rows = await loadListRows(tx, ctx, ids);
    const capped = matched > COUNT_CAP;
    const total = Math.min(matched, COUNT_CAP);
    return { rows, total, capped, page: q.page, pages: Math.max(1, Math.ceil(total / SHIPMENTS_PAGE_SIZE)) };
  });
}

/** Every shipment matching the filters, for the CSV export (newest first, at most EXPORT_MAX). */
export async function exportShipments(ctx: TenantContext, q: ShipmentQuery) {
  return withTenant(
    ctx,
    async (tx) => {
      const { ids } = await searchShipmentIds(tx, q, { skip: 0, take: EXPORT_MAX, countCap: EXPORT_MAX });
      return loadListRows(tx, ctx, ids);
    },
    { timeoutMs: 30_000 },
  );
}

/** One shipment with everything about it. Null when it is not this business's (or not issued). */
export async function getShipment(ctx: TenantContext, id: string) {
  return withTenant(ctx, (tx) =>
    tx.shipment.findFirst({
      where: { id, businessId: ctx.businessId },
      include: {
        batch: { select: { id: true, number: true, paymentMethod: true, status: true } },
        manifest: { select: { id: true, number: true } },
        transactions: { select: { type: true, amountCents: true, createdAt: true } },
        refund: { select: { status: true, amountCents: true, createdAt: true } },
        trackingEvents: { orderBy: { occurredAt: "desc" }, select: { occurredAt: true, place: true, descriptionEn: true, descriptionFr: true, signatory: true } },
      },
    }),
  );
}
