/** GET /tracking/{number}: one of the business's own parcels, its status and events. */
import { z } from "zod";
import { refreshIfStale } from "@/lib/tracking/refresh";
import { normalizeTrackingNumber } from "@/lib/tracking/public";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { endpoint } from "../endpoint";
import { ApiError } from "../errors";
import { presentTracking, Tracking } from "../objects/tracking";

async function read(ctx: TenantContext, trackingNumber: string) {
  return withTenant(ctx, async (tx) => {
    const shipment = await tx.shipment.findFirst({
      where: { businessId: ctx.businessId, trackingNumber, voidedAt: null, trackingStatus: { not: null } },
      select: { id: true, trackingNumber: true, trackingStatus: true, trackedAt: true, serviceCode: true, expectedDeliveryDate: true, deliveredAt: true, carrierMode: true },
    });
    if (!shipment) return null;
    const events = await tx.trackingEvent.findMany({
      where: { businessId: ctx.businessId, shipmentId: shipment.id },
      orderBy: { occurredAt: "desc" },
      select: { code: true, occurredAt: true, place: true, descriptionEn: true, descriptionFr: true, status: true, signatory: true },
    });
    return { shipment: { ...shipment, trackingNumber: shipment.trackingNumber!, trackingStatus: shipment.trackingStatus! }, events };
  });
}

export const getTracking = endpoint({
  id: "getTracking",
  method: "GET",
  path: "/tracking/{number}",
  access: "read",
  tag: "Tracking",
  summary: "A parcel's status and events, by its tracking number",
  description:
    "Only the business's own parcels: another business's number is answered 404, like an unknown one. Asked again of the carrier when the last answer is over a minute old. Spaces and dashes in the number are ignored.",
  params: z.object({ number: z.string().max(40).meta({ example: "7023210039414604" }) }),
  response: Tracking,
  errors: [404],
  async run({ actor, params, locale }) {
    const number = normalizeTrackingNumber(params.number);
    const missing = new ApiError(404, "not_found_error", "trackingNotFound", { number: params.number }, "number");
    if (!number) throw missing;
    let found = await read(actor, number);
    if (!found) throw missing;
    if (await refreshIfStale(actor, found.shipment)) found = (await read(actor, number)) ?? found;
    return presentTracking(found.shipment, found.events, locale);
  },
});
