import { recordAudit } from "@/lib/audit/record";
import { checkAddress } from "@/lib/addresses/check";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { ContactInput, ContactQuery } from "./schemas";
import { contactSearchText, searchTerms } from "./search-text";

export const CONTACTS_PAGE_SIZE = 50;

/** A contact row ready to store: the address normalised and checked, the search column filled. */
export function contactRow(input: ContactInput) {
  const address = checkAddress(input, { role: "recipient" });
  const row = {
    name: address.name ?? "",
    company: address.company ?? null,
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city,
    province: address.province || null,
    postalCode: address.postalCode || null,
    country: address.country,
    phone: address.phone ?? null,
    email: address.email ?? null,
    notes: input.notes || null,
    tags: input.tags,
    taxId: input.taxId || null,
  };
  return { ...row, searchText: contactSearchText(row) };
}

/** The filters of the list and the export: every typed word, the tag, the country. */
export function contactWhere(ctx: TenantContext, query: Pick<ContactQuery, "q" | "tag" | "country">): Prisma.ContactWhereInput {
  return {
    businessId: ctx.businessId,
    AND: searchTerms(query.q).map((term) => ({ searchText: { contains: term } })),
    ...(query.tag ? { tags: { has: query.tag } } : {}),
    ...(query.country ? { country: query.country.toUpperCase() } : {}),
  };
}

/**
 * One page of the address book: search as you type (every word must match name, company, city,
 * postal code or email; a trigram index keeps it fast), filter by tag and country, sort.
 * Tenant-scoped.
 */
export async function listContacts(ctx: TenantContext, query: ContactQuery) {
  return withTenant(ctx, async (tx) => {
    const where = contactWhere(ctx, query);
    // One connection per transaction: the two queries run one after the other.
    const rows = await tx.contact.findMany({
      where,
      orderBy: [{ [query.sort]: query.dir }, { id: "asc" }],
      skip: (query.page - 1) * CONTACTS_PAGE_SIZE,
      take: CONTACTS_PAGE_SIZE,
      omit: { searchText: true },
    });
    const total = await tx.contact.count({ where });
    return { rows, total, page: query.page, pages: Math.max(1, Math.ceil(total / CONTACTS_PAGE_SIZE)) };
  });
}

/** The tags and countries in use, for the filters. */
export async function contactFilters(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const tags = await tx.$queryRaw<{ tag: string }[]>`
      SELECT DISTINCT unnest(tags) AS tag FROM "Contact" WHERE "businessId" = ${ctx.businessId} ORDER BY tag LIMIT 200`;
    const countries = await tx.contact.findMany({ where: { businessId: ctx.businessId }, distinct: ["country"], select: { country: true }, orderBy: { country: "asc" } });
    return { tags: tags.map((t) => t.tag), countries: countries.map((c) => c.country) };
  });
}

export async function getContact(ctx: TenantContext, id: string) {
  const contact = await withTenant(ctx, (tx) => tx.contact.findFirst({ where: { id, businessId: ctx.businessId }, omit: { searchText: true } }));
  if (!contact) throw new AppError("notFound", `contact ${id} not in this business`);
  return contact;
}

export async function createContact(actor: Actor, input: ContactInput) {
  const row = contactRow(input);
  return withTenant(actor, async (tx) => {
    const contact = await tx.contact.create({ data: { ...row, businessId: actor.businessId }, select: { id: true } });
    await recordAudit(tx, actor, { action: "contact.created", entityType: "Contact", entityId: contact.id, details: { name: row.name || row.company || "" } });
    return contact;
  });
}

export async function updateContact(actor: Actor, id: string, input: ContactInput) {
  const row = contactRow(input);
  await withTenant(actor, async (tx) => {
    const { count } = await tx.contact.updateMany({ where: { id, businessId: actor.businessId }, data: row });
    if (count === 0) throw new AppError("notFound", `contact ${id} not in this business`);
    await recordAudit(tx, actor, { action: "contact.updated", entityType: "Contact", entityId: id, details: { name: row.name || row.company || "" } });
  });
}

export async function deleteContact(actor: Actor, id: string) {
  await withTenant(actor, async (tx) => {
    const contact = await tx.contact.findFirst({ where: { id, businessId: actor.businessId }, select: { name: true, company: true } });
    if (!contact) throw new AppError("notFound", `contact ${id} not in this business`);
    await tx.contact.delete({ where: { id, businessId: actor.businessId } });
    await recordAudit(tx, actor, { action: "contact.deleted", entityType: "Contact", entityId: id, details: { name: contact.name || contact.company || "" } });
  });
}
