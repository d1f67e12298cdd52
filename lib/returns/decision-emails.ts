/**
 * The emails around a customer's return request, built from current data when the send job runs:
 * to the customer, "request received" and "request refused" (with the business's reason); to the
 * business, "a return request is waiting for your approval" with a link to the Returns list.
 */
import type { EmailMessage } from "@/lib/db/generated/client";
import { renderEmail } from "@/lib/email/layout";
import type { BuiltEmail } from "@/lib/email/types";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/messages";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { reasonLabel } from "./reasons";

async function load(ctx: TenantContext, message: EmailMessage) {
  const params = message.params as { returnId?: string };
  const found = await withTenant(ctx, async (tx) => ({
    ret: await tx.return.findFirst({
      where: { id: params.returnId ?? "", businessId: ctx.businessId },
      select: { number: true, status: true, reason: true, refusedReason: true, customerEmail: true, shipment: { select: { reference1: true } } },
    }),
    business: await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, slug: true, settings: { select: { returnReasons: true } } } }),
  }));
  if (!found.ret) throw new Error("The return is gone");
  const locale = message.locale;
  const values = {
    business: found.business.name,
    number: found.ret.number,
    order: found.ret.shipment.reference1 ?? "",
    reason: reasonLabel(found.business.settings, found.ret.reason, locale),
    email: found.ret.customerEmail ?? "",
  };
  return { ret: found.ret, business: found.business, values, t: translator(locale, "returns.decisionEmail") };
}

/** To the customer: their request is recorded and waits for the business's approval. */
export async function buildReturnRequestedEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const { values, t } = await load(ctx, message);
  const subject = t("requestedSubject", values);
  return { subject, ...renderEmail({ heading: subject, paragraphs: [t("requestedIntro", values), t("requestedNext", values)], footer: t("customerFooter", values) }) };
}

/** To the business's notification addresses: a request waits for approval, with the Returns list's link. */
export async function buildReturnApprovalNeededEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const { values, t, business } = await load(ctx, message);
  const subject = t("approvalSubject", values);
  const url = new URL(`/b/${business.slug}/returns?status=waiting`, env().APP_URL).toString();
  return {
    subject,
    ...renderEmail({ heading: subject, paragraphs: [t("approvalIntro", values), t("approvalReason", values)], action: { label: t("approvalButton"), url }, footer: t("approvalFooter") }),
  };
}

/** To the customer: the business refused the request, with its reason when it gave one. */
export async function buildReturnRefusedEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const { values, t, ret } = await load(ctx, message);
  if (ret.status !== "REFUSED") throw new Error("The return is not refused");
  const subject = t("refusedSubject", values);
  const why = ret.refusedReason ? t("refusedBecause", { ...values, text: ret.refusedReason }) : t("refusedNoReason", values);
  return { subject, ...renderEmail({ heading: subject, paragraphs: [t("refusedIntro", values), why], footer: t("customerFooter", values) }) };
}
