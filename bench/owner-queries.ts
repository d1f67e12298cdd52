/**
 * The searches the way the schema owner runs them, row-level security not in the way: the plain
 * Prisma queries (a page, then the count) the app itself ran before its searches moved into
 * database functions. The search benches time the app against these, in the same run.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../lib/db/generated/client";
import { searchTerms } from "../lib/contacts/search-text";
import type { ContactQuery } from "../lib/contacts/schemas";
import type { ShipmentQuery } from "../lib/shipments/list-schema";
import { benchOwnerUrl } from "./harness";

export type OwnerClient = PrismaClient;

export function ownerClient(): OwnerClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: benchOwnerUrl() }) });
}

/** A transaction like the app's (withTenant), on the owner's connection. */
async function inBusiness<T>(owner: OwnerClient, businessId: string, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return owner.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.business_id', ${businessId}, true)`;
    await tx.$executeRaw`SELECT set_config('app.user_id', '', true)`;
    return fn(tx);
  });
}

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00-05:00`);
}

function shipmentWhere(businessId: string, q: ShipmentQuery): Prisma.ShipmentWhereInput {
  const labelledAt: Prisma.DateTimeNullableFilter = { not: null };
  if (q.from) labelledAt.gte = dayStart(q.from);
  if (q.to) labelledAt.lt = new Date(dayStart(q.to).getTime() + 86_400_000);
  return {
    businessId,
    labelledAt,
    ...(q.status === "LABELLED" || q.status === "VOIDED" ? { status: q.status } : q.status ? { status: "LABELLED", trackingStatus: q.status } : {}),
    AND: searchTerms(q.q).map((term) => ({ searchText: { contains: term } })),
    ...(q.service ? { serviceCode: q.service } : {}),
    ...(q.location ? { locationId: q.location } : {}),
    ...(q.batch ? { batch: { number: q.batch } } : {}),
  };
}

/** A page of the shipments history (50, newest first) and its count up to `countCap` + 1. */
export async function ownerShipmentsPage(owner: OwnerClient, businessId: string, q: ShipmentQuery, select: Prisma.ShipmentSelect, countCap: number) {
  return inBusiness(owner, businessId, async (tx) => {
    const where = shipmentWhere(businessId, q);
    const rows = await tx.shipment.findMany({ where, orderBy: [{ labelledAt: "desc" }, { id: "desc" }], skip: (q.page - 1) * 50, take: 50, select: { ...select, id: true } });
    const matched = (await tx.shipment.findMany({ where, select: { id: true }, take: countCap + 1 })).length;
    return { ids: rows.map((r) => r.id), matched };
  });
}

/** A page of the address book (50, in the order asked) and how many match. */
export async function ownerContactsPage(owner: OwnerClient, businessId: string, q: ContactQuery) {
  return inBusiness(owner, businessId, async (tx) => {
    const where: Prisma.ContactWhereInput = {
      businessId,
      AND: searchTerms(q.q).map((term) => ({ searchText: { contains: term } })),
      ...(q.tag ? { tags: { has: q.tag } } : {}),
      ...(q.country ? { country: q.country.toUpperCase() } : {}),
    };
    const rows = await tx.contact.findMany({ where, orderBy: [{ [q.sort]: q.dir }, { id: "asc" }], skip: (q.page - 1) * 50, take: 50, omit: { searchText: true } });
    const matched = await tx.contact.count({ where });
    return { ids: rows.map((r) => r.id), matched };
  });
}

/** Stops the bench when the app and the owner disagree on what a search finds. */
export function assertSameResults(what: string, app: { ids: string[]; matched: number }, owner: { ids: string[]; matched: number }) {
  if (app.matched !== owner.matched || app.ids.join() !== owner.ids.join()) {
    throw new Error(`${what}: the app found ${app.matched} (${app.ids.length} on the page), the owner's query ${owner.matched} (${owner.ids.length})`);
  }
}
