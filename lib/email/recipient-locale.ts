import { db } from "@/lib/db/client";
import { isLocale, type AppLocale } from "@/lib/i18n/locales";

/** The language a message to `email` is written in: the recipient's own choice when they have an account. */
export async function recipientLocale(email: string, fallback: AppLocale): Promise<AppLocale> {
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : fallback;
}
