import { db } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/locales";

/** A user's own settings (not business data, so no tenant scope and no business audit entry). */
export async function updateUserLocale(userId: string, locale: AppLocale) {
  await db().user.update({ where: { id: userId }, data: { locale } });
}

export async function updateUserProfile(userId: string, input: { name: string; locale: AppLocale }) {
  await db().user.update({ where: { id: userId }, data: { name: input.name, locale: input.locale } });
}
