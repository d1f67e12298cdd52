import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { enterBusiness, readInvitation, withInvitationToken } from "@/lib/tenancy/context";
import { hashInvitationToken } from "./tokens";

export interface InvitationView {
  email: string;
  role: Role;
  businessName: string;
  status: "pending" | "expired" | "used";
}

/** What the invitation link shows before anyone signs in: the business's name, the role and the invited address. */
export async function findInvitation(token: string): Promise<InvitationView | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashInvitationToken(token);
  const invitation = await readInvitation(tokenHash, (client) =>
    client.invitation.findUnique({
      where: { tokenHash },
      select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, business: { select: { name: true } } },
    }),
  );
  if (!invitation) return null;
  const status = invitation.acceptedAt || invitation.revokedAt ? "used" : invitation.expiresAt < new Date() ? "expired" : "pending";
  return { email: invitation.email, role: invitation.role, businessName: invitation.business.name, status };
}

/**
 * Makes the signed-in user a member with the invited role. The invitation is for one address: a
 * user signed in with another email is refused. Accepting twice is harmless.
 */
export async function acceptInvitation(user: { id: string; email: string }, token: string): Promise<{ slug: string }> {
  const tokenHash = hashInvitationToken(token);
  return withInvitationToken(tokenHash, async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash },
      select: { id: true, businessId: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, business: { select: { slug: true } } },
    });
    if (!invitation || invitation.revokedAt || invitation.expiresAt < new Date()) {
      throw new AppError("invitationInvalid", "invitation missing, revoked or expired");
    }
    if (invitation.email !== user.email.toLowerCase()) {
      throw new AppError("invitationWrongEmail", "signed in with another address", undefined, { email: invitation.email });
    }
    const ctx = { businessId: invitation.businessId, userId: user.id };
    await enterBusiness(tx, ctx);
    if (invitation.acceptedAt) {
      const member = await tx.membership.findFirst({ where: { businessId: ctx.businessId, userId: user.id }, select: { id: true } });
      if (!member) throw new AppError("invitationInvalid", "invitation already used");
      return { slug: invitation.business.slug };
    }
    const existing = await tx.membership.findFirst({ where: { businessId: ctx.businessId, userId: user.id }, select: { id: true } });
    const membership =
      existing ?? (await tx.membership.create({ data: { businessId: ctx.businessId, userId: user.id, role: invitation.role }, select: { id: true } }));
    await tx.invitation.update({ where: { id: invitation.id, businessId: ctx.businessId }, data: { acceptedAt: new Date() } });
    await recordAudit(tx, ctx, {
      action: "member.joined",
      entityType: "Membership",
      entityId: membership.id,
      details: { email: invitation.email, role: invitation.role },
    });
    return { slug: invitation.business.slug };
  });
}
