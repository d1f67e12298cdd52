/**
 * Rating a batch's rows: every row that can be rated is priced on the server with the business's
 * price list and carriers, and its quotes are stored with a fingerprint of what they depend on. The
 * amount paid later is the sum of these stored rates, never a price from the browser.
 */
import { Prisma } from "@/lib/db/generated/client";
import { rateWithConnectors } from "@/lib/carriers/rate";
import { connectorsFor } from "@/lib/carriers/registry";
import type { CarrierConnector, CarrierMessage, CarrierQuote } from "@/lib/carriers/types";
import { AppError } from "@/lib/errors";
import type { UnavailableService } from "@/lib/rating/quote";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { ratingFingerprint, type ShipmentDraft } from "@/lib/shipments/draft";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { effectiveDefaults } from "@/lib/settings/settings";
import { loadDraftBatch, loadRow, lockBatch } from "@/lib/batches/load";

/** What is stored in Shipment.quotes. */
export interface StoredRating {
  /** Each with the carrier that quoted it (rows rated before carriers were recorded have none: the reference carrier). */
  quotes: CarrierQuote[];
  unavailable: UnavailableService[];
  messages: CarrierMessage[];
}

export type ServiceChoice = "cheapest" | "fastest";

/** Rows rated at once (each a carrier call with a live carrier). */
const RATE_CONCURRENCY = 8;

function rateable(d: ShipmentDraft, origin: string | null): boolean {
  return Boolean(origin && d.weightGrams && d.lengthMm && d.widthMm && d.heightMm && (d.recipient.country !== "CA" || d.recipient.postalCode) && (d.recipient.country !== "US" || d.recipient.province));
}

export function pick(quotes: readonly CarrierQuote[], choice: ServiceChoice): CarrierQuote | undefined {
  const sorted = [...quotes].sort((a, b) =>
    choice === "cheapest"
      ? a.totalCents - b.totalCents || a.expectedDeliveryDate.localeCompare(b.expectedDeliveryDate)
      : a.expectedDeliveryDate.localeCompare(b.expectedDeliveryDate) || a.totalCents - b.totalCents,
  );
  return sorted[0];
}

const CUSTOMER_TYPE = { CONSUMER: "consumer", SMALL_BUSINESS: "small_business" } as const;

/** Rates one draft for a business (no database write). */
export async function rateDraft(
  ctx: TenantContext,
  draft: ShipmentDraft,
  originPostalCode: string,
  priceListType: keyof typeof CUSTOMER_TYPE,
  now: Date,
  /** The business's connectors, when already made (a batch makes them once for all its rows). */
  connectors?: CarrierConnector[],
): Promise<StoredRating> {
  const fan = await rateWithConnectors(connectors ?? (await connectorsFor(ctx)), {
    customerType: CUSTOMER_TYPE[priceListType],
    originPostalCode,
    destination: { country: draft.recipient.country, postalCode: draft.recipient.postalCode, state: draft.recipient.country === "US" ? draft.recipient.province : null },
    parcel: { weightGrams: draft.weightGrams ?? 0, lengthMm: draft.lengthMm ?? 0, widthMm: draft.widthMm ?? 0, heightMm: draft.heightMm ?? 0 },
    options: draft.options,
    mailedAt: now,
  });
  return { quotes: fan.results.flatMap((r) => r.quotes.map((q) => ({ ...q, carrier: r.carrier, mode: r.mode, accountId: r.accountId, priceListId: r.priceListId }))), unavailable: fan.results.flatMap((r) => r.unavailable), messages: fan.messages };
}

/**
 * Rates every row of a draft batch. A row keeps its service when it is still offered; otherwise
 * it takes the member's default service when offered, else the cheapest. Rows that cannot be
 * rated yet (no address or size) are left unrated. Returns how many rows were rated.
 */
