/** A business's manifests: listed and searched (date range, location, number), one with its shipments, its PDF. Tenant-scoped reads. */
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";

export interface ManifestFilter {
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  locationId?: string;
  /** Part of the manifest number. */
  number?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function listManifests(ctx: TenantContext, filter: ManifestFilter = {}, take = 100) {
  const date = {
    ...(filter.from && DAY.test(filter.from) ? { gte: filter.from } : {}),
    ...(filter.to && DAY.test(filter.to) ? { lte: filter.to } : {}),
  };
  return readInTenant(ctx, (db) =>
    db.manifest.findMany({
      where: {
        businessId: ctx.businessId,
        ...(Object.keys(date).length ? { date } : {}),
        ...(filter.locationId ? { locationId: filter.locationId } : {}),
        ...(filter.number?.trim() ? { number: { contains: filter.number.replace(/\s/g, "") } } : {}),
      },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, number: true, date: true, carrier: true, carrierMode: true, locationId: true, shipmentCount: true, totalWeightGrams: true, totalCents: true, createdAt: true, createdById: true },
    }),
  );
}

/** Who closed the days of these manifests: member names by user id (a manifest without one was made by the scheduled close). */
export async function closedByNames(ctx: TenantContext, manifests: { createdById: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(manifests.map((m) => m.createdById).filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const members = await readInTenant(ctx, (db) => db.membership.findMany({ where: { businessId: ctx.businessId, userId: { in: ids } }, select: { userId: true, user: { select: { name: true, email: true } } } }));
  return new Map(members.map((m) => [m.userId, m.user.name || m.user.email]));
}

export function getManifest(ctx: TenantContext, id: string) {
  return readInTenant(ctx, (db) =>
    db.manifest.findFirst({
      where: { id, businessId: ctx.businessId },
      select: {
        id: true, number: true, date: true, carrier: true, carrierMode: true, locationId: true, shipmentCount: true, totalWeightGrams: true, totalCents: true, createdAt: true,
        shipments: { orderBy: { labelledAt: "asc" }, select: { id: true, trackingNumber: true, serviceCode: true, weightGrams: true, rateCents: true, recipientName: true, recipientCompany: true, recipientCity: true, status: true } },
      },
    }),
  );
}

export async function manifestPdf(ctx: TenantContext, id: string): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const found = await readInTenant(ctx, (db) => db.manifest.findFirst({ where: { id, businessId: ctx.businessId }, select: { number: true, pdf: true } }));
  return found ? { bytes: found.pdf, fileName: `manifest-${found.number}.pdf` } : null;
}
