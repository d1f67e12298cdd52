import { readInTenant, type TenantContext } from "@/lib/tenancy/context";

/** How far the business is in storing what every shipment needs. Tenant-scoped; one statement. */
export async function setupStatus(ctx: TenantContext) {
  const business = await readInTenant(ctx, (db) =>
    db.business.findUniqueOrThrow({
      where: { id: ctx.businessId },
      select: { phone: true, email: true, accountNumber: true, _count: { select: { locations: true, contacts: true, parcelTemplates: true } } },
    }),
  );
  const { locations, contacts, parcelTemplates: templates } = business._count;
  return { profileComplete: Boolean(business.phone && business.email), hasAccountNumber: Boolean(business.accountNumber), locations, contacts, templates };
}
