import { recordAudit } from "@/lib/audit/record";
import { checkAddress } from "@/lib/addresses/check";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { businessSettingsRow } from "@/lib/settings/settings-row";
import { locationRows } from "./location-rows";
import type { LocationInput } from "./schemas";

/** Ship-from locations are in Canada; a sender needs a phone number (Canada Post's rule). */
function toRow(input: LocationInput) {
  const address = checkAddress(
    { ...input, name: input.contactName, country: "CA" },
    { role: "sender", rename: { name: "contactName" } },
  );
  return {
    label: input.label,
    contactName: address.name ?? input.contactName,
    company: address.company ?? null,
    phone: address.phone ?? input.phone,
    email: address.email ?? null,
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city,
    province: address.province,
    postalCode: address.postalCode,
    country: "CA",
    closeTime: input.closeTime || null,
  };
}

async function setDefault(tx: Tx, businessId: string, locationId: string) {
  await tx.businessSettings.upsert({ where: { businessId }, create: { businessId, defaultLocationId: locationId }, update: { defaultLocationId: locationId } });
}

/** The business's locations, the default first, then by label. Tenant-scoped. */
export async function listLocations(ctx: TenantContext) {
  const [locations, settings] = await Promise.all([locationRows(ctx), businessSettingsRow(ctx)]);
  const defaultId = settings?.defaultLocationId ?? null;
  return locations.map((l) => ({ ...l, isDefault: l.id === defaultId })).sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

/** Adds a location; the first one of a business becomes its default. */
export async function createLocation(actor: Actor, input: LocationInput) {
  const row = toRow(input);
  return withTenant(actor, async (tx) => {
    const location = await tx.location.create({ data: { ...row, businessId: actor.businessId }, select: { id: true } });
    const count = await tx.location.count({ where: { businessId: actor.businessId } });
    if (input.makeDefault || count === 1) await setDefault(tx, actor.businessId, location.id);
    await recordAudit(tx, actor, { action: "location.created", entityType: "Location", entityId: location.id, details: { name: row.label } });
    return location;
  });
}

export async function updateLocation(actor: Actor, id: string, input: LocationInput) {
  const row = toRow(input);
  await withTenant(actor, async (tx) => {
    const { count } = await tx.location.updateMany({ where: { id, businessId: actor.businessId }, data: row });
    if (count === 0) throw new AppError("notFound", `location ${id} not in this business`);
    if (input.makeDefault) await setDefault(tx, actor.businessId, id);
    await recordAudit(tx, actor, { action: "location.updated", entityType: "Location", entityId: id, details: { name: row.label } });
  });
}

export async function makeDefaultLocation(actor: Actor, id: string) {
  await withTenant(actor, async (tx) => {
    const location = await tx.location.findFirst({ where: { id, businessId: actor.businessId }, select: { label: true } });
    if (!location) throw new AppError("notFound", `location ${id} not in this business`);
    await setDefault(tx, actor.businessId, id);
    await recordAudit(tx, actor, { action: "location.made_default", entityType: "Location", entityId: id, details: { name: location.label } });
  });
}

/** Deletes a location; if it was the default, the oldest remaining one becomes the default. */
export async function deleteLocation(actor: Actor, id: string) {
  await withTenant(actor, async (tx) => {
    const location = await tx.location.findFirst({ where: { id, businessId: actor.businessId }, select: { label: true } });
    if (!location) throw new AppError("notFound", `location ${id} not in this business`);
    await tx.location.delete({ where: { id, businessId: actor.businessId } });
    const settings = await tx.businessSettings.findUnique({ where: { businessId: actor.businessId }, select: { defaultLocationId: true } });
    if (!settings?.defaultLocationId) {
      const next = await tx.location.findFirst({ where: { businessId: actor.businessId }, orderBy: { createdAt: "asc" }, select: { id: true } });
      if (next) await setDefault(tx, actor.businessId, next.id);
    }
    await recordAudit(tx, actor, { action: "location.deleted", entityType: "Location", entityId: id, details: { name: location.label } });
  });
}
