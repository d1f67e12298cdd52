import { withTenant, type TenantContext } from "@/lib/tenancy/context";

/** How far the business is in storing what every shipment needs. Tenant-scoped. */
export async function setupStatus(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const where = { businessId: ctx.businessId };
    // One connection per transaction: queries run one after the other.
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { phone: true, email: true, accountNumber: true } });
    const locations = await tx.location.count({ where });
    const contacts = await tx.contact.count({ where });
    const templates = await tx.parcelTemplate.count({ where });
    return { profileComplete: Boolean(business.phone && business.email), hasAccountNumber: Boolean(business.accountNumber), locations, contacts, templates };
  });
}
