/** Builds the "webhook endpoint turned off" email from the stored endpoint (the send job calls this). */
import type { EmailMessage } from "@/lib/db/generated/client";
import type { BuiltEmail } from "@/lib/email/types";
import { webhookDisabledEmail } from "@/lib/email/templates/webhook-disabled-email";
import { env } from "@/lib/env";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";

export async function buildWebhookDisabledEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const params = message.params as { endpointId?: string };
  const found = await withTenant(ctx, async (tx) => ({
    endpoint: await tx.webhookEndpoint.findFirst({ where: { id: params.endpointId ?? "", businessId: ctx.businessId }, select: { id: true, url: true } }),
    business: await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, slug: true } }),
  }));
  if (!found.endpoint) throw new Error("The webhook endpoint is gone");
  return webhookDisabledEmail({
    locale: message.locale,
    businessName: found.business.name,
    url: found.endpoint.url,
    pageUrl: new URL(`/b/${found.business.slug}/developers/webhooks/${found.endpoint.id}`, env().APP_URL).toString(),
  });
}
