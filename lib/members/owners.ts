import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";

/**
 * Refuses a change that would leave the business without an owner. Locks the owner rows first,
 * so two owners demoting each other at the same moment cannot both succeed.
 */
export async function assertOwnerRemains(tx: Tx, businessId: string, losingOwnerMembershipId: string) {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "businessId" = ${businessId} AND role = 'OWNER' FOR UPDATE`;
  if (owners.every((o) => o.id === losingOwnerMembershipId)) {
    throw new AppError("lastOwner", "the business would have no owner");
  }
}

/** Only an owner may grant the owner role or change or remove another owner. */
export function assertMayManageRole(actor: Actor, ...roles: Role[]) {
  if (roles.includes("OWNER") && actor.role !== "OWNER") {
    throw new AppError("onlyOwnerManagesOwners", "admins cannot manage owners");
  }
}
