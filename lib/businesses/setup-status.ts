import { withTenant, type TenantContext } from "@/lib/tenancy/context";

/** How far the business is in storing what every shipment needs. Tenant-scoped. */
export async function setupStatus(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const where = { businessId: ctx.businessId };
    const [business, locations, contacts, templates] = await Promise.all([
      tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { phone: true, email: true, accountNumber: true } }),
      tx.location.count({ where }),
      tx.contact.count({ where }),
      tx.parcelTemplate.count({ where }),
    ]);
    return { profileComplete: Boolean(business.phone && business.email), hasAccountNumber: Boolean(business.accountNumber), locations, contacts, templates };
  });
}
