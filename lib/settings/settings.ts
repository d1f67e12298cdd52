import { Prisma, type BusinessSettings } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { readInTenant, withTenant, type TenantContext } from "@/lib/tenancy/context";
import { locationRows } from "@/lib/locations/location-rows";
import { businessSettingsRow } from "./settings-row";
import { NO_OPTIONS, type BusinessSettingsInput, type DefaultOptions, type UserSettingsInput } from "./schemas";

export interface Defaults {
  defaultLocationId: string | null;
  defaultService: string | null;
  defaultOptions: DefaultOptions;
  labelFormat: "PDF_4X6" | "PDF_LETTER";
  notificationEmails: string[];
  reference: string | null;
  units: "METRIC" | "IMPERIAL";
  locale: "en" | "fr";
  /** The business's only: email the labels after each purchase (to emailLabelsTo, else the payer). */
  emailLabels?: boolean;
  emailLabelsTo?: string | null;
  /** The business's only: a packing slip printed after each label, with this note. */
  packingSlips?: boolean;
  packingSlipNote?: string | null;
}

export const FACTORY_DEFAULTS: Defaults = {
  defaultLocationId: null,
  defaultService: null,
  defaultOptions: NO_OPTIONS,
  labelFormat: "PDF_4X6",
  notificationEmails: [],
  reference: null,
  units: "METRIC",
  locale: "en",
};

function asOptions(json: unknown): DefaultOptions {
  return { ...NO_OPTIONS, ...((json && typeof json === "object" ? json : {}) as Partial<DefaultOptions>) };
}

function businessDefaultsOf(row: BusinessSettings | null): Defaults {
  if (!row) return FACTORY_DEFAULTS;
  return {
    defaultLocationId: row.defaultLocationId,
    defaultService: row.defaultService,
    defaultOptions: asOptions(row.defaultOptions),
    labelFormat: row.labelFormat,
    notificationEmails: row.notificationEmails,
    reference: row.reference,
    units: row.units,
    locale: row.locale,
    emailLabels: row.emailLabels,
    emailLabelsTo: row.emailLabelsTo,
    packingSlips: row.packingSlips,
    packingSlipNote: row.packingSlipNote,
  };
}

/** A location id from input is untrusted: it must be one of this business's locations. */
async function assertOwnLocation(tx: Tx, businessId: string, locationId: string | null) {
  if (!locationId) return;
  const found = await tx.location.findFirst({ where: { id: locationId, businessId }, select: { id: true } });
  if (!found) throw new AppError("notFound", `location ${locationId} not in this business`, "defaultLocationId");
}

/** The business's own defaults (what a new member starts with). Tenant-scoped. */
export async function getBusinessDefaults(ctx: TenantContext): Promise<Defaults> {
  return businessDefaultsOf(await businessSettingsRow(ctx));
}

export async function updateBusinessDefaults(actor: Actor, input: BusinessSettingsInput) {
  await withTenant(actor, async (tx) => {
    await assertOwnLocation(tx, actor.businessId, input.defaultLocationId);
    const data = { ...input, defaultOptions: input.defaultOptions as unknown as Prisma.InputJsonValue };
    await tx.businessSettings.upsert({ where: { businessId: actor.businessId }, create: { businessId: actor.businessId, ...data }, update: data });
    await recordAudit(tx, actor, { action: "settings.business_updated", entityType: "BusinessSettings", entityId: actor.businessId });
  });
}

/** The signed-in member's overrides (null fields: the business's default applies). */
export async function getUserOverrides(actor: Actor) {
  return readInTenant(actor, (db) => db.userSettings.findUnique({ where: { businessId_userId: { businessId: actor.businessId, userId: actor.userId } } }));
}

export async function updateUserOverrides(actor: Actor, input: UserSettingsInput) {
  await withTenant(actor, async (tx) => {
    await assertOwnLocation(tx, actor.businessId, input.defaultLocationId);
    const data = {
      ...input,
      notificationEmails: input.notificationEmails ?? Prisma.DbNull,
      defaultOptions: input.defaultOptions ? (input.defaultOptions as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    };
    await tx.userSettings.upsert({
      where: { businessId_userId: { businessId: actor.businessId, userId: actor.userId } },
      create: { businessId: actor.businessId, userId: actor.userId, ...data },
      update: data,
    });
    await recordAudit(tx, actor, { action: "settings.own_updated", entityType: "UserSettings", entityId: actor.userId });
  });
}

/**
 * What every form starts from for this member: their overrides over the business's defaults.
 * A default location that no longer exists falls back to the business's, then to none.
 */
export async function effectiveDefaults(ctx: TenantContext & { userId: string }): Promise<Defaults> {
  // Asked together (one transaction, see readInTenant); on a page, the settings and the locations
  // are the ones the page's other parts read too.
  const [businessRow, own, locationList] = await Promise.all([
    businessSettingsRow(ctx),
    readInTenant(ctx, (db) => db.userSettings.findUnique({ where: { businessId_userId: { businessId: ctx.businessId, userId: ctx.userId } } })),
    locationRows(ctx),
  ]);
  const business = businessDefaultsOf(businessRow);
  if (!own) return business;
  const locations = new Set(locationList.map((l) => l.id));
  const location = own.defaultLocationId && locations.has(own.defaultLocationId) ? own.defaultLocationId : business.defaultLocationId;
  return {
    defaultLocationId: location,
    defaultService: own.defaultService ?? business.defaultService,
    defaultOptions: own.defaultOptions ? asOptions(own.defaultOptions) : business.defaultOptions,
    labelFormat: own.labelFormat ?? business.labelFormat,
    notificationEmails: Array.isArray(own.notificationEmails) ? (own.notificationEmails as string[]) : business.notificationEmails,
    reference: own.reference ?? business.reference,
    units: own.units ?? business.units,
    locale: own.locale ?? business.locale,
  };
}

/** Switches only this member's units, keeping their other overrides. */
export async function setOwnUnits(actor: Actor, units: "METRIC" | "IMPERIAL") {
  await withTenant(actor, async (tx) => {
    await tx.userSettings.upsert({
      where: { businessId_userId: { businessId: actor.businessId, userId: actor.userId } },
      create: { businessId: actor.businessId, userId: actor.userId, units },
      update: { units },
    });
    await recordAudit(tx, actor, { action: "settings.own_updated", entityType: "UserSettings", entityId: actor.userId, details: { units } });
  });
}
