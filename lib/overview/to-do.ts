/**
 * What a shipper has to do now, for the overview: batches to finish, labels to print, today's
 * pickups, and parcels whose tracking reports a problem or a return. Tenant-scoped.
 */
import { postalCodeTimeZone } from "@/lib/rating/places";
import { addDays } from "@/lib/rating/calendar/dates";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";
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
  const businessId = ctx.businessId;
  const draftWhere = { status: { in: ["DRAFT" as const, "PAYING" as const] } };
  const problemWhere = { status: "LABELLED" as const, trackingStatus: { in: [...PROBLEM_STATUSES] } };
  // Two statements, asked together (Prisma joins the relations): everything hangs off the business
  // but the batches to print, a second list of batches.
  const [business, toPrint] = await Promise.all([
    readInTenant(ctx, (db) =>
      db.business.findUniqueOrThrow({
        where: { id: businessId },
        select: {
          batches: {
            where: draftWhere,
            orderBy: { updatedAt: "desc" },
            take: TO_DO_LIMIT,
            select: { id: true, number: true, status: true, updatedAt: true, _count: { select: { shipments: true } } },
          },
          // A pickup's date is local to its address: a day either side of Toronto's, then each on its own clock.
          pickups: {
            where: { status: "SCHEDULED", date: { gte: addDays(today, -1), lte: addDays(today, 1) } },
            orderBy: [{ date: "asc" }, { readyTime: "asc" }],
            select: { id: true, confirmationNumber: true, date: true, readyTime: true, closingTime: true, parcels: true, line1: true, city: true, postalCode: true },
          },
          shipments: {
            where: problemWhere,
            orderBy: [{ trackedAt: { sort: "desc", nulls: "last" } }, { labelledAt: "desc" }],
            take: TO_DO_LIMIT,
            select: { id: true, trackingNumber: true, trackingStatus: true, recipientName: true, recipientCompany: true, recipientCity: true },
          },
          _count: { select: { batches: { where: draftWhere }, shipments: { where: problemWhere } } },
        },
      }),
    ),
    readInTenant(ctx, (db) =>
      db.batch.findMany({
        where: { businessId, OR: [{ status: "PAID" }, { status: "LABELLED", labelledAt: { gte: new Date(now.getTime() - PRINT_WINDOW_DAYS * 86_400_000) } }] },
        orderBy: [{ labelledAt: { sort: "desc", nulls: "first" } }, { number: "desc" }],
        take: TO_DO_LIMIT,
        select: { id: true, number: true, status: true, labelledAt: true, _count: { select: { shipments: { where: { status: "LABELLED" } } } } },
      }),
    ),
  ]);
  return {
    drafts: business.batches.map((b) => ({ id: b.id, number: b.number, status: b.status, rows: b._count.shipments, updatedAt: b.updatedAt })),
    draftCount: business._count.batches,
    toPrint: toPrint.map((b) => ({ id: b.id, number: b.number, status: b.status, labels: b._count.shipments, labelledAt: b.labelledAt })),
    pickupsToday: business.pickups.filter((p) => localToday(now, postalCodeTimeZone(p.postalCode) ?? OVERVIEW_TIME_ZONE) === p.date),
    problems: business.shipments,
    problemCount: business._count.shipments,
  };
}

export type ShipperToDo = Awaited<ReturnType<typeof shipperToDo>>;
