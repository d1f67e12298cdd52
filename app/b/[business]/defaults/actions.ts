"use server";

import { businessSettingsSchema, userSettingsSchema } from "@/lib/settings/schemas";
import { updateBusinessDefaults, updateUserOverrides } from "@/lib/settings/settings";
import { businessAction } from "@/lib/tenancy/action";

export const updateBusinessDefaultsAction = businessAction({
  permission: "business.edit",
  schema: businessSettingsSchema,
  run: async (actor, input) => {
    await updateBusinessDefaults(actor, input);
    return { message: "defaultsSaved" };
  },
});

export const updateMyDefaultsAction = businessAction({
  permission: "settings.editOwn",
  schema: userSettingsSchema,
  run: async (actor, input) => {
    await updateUserOverrides(actor, input);
    return { message: "defaultsSaved" };
  },
});
