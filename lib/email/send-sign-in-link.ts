import { AppError } from "@/lib/errors";
import { consumeRateLimit, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { translator } from "@/lib/i18n/messages";
import { requestLocaleOr } from "@/lib/i18n/current";
import { renderEmail } from "./layout";
import { recipientLocale } from "./recipient-locale";
import { sendEmail } from "./transport";

/**
 * Emails a one-hour sign-in link (Auth.js calls this for the "email me a link" sign-in), at most
 * a few per address, and per client address when it is known (lib/http/client-address.ts).
 */
export async function sendSignInLink(email: string, url: string, clientAddress: string | null): Promise<void> {
  const { linkPerEmail, linkPerAddress } = SIGN_IN_LIMITS;
  if (clientAddress) {
    const byAddress = await consumeRateLimit(`signin:link:address:${clientAddress}`, linkPerAddress.limit, linkPerAddress.windowSeconds);
    if (!byAddress.allowed) throw new AppError("rateLimited", `sign-in links from ${clientAddress} rate-limited`);
  }
  const rate = await consumeRateLimit(`signin:link:${email}`, linkPerEmail.limit, linkPerEmail.windowSeconds);
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
