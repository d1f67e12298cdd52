"use server";

import { businessAction } from "@/lib/tenancy/action";
import { changeMemberRole } from "@/lib/members/change-role";
import { inviteMember } from "@/lib/members/invite-member";
import { leaveBusiness, removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { changeRoleSchema, invitationIdSchema, inviteMemberSchema, membershipIdSchema } from "@/lib/members/schemas";
import { z } from "zod";

export const inviteMemberAction = businessAction({
  permission: "members.manage",
  schema: inviteMemberSchema,
  run: async (actor, input, locale) => {
    await inviteMember(actor, input, locale);
    return { message: "invitationSent", messageValues: { email: input.email } };
  },
});

export const revokeInvitationAction = businessAction({
  permission: "members.manage",
  schema: invitationIdSchema,
  run: async (actor, input) => {
    await revokeInvitation(actor, input.invitationId);
    return { message: "invitationRevoked" };
  },
});

export const changeRoleAction = businessAction({
  permission: "members.manage",
  schema: changeRoleSchema,
  run: async (actor, input) => {
    await changeMemberRole(actor, input.membershipId, input.role);
    return { message: "roleChanged" };
  },
});

export const removeMemberAction = businessAction({
  permission: "members.manage",
  schema: membershipIdSchema,
  run: async (actor, input) => {
    await removeMember(actor, input.membershipId);
    return { message: "memberRemoved" };
  },
});

export const leaveBusinessAction = businessAction({
  permission: "membership.leave",
  schema: z.object({}),
  run: async (actor) => {
    await leaveBusiness(actor);
    return { redirectTo: "/start" };
  },
});
