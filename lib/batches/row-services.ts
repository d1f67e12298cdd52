/**
 * One row's services, as its list on the batch sheet offers them (cheapest first): loaded when the
 * list opens, not with the page, which carries only each row's chosen service.
 */
import type { AppLocale } from "@/lib/i18n/locales";
import { presentChoice, type PresentedChoice } from "@/lib/rates/present";
import { storedRating } from "@/lib/rates/batch-rates";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";

/** The row's services in the user's language, or null when the business has no such row in that batch. */
export async function rowServices(ctx: TenantContext, batchId: string, shipmentId: string, locale: AppLocale): Promise<PresentedChoice[] | null> {
  const row = await readInTenant(ctx, (client) => client.shipment.findFirst({ where: { id: shipmentId, batchId, businessId: ctx.businessId }, select: { quotes: true } }));
  if (!row) return null;
  return (storedRating(row)?.quotes ?? []).map((q) => presentChoice(q, locale)).sort((a, b) => a.totalCents - b.totalCents);
}
