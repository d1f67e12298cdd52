import { withTenant, type TenantContext } from "@/lib/tenancy/context";

/** The business's members and its pending invitations. Tenant-scoped. */
export async function listMembers(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const members = await tx.membership.findMany({
      where: { businessId: ctx.businessId },
      orderBy: [{ createdAt: "asc" }],
      select: { id: true, role: true, createdAt: true, userId: true, user: { select: { name: true, email: true } } },
    });
    const invitations = await tx.invitation.findMany({
      where: { businessId: ctx.businessId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    });
    return { members, invitations };
  });
}
