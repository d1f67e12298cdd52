/** The delivery confirmation of a delivered, signed-for shipment, as PDF. Tenant-scoped. */
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { renderDeliveryConfirmationPdf } from "@/lib/documents/delivery-confirmation-pdf";
import type { AppLocale } from "@/lib/i18n/locales";
import { serviceName } from "@/lib/rates/present";
import { isProvince } from "@/lib/rating/calendar/holidays";
import { provinceTimeZone } from "@/lib/rating/places";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";

export async function deliveryConfirmationPdf(ctx: TenantContext, shipmentId: string, locale: AppLocale): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const found = await withTenant(ctx, async (tx) => {
    const s = await tx.shipment.findFirst({
      where: { id: shipmentId, businessId: ctx.businessId, trackingStatus: "DELIVERED", signatory: { not: null } },
      select: { trackingNumber: true, labelData: true, deliveredAt: true, signatory: true },
    });
    if (!s) return null;
    const delivered = await tx.trackingEvent.findFirst({ where: { businessId: ctx.businessId, shipmentId, status: "DELIVERED" }, orderBy: { occurredAt: "desc" }, select: { place: true, occurredAt: true } });
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true } });
    return { s, delivered, business };
  });
  if (!found?.s.labelData || !found.s.trackingNumber) return null;
  const { s, delivered, business } = found;
  const { label, quote } = s.labelData as unknown as LabelSnapshot;
  const province = label.recipient.province ?? "";
  const bytes = await renderDeliveryConfirmationPdf({
    locale,
    trackingNumber: s.trackingNumber!,
    serviceName: serviceName(quote.serviceCode, locale),
    businessName: business.name,
    sender: { name: label.sender.name || label.sender.company || business.name, city: label.sender.city, province: label.sender.province ?? "", postalCode: label.sender.postalCode ?? "" },
    recipient: { name: label.recipient.name, company: label.recipient.company, line1: label.recipient.line1, line2: label.recipient.line2, city: label.recipient.city, province: label.recipient.province ?? null, postalCode: label.recipient.postalCode ?? null, country: label.recipient.country },
    mailingDate: quote.mailingDate,
    deliveredAt: (delivered?.occurredAt ?? s.deliveredAt!).toISOString(),
    timeZone: isProvince(province) ? provinceTimeZone(province) : "America/Toronto",
    deliveredPlace: delivered?.place ?? null,
    signatory: s.signatory!,
    reference1: label.reference1,
    reference2: label.reference2,
    sandbox: true,
  });
  return { bytes, fileName: `delivery-confirmation-${s.trackingNumber}.pdf` };
}
