import { AppError } from "@/lib/errors";
import { consumeRateLimit, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { translator } from "@/lib/i18n/messages";
import { requestLocaleOr } from "@/lib/i18n/current";
import { renderEmail } from "./layout";
import { recipientLocale } from "./recipient-locale";
import { sendEmail } from "./transport";

/** Emails a one-hour sign-in link (Auth.js calls this for the "email me a link" sign-in). */
export async function sendSignInLink(email: string, url: string): Promise<void> {
  const { limit, windowSeconds } = SIGN_IN_LIMITS.linkPerEmail;
  const rate = await consumeRateLimit(`signin:link:${email}`, limit, windowSeconds);
  if (!rate.allowed) throw new AppError("rateLimited", `sign-in links for ${email} rate-limited`);
  const locale = await recipientLocale(email, await requestLocaleOr("en"));
  const t = translator(locale, "email.signIn");
  const { html, text } = renderEmail({
    heading: t("heading"),
    paragraphs: [t("intro"), t("expires")],
    action: { label: t("button"), url },
    footer: t("footer"),
  });
  await sendEmail({ to: email, subject: t("subject"), html, text });
}
