"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { localeSchema, personNameSchema } from "@/lib/auth/schemas";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { userAction } from "@/lib/tenancy/action";
import { updateUserProfile } from "@/lib/users/update-profile";

export const updateProfileAction = userAction({
  schema: z.object({ name: personNameSchema, locale: localeSchema }),
  run: async (user, input) => {
    await updateUserProfile(user.id, input);
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return { message: "profileSaved" };
  },
});
