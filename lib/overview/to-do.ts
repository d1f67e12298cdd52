/**
 * What a shipper has to do now, for the overview: batches to finish, labels to print, today's
 * pickups, and parcels whose tracking reports a problem or a return. Tenant-scoped.
 */
import { postalCodeTimeZone } from "@/lib/rating/places";
import { addDays } from "@/lib/rating/calendar/dates";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { localToday, OVERVIEW_TIME_ZONE } from "./weeks";

/** How many of each kind the overview lists (each list links to the whole). */
export const TO_DO_LIMIT = 5;

/**
 * Labels are not marked as printed: a batch whose labels were issued in the last days is one the
 * shipper is likely still printing and packing.
 */
export const PRINT_WINDOW_DAYS = 7;

/** Tracking statuses that need the shipper: a delivery problem, or the parcel coming back. */
export const PROBLEM_STATUSES = ["EXCEPTION", "RETURNED"] as const;

export async function shipperToDo(ctx: TenantContext, now = new Date()) {
  const today = localToday(now);
  return withTenant(ctx, async (tx) => {
    const businessId = ctx.businessId;
    // One connection per transaction: the queries run one after the other.
    const drafts = await tx.batch.findMany({
      where: { businessId, status: { in: ["DRAFT", "PAYING"] } },
      orderBy: { updatedAt: "desc" },
      take: TO_DO_LIMIT,
      select: { id: true, number: true, status: true, updatedAt: true, _count: { select: { shipments: true } } },
    });
    const draftCount = await tx.batch.count({ where: { businessId, status: { in: ["DRAFT", "PAYING"] } } });
    const toPrint = await tx.batch.findMany({
      where: { businessId, OR: [{ status: "PAID" }, { status: "LABELLED", labelledAt: { gte: new Date(now.getTime() - PRINT_WINDOW_DAYS * 86_400_000) } }] },
      orderBy: [{ labelledAt: { sort: "desc", nulls: "first" } }, { number: "desc" }],
      take: TO_DO_LIMIT,
      select: { id: true, number: true, status: true, labelledAt: true, _count: { select: { shipments: { where: { status: "LABELLED" } } } } },
    });
    // A pickup's date is local to its address: a day either side of Toronto's, then each on its own clock.
    const nearPickups = await tx.pickup.findMany({
      where: { businessId, status: "SCHEDULED", date: { gte: addDays(today, -1), lte: addDays(today, 1) } },
      orderBy: [{ date: "asc" }, { readyTime: "asc" }],
      select: { id: true, confirmationNumber: true, date: true, readyTime: true, closingTime: true, parcels: true, line1: true, city: true, postalCode: true },
    });
    const problemWhere = { businessId, status: "LABELLED" as const, trackingStatus: { in: [...PROBLEM_STATUSES] } };
    const problems = await tx.shipment.findMany({
      where: problemWhere,
      orderBy: [{ trackedAt: { sort: "desc", nulls: "last" } }, { labelledAt: "desc" }],
      take: TO_DO_LIMIT,
      select: { id: true, trackingNumber: true, trackingStatus: true, recipientName: true, recipientCompany: true, recipientCity: true },
    });
    const problemCount = await tx.shipment.count({ where: problemWhere });
    return {
      drafts: drafts.map((b) => ({ id: b.id, number: b.number, status: b.status, rows: b._count.shipments, updatedAt: b.updatedAt })),
      draftCount,
      toPrint: toPrint.map((b) => ({ id: b.id, number: b.number, status: b.status, labels: b._count.shipments, labelledAt: b.labelledAt })),
      pickupsToday: nearPickups.filter((p) => localToday(now, postalCodeTimeZone(p.postalCode) ?? OVERVIEW_TIME_ZONE) === p.date),
      problems,
      problemCount,
    };
  });
}

export type ShipperToDo = Awaited<ReturnType<typeof shipperToDo>>;
