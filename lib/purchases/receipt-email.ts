/** The receipt email: the batch's receipt as a PDF, to whoever paid, in their language. */
import { renderEmail } from "@/lib/email/layout";
import type { EmailBuilder } from "@/lib/email/types";
import { translator } from "@/lib/i18n/messages";
import { withTenant } from "@/lib/tenancy/context";
import { receiptPdf } from "./receipt";

export const buildReceiptEmail: EmailBuilder = async (ctx, message) => {
  const batch = message.batchId ? await withTenant(ctx, (tx) => tx.batch.findFirst({ where: { id: message.batchId!, businessId: ctx.businessId }, select: { number: true } })) : null;
  const file = batch ? await receiptPdf(ctx, message.batchId!, message.locale) : null;
  if (!batch || !file) throw new Error("The batch is not paid, or gone");
  const t = translator(message.locale, "email.receipt");
  const { html, text } = renderEmail({ heading: t("heading", { number: batch.number }), paragraphs: [t("intro")], footer: t("footer") });
  return { subject: t("subject", { number: batch.number }), html, text, attachments: [{ filename: file.fileName, content: Buffer.from(file.bytes), contentType: "application/pdf" }] };
};
