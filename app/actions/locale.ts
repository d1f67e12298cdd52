"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { updateUserLocale } from "@/lib/users/update-profile";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

const schema = z.object({ locale: z.enum(["en", "fr"]) });

/**
 * Switches the interface language. Anyone may do it (the sign-up page is in French for a French
 * visitor); for a signed-in user the choice is also saved to their profile.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = schema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await currentUser();
  if (user) await updateUserLocale(user.id, parsed.data.locale);
  revalidatePath("/", "layout");
}
