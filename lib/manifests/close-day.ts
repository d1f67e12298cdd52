/**
 * End of the day for contract shipments: the groups of a ship-from location's labels not yet
 * transmitted are sent to the carrier that issued them, which answers with the manifest(s) to hand
 * over with the parcels; each is stored with its PDF and the shipments it covers. After
 * transmission a void is a refund request (the carrier's answer, see lib/shipments/void-shipment.ts).
 * Tenant-scoped.
 *
 * No transaction stays open while the carrier answers: a short one (under the business's close
 * lock) claims the pending labels with the close's token, the carrier is called, and one short
 * transaction per transmit records its manifests and marks its labels transmitted. One close at a
 * time per business (a close finds another's fresh claim and stops), and a label is on one manifest
 * (only the close holding its claim transmits it). A failure releases what is not recorded, for the
 * next close; a claim left by a close that died is taken over once stale (Canada Post's transmit
 * finds a transmit that went through by its key, lib/carriers/canadapost/transmit.ts).
 */
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import type { Prisma, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localDay } from "@/lib/manifests/local-day";
import type { TransmittedManifest } from "@/lib/carriers/types";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { readInTenant, withTenant, type TenantContext } from "@/lib/tenancy/context";

/** A ship-from location's contract labels waiting to be transmitted. */
export interface PendingLocation {
  locationId: string | null;
  name: string;
  count: number;
  weightGrams: number;
}

const PENDING = { status: "LABELLED" as const, groupId: { not: null }, transmittedAt: null };

/** Whether the business ships under a contract (its profile, or a Canada Post account with one): only then are there manifests. */
export async function shipsUnderContract(ctx: TenantContext): Promise<boolean> {
  const [business, accounts, grouped] = await Promise.all([
    readInTenant(ctx, (db) => db.business.findUnique({ where: { id: ctx.businessId }, select: { contractNumber: true } })),
    readInTenant(ctx, (db) => db.carrierAccount.count({ where: { businessId: ctx.businessId, contractNumber: { not: null } } })),
    readInTenant(ctx, (db) => db.shipment.count({ where: { businessId: ctx.businessId, groupId: { not: null } } })),
  ]);
  return Boolean(business?.contractNumber) || accounts > 0 || grouped > 0;
}

