import type { Role } from "@/lib/db/generated/enums";
import { readAsUser } from "./context";

export interface BusinessMembership {
  businessId: string;
  slug: string;
  name: string;
  role: Role;
  userId: string;
}

/**
 * The user's membership in the business whose slug is in the URL, or null. Not being a member and
 * the business not existing look the same, so a URL never reveals that another business exists.
 */
export async function findMembershipBySlug(userId: string, slug: string): Promise<BusinessMembership | null> {
  if (typeof slug !== "string" || slug.length === 0 || slug.length > 80) return null;
  const membership = await readAsUser(userId, (client) =>
    client.membership.findFirst({
      where: { userId, business: { slug } },
      select: { role: true, business: { select: { id: true, slug: true, name: true } } },
    }),
  );
  if (!membership) return null;
  return {
    businessId: membership.business.id,
    slug: membership.business.slug,
    name: membership.business.name,
    role: membership.role,
    userId,
  };
}

/** Every business the user belongs to, for the switcher, oldest membership first. */
export async function listMyBusinesses(userId: string) {
  const rows = await readAsUser(userId, (client) =>
    client.membership.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { role: true, business: { select: { id: true, slug: true, name: true, contractNumber: true } } },
    }),
  );
  // Whether it ships under a Canada Post contract (its menu then has end-of-day manifests).
  return rows.map(({ business: { contractNumber, ...b }, role }) => ({ ...b, role, contract: Boolean(contractNumber) }));
}
