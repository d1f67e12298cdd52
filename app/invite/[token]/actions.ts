"use server";

import { z } from "zod";
import { requiredText } from "@/lib/forms/fields";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { userAction } from "@/lib/tenancy/action";

/** The signed-in invitee joins the business; the invitation must be addressed to their email. */
export const acceptInvitationAction = userAction({
  schema: z.object({ token: requiredText(200) }),
  run: async (user, input) => {
    const { slug } = await acceptInvitation(user, input.token);
    return { redirectTo: `/b/${slug}` };
  },
});