/** Each location's labels waiting for "Close the day", by location name. */
export async function pendingByLocation(ctx: TenantContext): Promise<PendingLocation[]> {
  const [groups, locations] = await Promise.all([
    readInTenant(ctx, (db) => db.shipment.groupBy({ by: ["locationId"], where: { businessId: ctx.businessId, ...PENDING }, _count: { _all: true }, _sum: { weightGrams: true } })),
    readInTenant(ctx, (db) => db.location.findMany({ where: { businessId: ctx.businessId }, select: { id: true, label: true } })),
  ]);
  const names = new Map(locations.map((l) => [l.id, l.label]));
  return groups
    .map((g) => ({ locationId: g.locationId, name: (g.locationId && names.get(g.locationId)) || "", count: g._count._all, weightGrams: g._sum.weightGrams ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function lockClosing(tx: Tx, businessId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`manifest:${businessId}`}))`;
}

/** A claim older than this belongs to a close that died: another close may take its labels. */
export const CLAIM_STALE_MS = 10 * 60_000;

/**
 * The scheduled close's claim on a location's day, under the close's lock: false when it already
 * ran today. Released again when the close fails (the next run tries again).
 */
async function claimScheduledDay(tx: Tx, businessId: string, locationId: string, day: string): Promise<boolean> {
  const claimed = await tx.$executeRaw`UPDATE "Location" SET "autoClosedOn" = ${day} WHERE "id" = ${locationId} AND "businessId" = ${businessId} AND "autoClosedOn" IS DISTINCT FROM ${day}`;
  return claimed === 1;
}

export interface CloseOptions {
  now?: Date;
  locale?: "en" | "fr";
  /** The scheduled close (lib/manifests/scheduled-close.ts): once per location and local day, nothing when it already ran or another close is under way. */
  scheduled?: boolean;
}

type Made = { id: string; number: string; shipmentCount: number };

const SHIPMENT_FIELDS = { id: true, locationId: true, groupId: true, carrier: true, carrierAccountId: true, carrierMode: true, trackingNumber: true, serviceCode: true, weightGrams: true, rateCents: true, labelData: true } as const;
type Pending = Prisma.ShipmentGetPayload<{ select: typeof SHIPMENT_FIELDS }>;

interface Claimed {
  business: { name: string; accountNumber: string | null; contractNumber: string | null };
  locale: "en" | "fr";
  shipments: Pending[];
  /** The scheduled close: the location's day before this close claimed it (restored on failure). */
  previousDay: string | null;
}

/** The first short transaction: the day (scheduled), then the pending labels under the close's token. Null: nothing to do now. */
async function claimPending(ctx: TenantContext, locationId: string | null, token: string, now: Date, options: CloseOptions): Promise<Claimed | null> {
  return withTenant(ctx, async (tx) => {
    await lockClosing(tx, ctx.businessId);
    const location = locationId ? await tx.location.findFirst({ where: { id: locationId, businessId: ctx.businessId }, select: { autoClosedOn: true } }) : null;
    if (locationId && !location) throw new AppError("notFound", `location ${locationId} is not the business's`);
    const fresh = new Date(now.getTime() - CLAIM_STALE_MS);
    if (await tx.shipment.count({ where: { businessId: ctx.businessId, ...PENDING, transmitClaim: { not: null }, transmitClaimedAt: { gt: fresh } } })) {
      // Another close is transmitting: the scheduled close tries again at its next run.
      if (options.scheduled) return null;
      throw new AppError("closeInProgress", "another close of the day is transmitting");
    }
    if (options.scheduled && (!locationId || !(await claimScheduledDay(tx, ctx.businessId, locationId, localDay(now))))) return null;
    const [business, settings, shipments] = await Promise.all([
      tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, accountNumber: true, contractNumber: true } }),
      tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { locale: true } }),
      tx.shipment.findMany({ where: { businessId: ctx.businessId, ...PENDING, ...(locationId ? { locationId } : {}) }, orderBy: { labelledAt: "asc" }, select: SHIPMENT_FIELDS }),
    ]);
    if (shipments.length > 0) {
      await tx.shipment.updateMany({ where: { businessId: ctx.businessId, id: { in: shipments.map((s) => s.id) }, transmittedAt: null }, data: { transmitClaim: token, transmitClaimedAt: now } });
    }
    const locale = options.locale ?? (settings?.locale === "fr" ? "fr" : "en");
    return { business, locale, shipments, previousDay: location?.autoClosedOn ?? null };
  });
}

/** What the close did not record goes back to pending (and the scheduled close's day to the next run). */
async function release(ctx: TenantContext, token: string, locationId: string | null, now: Date, claimed: Claimed, options: CloseOptions) {
  await withTenant(ctx, async (tx) => {
    await tx.shipment.updateMany({ where: { businessId: ctx.businessId, transmitClaim: token }, data: { transmitClaim: null, transmitClaimedAt: null } });
    if (options.scheduled && locationId) await tx.location.updateMany({ where: { id: locationId, businessId: ctx.businessId, autoClosedOn: localDay(now) }, data: { autoClosedOn: claimed.previousDay } });
  });
}

