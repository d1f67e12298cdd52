import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { assertMayManageRole, assertOwnerRemains } from "./owners";

/** Changes a member's role. Only owners touch the owner role; the last owner keeps it. */
export async function changeMemberRole(actor: Actor, membershipId: string, role: Role) {
  await withTenant(actor, async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, businessId: actor.businessId },
      select: { id: true, role: true, userId: true, user: { select: { email: true } } },
    });
    if (!member) throw new AppError("memberNotFound", `membership ${membershipId} not in this business`);
    if (member.role === role) return;
    assertMayManageRole(actor, member.role, role);
    if (member.role === "OWNER") await assertOwnerRemains(tx, actor.businessId, member.id);
    await tx.membership.update({ where: { id: member.id, businessId: actor.businessId }, data: { role } });
    await recordAudit(tx, actor, {
      action: "member.role_changed",
      entityType: "Membership",
      entityId: member.id,
      details: { userId: member.userId, email: member.user.email, from: member.role, to: role },
    });
  });
}
