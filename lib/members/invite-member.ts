import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { sendInvitationEmail } from "@/lib/email/send-invitation";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { assertMayManageRole } from "./owners";
import type { inviteMemberSchema } from "./schemas";
import { INVITATION_TTL_DAYS, newInvitationToken } from "./tokens";

/**
 * Invites `email` to the actor's business with a role and emails them a link. Inviting the same
 * address again replaces the pending invitation (the old link stops working). The email is sent
 * after the transaction commits.
 */
export async function inviteMember(actor: Actor, input: z.output<typeof inviteMemberSchema>, locale: AppLocale) {
  assertMayManageRole(actor, input.role);
  const { token, tokenHash } = newInvitationToken();
  const invitation = await withTenant(actor, async (tx) => {
    const existing = await tx.membership.findFirst({
      where: { businessId: actor.businessId, user: { email: input.email } },
      select: { id: true },
    });
    if (existing) throw new AppError("alreadyMember", `${input.email} is already a member`, "email");
    await tx.invitation.updateMany({
      where: { businessId: actor.businessId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: {
        businessId: actor.businessId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedById: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
      },
      select: { id: true, business: { select: { name: true } } },
    });
    await recordAudit(tx, actor, {
      action: "invitation.created",
      entityType: "Invitation",
      entityId: created.id,
      details: { email: input.email, role: input.role },
    });
    return created;
  });
  const inviter = await sendInvitationEmail({
    to: input.email,
    token,
    businessName: invitation.business.name,
    role: input.role,
    inviterId: actor.userId,
    fallbackLocale: locale,
  });
  return { invitationId: invitation.id, inviter };
}