/** The second short transaction, per transmit: its manifests, and its labels transmitted. */
async function recordManifests(ctx: TenantContext & { userId?: string | null }, set: Pending[], groupIds: string[], manifests: TransmittedManifest[], token: string, now: Date, options: CloseOptions): Promise<Made[]> {
  const first = set[0]!;
  return withTenant(ctx, async (tx) => {
    const made: Made[] = [];
    for (const manifest of manifests) {
      // The parcels it covers: those the carrier names, else every parcel of the set.
      const covered = manifest.trackingNumbers.length > 0 ? set.filter((s) => manifest.trackingNumbers.includes(s.trackingNumber!)) : set;
      const row = await tx.manifest.create({
        data: {
          businessId: ctx.businessId,
          number: manifest.number,
          carrier: carrierOf(first.carrier),
          carrierAccountId: first.carrierAccountId,
          carrierMode: first.carrierMode ?? "reference",
          carrierManifestId: manifest.manifestId,
          locationId: first.locationId,
          groupIds,
          date: localDay(now),
          shipmentCount: covered.length,
          totalWeightGrams: covered.reduce((sum, s) => sum + (s.weightGrams ?? 0), 0),
          totalCents: manifest.totalCents,
          pdf: Buffer.from(manifest.document.pdf),
          createdById: ctx.userId ?? null,
        },
        select: { id: true, number: true },
      });
      await tx.shipment.updateMany({ where: { businessId: ctx.businessId, id: { in: covered.map((s) => s.id) }, transmitClaim: token }, data: { transmittedAt: now, manifestId: row.id, transmitClaim: null, transmitClaimedAt: null } });
      await recordAudit(tx, ctx, { action: "manifest.created", entityType: "Manifest", entityId: row.id, details: { number: row.number, count: covered.length, ...(options.scheduled ? { scheduled: true } : {}) } });
      made.push({ ...row, shipmentCount: covered.length });
    }
    // Transmitted groups are closed even for a parcel the carrier left off its manifest.
    await tx.shipment.updateMany({ where: { businessId: ctx.businessId, id: { in: set.map((s) => s.id) }, transmitClaim: token }, data: { transmittedAt: now, transmitClaim: null, transmitClaimedAt: null } });
    return made;
  });
}

/**
 * Transmits the pending labels of one location (or every location, `locationId` null) and stores
 * the manifests. Returns them (none when nothing was pending). A carrier's refusal is an AppError
 * with its words; the labels it did not transmit stay pending then.
 */
export async function closeTheDay(ctx: TenantContext & { userId?: string | null }, locationId: string | null, options: CloseOptions = {}): Promise<Made[]> {
  const now = options.now ?? new Date();
  const token = randomUUID();
  const claimed = await claimPending(ctx, locationId, token, now, options);
  if (!claimed || claimed.shipments.length === 0) return [];
  const { business, locale } = claimed;
  // One transmit per location and carrier account (each makes its own manifest).
  const sets = new Map<string, Pending[]>();
  for (const s of claimed.shipments) {
    const key = `${s.locationId}|${s.carrier}|${s.carrierAccountId ?? ""}`;
    sets.set(key, [...(sets.get(key) ?? []), s]);
  }
  const made: Made[] = [];
  try {
    for (const set of sets.values()) {
      const first = set[0]!;
      const label = (first.labelData as unknown as LabelSnapshot).label;
      const connector = await connectorFor(ctx, carrierOf(first.carrier), { accountId: first.carrierAccountId, locale });
      if (!connector.transmit) throw new AppError("manifestsUnavailable", `carrier ${first.carrier} does not transmit`);
      const groupIds = [...new Set(set.map((s) => s.groupId!))];
      const sender = label.sender;
      const answer = await connector.transmit(
        {
          groupIds,
          shippingPointPostalCode: (sender.postalCode ?? "").replace(/\s/g, "").toUpperCase(),
          manifestAddress: { name: sender.name, company: sender.company ?? business.name, phone: sender.phone ?? null, line1: sender.line1, line2: sender.line2 ?? null, city: sender.city, province: sender.province ?? "", postalCode: sender.postalCode ?? "" },
          customerNumber: label.customerNumber ?? business.accountNumber,
          contractNumber: label.contractNumber ?? business.contractNumber,
          shipments: set.map((s) => ({ trackingNumber: s.trackingNumber!, serviceCode: s.serviceCode ?? "", weightGrams: s.weightGrams ?? 0, priceCents: s.rateCents ?? 0 })),
          locale,
        },
        now,
      );
      if (!answer.data) {
        const m = answer.messages[0];
        throw new AppError("manifestRefused", m?.detail ?? "the carrier did not transmit", undefined, { reason: m?.text ?? "" });
      }
      made.push(...(await recordManifests(ctx, set, groupIds, answer.data, token, now, options)));
    }
  } catch (e) {
    await release(ctx, token, locationId, now, claimed, options);
    throw e;
  }
  return made;
}
