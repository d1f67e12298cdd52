"use server";

import { profileSchema } from "@/lib/businesses/profile-schema";
import { updateProfile } from "@/lib/businesses/profile";
import { businessAction } from "@/lib/tenancy/action";
import { updateReturnSettings } from "@/lib/returns/settings";
import { returnSettingsSchema } from "@/lib/returns/settings-schema";

export const updateProfileAction = businessAction({
  permission: "business.edit",
  schema: profileSchema,
  run: async (actor, input) => {
    await updateProfile(actor, input);
    return { message: "profileUpdated" };
  },
});

export const updateReturnSettingsAction = businessAction({
  permission: "business.edit",
  schema: returnSettingsSchema,
  run: async (actor, input) => {
    await updateReturnSettings(actor, input);
    return { message: "returnSettingsSaved" };
  },
});
