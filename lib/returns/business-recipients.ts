/**
 * Who at the business hears about its returns (a request waiting for approval, a parcel back): the
 * notification addresses of Settings, Defaults, or, when none is set, the owners, so a request never
 * waits unseen. In the business's language.
 */
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/db/generated/enums";

export async function returnRecipients(tx: Tx, businessId: string): Promise<{ to: string[]; locale: Locale }> {
  const settings = await tx.businessSettings.findUnique({ where: { businessId }, select: { notificationEmails: true, locale: true } });
  const locale = settings?.locale ?? "en";
  if (settings?.notificationEmails.length) return { to: settings.notificationEmails, locale };
  const owners = await tx.membership.findMany({ where: { businessId, role: "OWNER" }, select: { user: { select: { email: true } } }, orderBy: { createdAt: "asc" } });
  return { to: owners.map((o) => o.user.email).filter((e): e is string => !!e), locale };
}
