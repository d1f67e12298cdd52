import type { Role } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { renderEmail } from "./layout";
import { recipientLocale } from "./recipient-locale";
import { sendEmail } from "./transport";

/** Emails an invitation link, in the invitee's language when they already have an account. */
export async function sendInvitationEmail(input: {
  to: string;
  token: string;
  businessName: string;
  role: Role;
  inviterId: string;
  fallbackLocale: AppLocale;
}) {
  const inviter = await db().user.findUnique({ where: { id: input.inviterId }, select: { name: true, email: true } });
  const inviterName = inviter?.name || inviter?.email || "Envoi";
  const locale = await recipientLocale(input.to, input.fallbackLocale);
  const t = translator(locale, "email.invitation");
  const roleName = translator(locale, "roles")(input.role);
  const url = new URL(`/invite/${input.token}`, env().APP_URL).toString();
  const { html, text } = renderEmail({
    heading: t("heading", { business: input.businessName }),
    paragraphs: [t("intro", { inviter: inviterName, business: input.businessName, role: roleName }), t("expires")],
    action: { label: t("button"), url },
    footer: t("footer"),
  });
  await sendEmail({ to: input.to, subject: t("subject", { inviter: inviterName, business: input.businessName }), html, text });
  return inviterName;
}
