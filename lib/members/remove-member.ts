import { recordAudit } from "@/lib/audit/record";
import { endAllSessions } from "@/lib/auth/session-version";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { assertMayManageRole, assertOwnerRemains } from "./owners";

/**
 * Removes someone from the business: they lose access at their next request, and every session
 * they have open ends (pages of the business left open in a browser included).
 */
export async function removeMember(actor: Actor, membershipId: string) {
  await withTenant(actor, async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, businessId: actor.businessId },
      select: { id: true, role: true, userId: true, user: { select: { email: true } } },
    });
    if (!member) throw new AppError("memberNotFound", `membership ${membershipId} not in this business`);
    assertMayManageRole(actor, member.role);
    if (member.role === "OWNER") await assertOwnerRemains(tx, actor.businessId, member.id);
    await tx.membership.delete({ where: { id: member.id, businessId: actor.businessId } });
    await endAllSessions(member.userId, tx);
    await recordAudit(tx, actor, {
      action: "member.removed",
      entityType: "Membership",
      entityId: member.id,
      details: { userId: member.userId, email: member.user.email, role: member.role },
    });
  });
}

/** The actor leaves the business; the last owner cannot (they must name another owner first). */
export async function leaveBusiness(actor: Actor) {
  await withTenant(actor, async (tx) => {
    const member = await tx.membership.findFirst({
      where: { businessId: actor.businessId, userId: actor.userId },
      select: { id: true, role: true },
    });
    if (!member) throw new AppError("memberNotFound", "not a member");
    if (member.role === "OWNER") await assertOwnerRemains(tx, actor.businessId, member.id);
    await tx.membership.delete({ where: { id: member.id, businessId: actor.businessId } });
    await recordAudit(tx, actor, { action: "member.left", entityType: "Membership", entityId: member.id, details: { role: member.role } });
  });
}
