import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { renderEmail } from "./layout";
import { recipientLocale } from "./recipient-locale";
import { sendEmail } from "./transport";

/** Emails the link that confirms a new account's address, in the account's language. */
export async function sendEmailVerificationEmail(email: string, url: string, fallbackLocale: AppLocale): Promise<void> {
  const t = translator(await recipientLocale(email, fallbackLocale), "email.verify");
  const { html, text } = renderEmail({
    heading: t("heading"),
    paragraphs: [t("intro"), t("expires"), t("notYou")],
    action: { label: t("button"), url },
    footer: t("footer"),
  });
  await sendEmail({ to: email, subject: t("subject"), html, text });
}
