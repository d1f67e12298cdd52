import type { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { ReturnReason, ReturnSettingsInput } from "./settings-schema";

export interface ReturnSettings {
  returnWindowDays: number;
  /** The business's own reasons; empty means the default reasons. */
  returnReasons: ReturnReason[];
  returnPayer: "BUSINESS" | "CUSTOMER";
  returnsNeedApproval: boolean;
  returnsPageEnabled: boolean;
}

export const RETURN_SETTINGS_DEFAULTS: ReturnSettings = { returnWindowDays: 30, returnReasons: [], returnPayer: "BUSINESS", returnsNeedApproval: false, returnsPageEnabled: true };

function isReason(v: unknown): v is ReturnReason {
  const r = v as Record<string, unknown> | null;
  return !!r && typeof r.code === "string" && typeof r.en === "string" && typeof r.fr === "string";
}

/** Reads the stored settings row (or none) into return settings. */
export function toReturnSettings(row: { returnWindowDays: number; returnReasons: unknown; returnPayer: "BUSINESS" | "CUSTOMER"; returnsNeedApproval: boolean; returnsPageEnabled: boolean } | null): ReturnSettings {
  if (!row) return RETURN_SETTINGS_DEFAULTS;
  return {
    returnWindowDays: row.returnWindowDays,
    returnReasons: Array.isArray(row.returnReasons) ? row.returnReasons.filter(isReason) : [],
    returnPayer: row.returnPayer,
    returnsNeedApproval: row.returnsNeedApproval,
    returnsPageEnabled: row.returnsPageEnabled,
  };
}

/** The business's return settings. Tenant-scoped. */
export async function getReturnSettings(ctx: TenantContext): Promise<ReturnSettings> {
  const row = await withTenant(ctx, (tx) => tx.businessSettings.findUnique({ where: { businessId: ctx.businessId } }));
  return toReturnSettings(row);
}

/** Saves the Returns section; the audit entry lists the fields that changed. */
export async function updateReturnSettings(actor: Actor, input: ReturnSettingsInput) {
  await withTenant(actor, async (tx) => {
    const before = toReturnSettings(await tx.businessSettings.findUnique({ where: { businessId: actor.businessId } }));
    const data = { ...input, returnReasons: input.returnReasons as unknown as Prisma.InputJsonValue };
    await tx.businessSettings.upsert({ where: { businessId: actor.businessId }, create: { businessId: actor.businessId, ...data }, update: data });
    const changed = (Object.keys(input) as (keyof ReturnSettingsInput)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(input[k]));
    await recordAudit(tx, actor, { action: "settings.returns_updated", entityType: "Business", entityId: actor.businessId, details: { fields: changed } });
  });
}
