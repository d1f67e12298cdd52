/**
 * Spend and volume by week and service for the overview's charts: the labels bought (not voided)
 * in each of the last weeks, in cents and parcels. Tenant-scoped.
 */
import { Prisma } from "@/lib/db/generated/client";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";
import { lastWeekStarts, OVERVIEW_TIME_ZONE } from "./weeks";

export interface ServiceWeek {
  serviceCode: string;
  parcels: number;
  spendCents: number;
}

export interface WeekTotals {
  /** The Monday that starts the week (YYYY-MM-DD, Toronto). */
  weekStart: string;
  parcels: number;
  spendCents: number;
  /** One entry per service used that week, in the order of `services`. */
  byService: ServiceWeek[];
}

export interface WeeklyTotals {
  weeks: WeekTotals[];
  /** Every service used in these weeks, most parcels first. */
  services: string[];
  parcels: number;
  spendCents: number;
}

interface Row {
  week: string;
  service: string | null;
  parcels: number;
  cents: bigint;
}

/**
 * A label counts in the week it was issued, in Toronto's calendar; a voided or refused one was
 * never spent (a void still being settled is). Weeks without labels are there with zeros.
 */
export async function weeklyTotals(ctx: TenantContext, opts: { weeks: number; now?: Date }): Promise<WeeklyTotals> {
  const starts = lastWeekStarts(opts.now ?? new Date(), opts.weeks);
  // A coarse bound on the stored instant (UTC, without time zone; a day before the first Monday) keeps the index in use.
  const since = new Date(Date.parse(`${starts[0]}T00:00:00Z`) - 86_400_000);
  const rows = await readInTenant(ctx, (db) =>
    db.$queryRaw<Row[]>(Prisma.sql`
      SELECT to_char(date_trunc('week', ("labelledAt" AT TIME ZONE 'UTC') AT TIME ZONE ${OVERVIEW_TIME_ZONE}), 'YYYY-MM-DD') AS week,
             "serviceCode" AS service, count(*)::integer AS parcels, coalesce(sum("rateCents"), 0)::bigint AS cents
        FROM "Shipment"
       WHERE "businessId" = ${ctx.businessId} AND "labelledAt" >= ${since.toISOString().replace("Z", "")}::timestamp AND status IN ('LABELLED', 'VOID_REQUESTED')
       GROUP BY 1, 2`),
  );
  const kept = rows.filter((r) => starts.includes(r.week));
  const perService = new Map<string, number>();
  for (const r of kept) perService.set(r.service ?? "", (perService.get(r.service ?? "") ?? 0) + r.parcels);
  const services = [...perService.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  const weeks = starts.map((weekStart) => {
    const inWeek = kept.filter((r) => r.week === weekStart);
    const byService = services
      .map((serviceCode) => {
        const mine = inWeek.filter((r) => (r.service ?? "") === serviceCode);
        return { serviceCode, parcels: mine.reduce((n, r) => n + r.parcels, 0), spendCents: mine.reduce((n, r) => n + Number(r.cents), 0) };
      })
      .filter((s) => s.parcels > 0);
    return { weekStart, byService, parcels: byService.reduce((n, s) => n + s.parcels, 0), spendCents: byService.reduce((n, s) => n + s.spendCents, 0) };
  });
  return { weeks, services, parcels: weeks.reduce((n, w) => n + w.parcels, 0), spendCents: weeks.reduce((n, w) => n + w.spendCents, 0) };
}
