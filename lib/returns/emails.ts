/**
 * The returns' emails, built from current data when the send job runs: to the customer, their
 * return label (letter-size PDF attached) and the link to its page; to the business's notification
 * addresses, a return that arrived back.
 */
import type { EmailMessage } from "@/lib/db/generated/client";
import { renderEmail } from "@/lib/email/layout";
import type { BuiltEmail } from "@/lib/email/types";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/messages";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { returnLabelPdf } from "./label-pdf";

/** The customer's page of a return label (no sign-in: the secret is the key). */
export function returnLabelUrl(slug: string, token: string): string {
  return new URL(`/returns/${slug}/label/${token}`, env().APP_URL).toString();
}

export async function buildReturnEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const params = message.params as { returnId?: string; token?: string };
  const found = await withTenant(ctx, async (tx) => ({
    ret: await tx.return.findFirst({
      where: { id: params.returnId ?? "", businessId: ctx.businessId, status: { in: ["ISSUED", "IN_TRANSIT", "ARRIVED"] } },
      select: { number: true, trackingNumber: true, labelData: true, labelPdf: true, locale: true },
    }),
    business: await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, slug: true } }),
  }));
  if (!found.ret || !params.token) throw new Error("The return label is gone (cancelled or not issued)");
  const pdf = await returnLabelPdf(found.ret, "letter");
  if (!pdf) throw new Error("The return has no label");
  const t = translator(message.locale, "returns.email");
  const values = { business: found.business.name, number: found.ret.number, tracking: found.ret.trackingNumber ?? "" };
  const subject = t("subject", values);
  const { html, text } = renderEmail({
    heading: subject,
    paragraphs: [t("intro", values), t("steps", values)],
    action: { label: t("button"), url: returnLabelUrl(found.business.slug, params.token) },
    footer: t("footer", values),
  });
  return { subject, html, text, attachments: [{ filename: t("fileName", values), content: Buffer.from(pdf), contentType: "application/pdf" }] };
}

export async function buildReturnArrivedEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const params = message.params as { returnId?: string };
  const found = await withTenant(ctx, async (tx) => ({
    ret: await tx.return.findFirst({ where: { id: params.returnId ?? "", businessId: ctx.businessId }, select: { number: true, trackingNumber: true, shipmentId: true } }),
    business: await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { slug: true } }),
  }));
  if (!found.ret) throw new Error("The return is gone");
  const t = translator(message.locale, "returns.email");
  const values = { number: found.ret.number, tracking: found.ret.trackingNumber ?? "" };
  const subject = t("arrivedSubject", values);
  const { html, text } = renderEmail({
    heading: subject,
    paragraphs: [t("arrivedIntro", values)],
    action: { label: t("arrivedButton"), url: new URL(`/b/${found.business.slug}/shipments/${found.ret.shipmentId}`, env().APP_URL).toString() },
    footer: t("arrivedFooter"),
  });
  return { subject, html, text };
}
