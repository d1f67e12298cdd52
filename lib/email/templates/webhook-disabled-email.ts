/** To the owners: a webhook endpoint kept failing and Envoi turned it off. Pure. */
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { renderEmail } from "../layout";

export interface WebhookDisabledEmailInput {
  locale: AppLocale;
  businessName: string;
  url: string;
  pageUrl: string;
}

export function webhookDisabledEmail(i: WebhookDisabledEmailInput): { subject: string; html: string; text: string } {
  const t = translator(i.locale, "email.webhookDisabled");
  const subject = t("subject", { business: i.businessName });
  const { html, text } = renderEmail({ heading: subject, paragraphs: [t("intro", { url: i.url, business: i.businessName }), t("what")], action: { label: t("button"), url: i.pageUrl }, footer: t("footer") });
  return { subject, html, text };
}