export async function rateBatch(actor: Actor, batchId: string, now = new Date()): Promise<{ rated: number; unrated: number }> {
  const defaults = await effectiveDefaults(actor);
  const { rows, locations, priceListType } = await withTenant(actor, async (tx) => {
    await loadDraftBatch(tx, actor.businessId, batchId);
    const rows = await tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } });
    const locations = await tx.location.findMany({ where: { businessId: actor.businessId }, select: { id: true, postalCode: true } });
    const business = await tx.business.findUniqueOrThrow({ where: { id: actor.businessId }, select: { priceListType: true } });
    return { rows, locations: new Map(locations.map((l) => [l.id, l.postalCode])), priceListType: business.priceListType };
  });

  // Rows are rated in parallel, a few at a time, with connectors made once (a live one loads its account):
  // a live carrier's shared throttle paces the calls.
  const connectors = await connectorsFor(actor);
  const updates: { id: string; data: Prisma.ShipmentUpdateInput }[] = new Array(rows.length);
  let next = 0;
  const rateNext = async () => {
    while (next < rows.length) {
      const i = next++;
      updates[i] = await rateRow(rows[i]!);
    }
  };
  const rateRow = async (row: (typeof rows)[number]): Promise<{ id: string; data: Prisma.ShipmentUpdateInput }> => {
    const draft = draftFromRow(row);
    const origin = draft.locationId ? (locations.get(draft.locationId) ?? null) : null;
    if (!rateable(draft, origin)) return { id: row.id, data: { quotes: Prisma.DbNull, ratedInputs: null, ratedAt: null, rateCents: null } };
    const rating = await rateDraft(actor, draft, origin!, priceListType, now, connectors);
    const keep = rating.quotes.find((q) => q.serviceCode === draft.serviceCode);
    const chosen = keep ?? rating.quotes.find((q) => q.serviceCode === defaults.defaultService) ?? pick(rating.quotes, "cheapest");
    return {
      id: row.id,
      data: {
        quotes: rating as unknown as Prisma.InputJsonValue,
        ratedInputs: ratingFingerprint(draft, origin),
        ratedAt: now,
        serviceCode: chosen?.serviceCode ?? draft.serviceCode,
        rateCents: chosen?.totalCents ?? null,
      },
    };
  };
  await Promise.all(Array.from({ length: Math.min(RATE_CONCURRENCY, rows.length) }, rateNext));
  await withTenant(actor, async (tx) => {
    await lockBatch(tx, actor.businessId, batchId);
    await loadDraftBatch(tx, actor.businessId, batchId);
    for (const u of updates) await tx.shipment.updateMany({ where: { id: u.id, batchId, businessId: actor.businessId }, data: u.data as Prisma.ShipmentUpdateManyMutationInput });
  });
  // Rated means priced: a row the carrier answered without any service it can sell (its reasons are
  // shown on the row) is counted with the rows that could not be rated, never as "rated".
  const rated = updates.filter((u) => u.data.ratedAt && ((u.data.quotes as unknown as StoredRating | null)?.quotes.length ?? 0) > 0).length;
  return { rated, unrated: updates.length - rated };
}

function storedRating(row: { quotes: unknown }): StoredRating | null {
  return row.quotes && typeof row.quotes === "object" ? (row.quotes as StoredRating) : null;
}

/** Picks one row's service among its stored quotes. */
export async function chooseService(actor: Actor, batchId: string, shipmentId: string, serviceCode: string): Promise<void> {
  await withTenant(actor, async (tx) => {
    await loadDraftBatch(tx, actor.businessId, batchId);
    const row = await loadRow(tx, actor.businessId, batchId, shipmentId);
    const quote = storedRating(row)?.quotes.find((q) => q.serviceCode === serviceCode);
    if (!quote) throw new AppError("serviceNotQuoted", `service ${serviceCode} not quoted for ${shipmentId}`, "serviceCode");
    await tx.shipment.update({ where: { id: row.id }, data: { serviceCode, rateCents: quote.totalCents } });
  });
}

/** The cheapest or the fastest quoted service for every rated row. */
export async function chooseForAll(actor: Actor, batchId: string, choice: ServiceChoice): Promise<number> {
  return withTenant(actor, async (tx) => {
    await lockBatch(tx, actor.businessId, batchId);
    await loadDraftBatch(tx, actor.businessId, batchId);
    const rows = await tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, select: { id: true, quotes: true } });
    let changed = 0;
    for (const row of rows) {
      const quote = pick(storedRating(row)?.quotes ?? [], choice);
      if (!quote) continue;
      await tx.shipment.update({ where: { id: row.id }, data: { serviceCode: quote.serviceCode, rateCents: quote.totalCents } });
      changed++;
    }
    return changed;
  });
}

export { storedRating };
