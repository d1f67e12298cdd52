/**
 * What follows a committed payment (on account or by card), once: the labels (or a job that
 * finishes them), the receipt, and the labels emailed when the business's defaults ask for it.
 */
import { queueEmails } from "@/lib/email/outbox";
import { recipientLocale } from "@/lib/email/recipient-locale";
import { sendJobSafely } from "@/lib/jobs/queue";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { Renderer } from "./issue-labels";
import { issueLabelsSafely } from "./pay-batch";
import { sendReceiptSafely } from "./receipt";

export async function afterPurchase(ctx: TenantContext, batchId: string, render?: Renderer): Promise<boolean> {
  const labelled = await issueLabelsSafely(ctx, batchId, render);
  if (!labelled) await sendJobSafely("labels", { businessId: ctx.businessId, batchId }, { singletonKey: batchId });
  await sendReceiptSafely(ctx, batchId);
  await emailLabelsIfWanted(ctx, batchId);
  return labelled;
}

async function emailLabelsIfWanted(ctx: TenantContext, batchId: string) {
  try {
    const wanted = await withTenant(ctx, async (tx) => {
      const settings = await tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { emailLabels: true, emailLabelsTo: true, locale: true } });
      if (!settings?.emailLabels) return null;
      const batch = await tx.batch.findFirst({ where: { id: batchId, businessId: ctx.businessId }, select: { labelFormat: true, paidById: true } });
      const payer = batch?.paidById ? await tx.user.findUnique({ where: { id: batch.paidById }, select: { email: true } }) : null;
      const to = settings.emailLabelsTo || payer?.email;
      return batch && to ? { to, format: batch.labelFormat, paidById: batch.paidById, locale: settings.locale } : null;
    });
    if (!wanted) return;
    const locale = await recipientLocale(wanted.to, wanted.locale);
    await queueEmails(ctx, [{ kind: "LABELS", to: wanted.to, locale, batchId, params: { format: wanted.format, automatic: true }, createdById: wanted.paidById }]);
  } catch (e) {
    console.error(`[batches] labels email of batch ${batchId} not queued: ${e instanceof Error ? e.message : String(e)}`);
  }
}
