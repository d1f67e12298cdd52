import { recordAudit } from "@/lib/audit/record";
import { checkAddress } from "@/lib/addresses/check";
import type { Tx } from "@/lib/db/client";
import { loadInOrder } from "@/lib/db/load-in-order";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { searchContactIds } from "./contact-search";
import type { ContactInput, ContactQuery } from "./schemas";
import { contactSearchText } from "./search-text";

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

/**
 * One page of the address book: search as you type (every word must match name, company, city,
 * postal code or email), filter by tag and country, sort. Which contacts match is decided by
 * searchContactIds (indexed under row-level security); their rows are read here. Tenant-scoped.
 */
export async function listContacts(ctx: TenantContext, query: ContactQuery) {
  return withTenant(ctx, async (tx) => {
    const { ids, matched } = await searchContactIds(tx, query, { skip: (query.page - 1) * CONTACTS_PAGE_SIZE, take: CONTACTS_PAGE_SIZE });
    const rows = await loadContacts(tx, ctx, ids);
    return { rows, total: matched, page: query.page, pages: Math.max(1, Math.ceil(matched / CONTACTS_PAGE_SIZE)) };
  });
}

/** The contacts of `ids`, in that order (without the search column). */
export async function loadContacts(tx: Tx, ctx: TenantContext, ids: string[]) {
  return loadInOrder(ids, (chunk) => tx.contact.findMany({ where: { id: { in: chunk }, businessId: ctx.businessId }, omit: { searchText: true } }));
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
