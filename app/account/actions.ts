"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { keepThisSession, signOut } from "@/lib/auth/config";
import { localeSchema, passwordSchema, personNameSchema } from "@/lib/auth/schemas";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/session-version";
import { changePassword } from "@/lib/users/change-password";
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

/** Every other session of the user ends; the one that changed the password stays signed in. */
export const changePasswordAction = userAction({
  schema: z.object({ currentPassword: z.string().max(PASSWORD_MAX_LENGTH, "maxChars").optional().default(""), newPassword: passwordSchema }),
  run: async (user, input) => {
    const version = await changePassword(user.id, input);
    await keepThisSession(user.id, version);
    return { message: "passwordChanged" };
  },
});

/** Ends every session of the user, on every device, this one included. */
export const signOutEverywhereAction = userAction({
  schema: z.object({}),
  run: async (user) => {
    await endAllSessions(user.id);
    await signOut({ redirect: false });
    return { redirectTo: "/signin?signedOut=everywhere" };
  },
});
