import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";

/** Cancels a pending invitation of the actor's business; its link stops working. */
export async function revokeInvitation(actor: Actor, invitationId: string) {
  await withTenant(actor, async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, businessId: actor.businessId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("notFound", `invitation ${invitationId} not pending in this business`);
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, businessId: actor.businessId }, select: { email: true } });
    await recordAudit(tx, actor, { action: "invitation.revoked", entityType: "Invitation", entityId: invitationId, details: { email: invitation?.email ?? "" } });
  });
}
