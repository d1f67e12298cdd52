/** Builds a pickup email from the stored pickup (the send job calls this). */
import type { EmailMessage } from "@/lib/db/generated/client";
import type { BuiltEmail } from "@/lib/email/types";
import { pickupEmail } from "@/lib/email/templates/pickup-email";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/messages";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";

export async function buildPickupEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const params = message.params as { pickupId?: string; change?: "booked" | "changed" | "cancelled" };
  const found = await withTenant(ctx, async (tx) => {
    const pickup = await tx.pickup.findFirst({ where: { id: params.pickupId ?? "", businessId: ctx.businessId } });
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, slug: true } });
    return { pickup, business };
  });
  const { pickup, business } = found;
  if (!pickup) throw new Error("The pickup is gone");
  const where = translator(message.locale, "pickups.locations");
  return pickupEmail({
    locale: message.locale,
    change: params.change ?? "booked",
    businessName: business.name,
    confirmationNumber: pickup.confirmationNumber,
    date: pickup.date,
    readyTime: pickup.readyTime,
    closingTime: pickup.closingTime,
    address: [pickup.company, pickup.line1, pickup.line2, `${pickup.city.toUpperCase()} ${pickup.province}  ${pickup.postalCode}`].filter(Boolean).join(", "),
    locationText: where(pickup.location),
    instructions: pickup.instructions,
    parcels: pickup.parcels,
    totalWeightKg: pickup.totalWeightGrams / 1000,
    heavy: pickup.heavy,
    totalCents: pickup.totalCents,
    billedByCarrier: Boolean(pickup.carrierAccountId),
    pageUrl: new URL(`/b/${business.slug}/pickups`, env().APP_URL).toString(),
  });
}
