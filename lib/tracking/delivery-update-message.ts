/** A delivery update email, built from the shipment's frozen label and its stored event. */
import type { EmailMessage } from "@/lib/db/generated/client";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import type { NoticeEvent } from "@/lib/carriers/types";
import type { BuiltEmail } from "@/lib/email/types";
import { deliveryUpdateEmail } from "@/lib/email/templates/delivery-update-email";
import { serviceName } from "@/lib/rates/present";
import { isProvince } from "@/lib/rating/calendar/holidays";
import { provinceTimeZone } from "@/lib/rating/places";
import { addDays } from "@/lib/rating/calendar/dates";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { publicTrackingUrl } from "./public-url";

/** Days a Deliver to Post Office parcel waits at the office before it goes back to the sender. */
export const HOLD_DAYS = 15;

interface Params {
  event: NoticeEvent;
  code: string;
  occurredAt: string;
}

export async function buildDeliveryUpdateEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  const params = message.params as unknown as Params;
  const loaded = await withTenant(ctx, async (tx) => {
    const shipment = message.shipmentId
      ? await tx.shipment.findFirst({ where: { id: message.shipmentId, businessId: ctx.businessId }, select: { trackingNumber: true, labelData: true, expectedDeliveryDate: true, carrier: true, carrierAccountId: true } })
      : null;
    const event = message.shipmentId
      ? await tx.trackingEvent.findFirst({ where: { businessId: ctx.businessId, shipmentId: message.shipmentId, code: params.code, occurredAt: new Date(params.occurredAt) } })
      : null;
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true } });
    return { shipment, event, business };
  });
  const { shipment, event, business } = loaded;
  const snapshot = shipment?.labelData as LabelSnapshot | null | undefined;
  if (!shipment?.trackingNumber || !snapshot || !event) throw new Error("The shipment or its event is gone");
  const locale = message.locale;
  const label = snapshot.label;
  const province = label.recipient.province ?? label.sender.province ?? "ON";
  const timeZone = isProvince(province) ? provinceTimeZone(province) : "America/Toronto";
  let postOffice = null;
  if (params.event === "readyForPickup" && label.postOffice) {
    // The office as the carrier that carries the parcel knows it (its hours).
    const record = await (await connectorFor(ctx, carrierOf(shipment.carrier), { accountId: shipment.carrierAccountId ?? null })).postOffice?.(label.postOffice.id);
    const arrived = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(event.occurredAt);
    postOffice = {
      name: label.postOffice.name,
      line1: label.postOffice.line1,
      city: label.postOffice.city,
      province: label.postOffice.province,
      postalCode: label.postOffice.postalCode,
      // The carrier's hours are Monday-first; the template's Sunday-first.
      hours: (record?.hours ?? []).map((h) => ({ day: (h.day + 1) % 7, open: h.open, close: h.close })),
      holdUntil: addDays(arrived, HOLD_DAYS),
    };
  }
  return deliveryUpdateEmail({
    locale,
    event: params.event,
    businessName: business.name,
    trackingNumber: shipment.trackingNumber,
    trackingUrl: publicTrackingUrl(shipment.trackingNumber, locale),
    serviceName: serviceName(snapshot.quote.serviceCode, locale),
    expectedDeliveryDate: shipment.expectedDeliveryDate,
    eventDescription: locale === "fr" ? event.descriptionFr : event.descriptionEn,
    eventPlace: event.place,
    eventAt: event.occurredAt.toISOString(),
    timeZone,
    signatory: event.signatory,
    reference: label.reference1 ?? null,
    postOffice,
  });
}
