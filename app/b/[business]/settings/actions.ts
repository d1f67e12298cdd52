"use server";

import { profileSchema } from "@/lib/businesses/profile-schema";
import { updateProfile } from "@/lib/businesses/profile";
import { businessAction } from "@/lib/tenancy/action";

export const updateProfileAction = businessAction({
  permission: "business.edit",
  schema: profileSchema,
  run: async (actor, input) => {
    await updateProfile(actor, input);
    return { message: "profileUpdated" };
  },
});
