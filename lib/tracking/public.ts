/**
 * The public tracking of one number (no sign-in): its status, expected delivery date and events,
 * and nothing else of the business's data (no sender, no recipient, no other shipment). Reads
 * through the one-number setting of row-level security.
 */
import type { TrackingStatus } from "@/lib/carriers/types";
import { isTracked } from "@/lib/rating/services";
import { isValidPin, isValidS10 } from "@/lib/shipments/tracking-numbers";
import { unsafeWithPublicTracking } from "@/lib/tenancy/context";
import { refreshIfStale } from "./refresh";

export interface PublicTrackingEvent {
  occurredAt: string;
  place: string | null;
  description: { en: string; fr: string };
  signatory: string | null;
}

export interface PublicTracking {
  trackingNumber: string;
  status: TrackingStatus;
  serviceCode: string | null;
  /** Canada Post tracks the service; when it does not, there are no events and no expected date. */
  tracked: boolean;
  expectedDeliveryDate: string | null;
  deliveredAt: string | null;
  /** Newest first, as carriers show them. */
  events: PublicTrackingEvent[];
  /** The reference carrier's simulated events, not a real parcel. */
  sample: boolean;
}

/** "1234 5678 9012 3456" or "lx 123 456 785 ca" as typed; null when it cannot be a tracking number. */
export function normalizeTrackingNumber(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  return isValidPin(compact) || isValidS10(compact) ? compact : null;
}

async function read(trackingNumber: string) {
  return unsafeWithPublicTracking(trackingNumber, async (tx) => {
    const shipment = await tx.shipment.findFirst({
      where: { trackingNumber, voidedAt: null, trackingStatus: { not: null } },
      select: { id: true, businessId: true, trackingStatus: true, trackedAt: true, serviceCode: true, expectedDeliveryDate: true, deliveredAt: true },
    });
    if (!shipment) return null;
    const events = await tx.trackingEvent.findMany({
      where: { shipmentId: shipment.id },
      orderBy: { occurredAt: "desc" },
      select: { occurredAt: true, place: true, descriptionEn: true, descriptionFr: true, signatory: true },
    });
    return { shipment, events };
  });
}

export async function publicTracking(trackingNumber: string, now = new Date()): Promise<PublicTracking | null> {
  let found = await read(trackingNumber);
  if (!found) return null;
  const s = found.shipment;
  // The business is the shipment's own (read from the database, not from the visitor).
  if (await refreshIfStale({ businessId: s.businessId, userId: null }, s, now)) found = (await read(trackingNumber)) ?? found;
  const { shipment, events } = found;
  return {
    trackingNumber,
    status: shipment.trackingStatus!,
    serviceCode: shipment.serviceCode,
    tracked: isTracked(shipment.serviceCode),
    expectedDeliveryDate: isTracked(shipment.serviceCode) ? shipment.expectedDeliveryDate : null,
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
    events: events.map((e) => ({ occurredAt: e.occurredAt.toISOString(), place: e.place, description: { en: e.descriptionEn, fr: e.descriptionFr }, signatory: e.signatory })),
    sample: true,
  };
}

export const PUBLIC_TRACKING_LIMIT = { limit: 60, windowSeconds: 60 };
