import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { InternationalTaxId, ProfileInput } from "./profile-schema";

export interface BusinessProfile extends Omit<ProfileInput, "internationalTaxIds"> {
  internationalTaxIds: InternationalTaxId[];
  creditLimitCents: number;
}

/** The business's profile. Tenant-scoped. */
export async function getProfile(ctx: TenantContext): Promise<BusinessProfile> {
  const b = await withTenant(ctx, (tx) => tx.business.findUniqueOrThrow({ where: { id: ctx.businessId } }));
  return {
    name: b.name,
    legalName: b.legalName,
    phone: b.phone,
    email: b.email,
    businessNumber: b.businessNumber,
    gstHstNumber: b.gstHstNumber,
    qstNumber: b.qstNumber,
    accountNumber: b.accountNumber,
    contractNumber: b.contractNumber,
    internationalTaxIds: (Array.isArray(b.internationalTaxIds) ? b.internationalTaxIds : []) as unknown as InternationalTaxId[],
    creditLimitCents: b.creditLimitCents,
  };
}

/**
 * Saves the profile. The credit limit is not part of the input: Envoi sets it, the business only
 * sees it. The audit entry lists the fields that changed.
 */
export async function updateProfile(actor: Actor, input: ProfileInput) {
  await withTenant(actor, async (tx) => {
    const before = await tx.business.findUniqueOrThrow({ where: { id: actor.businessId } });
    await tx.business.update({ where: { id: actor.businessId }, data: { ...input, internationalTaxIds: input.internationalTaxIds } });
    const changed = (Object.keys(input) as (keyof ProfileInput)[]).filter(
      (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(input[k] ?? null),
    );
    await recordAudit(tx, actor, { action: "business.profile_updated", entityType: "Business", entityId: actor.businessId, details: { fields: changed } });
  });
}
