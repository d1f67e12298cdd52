/**
 * Whether a carrier's answer about a parcel changes anything Envoi stores. Pure: the refresh asks it
 * of each parcel so the many with no news cost one statement for them all, not a transaction each.
 */
import type { ShipmentTracking, TrackingEvent } from "@/lib/carriers/types";
import { noticesDue } from "./recipients";

/** What is stored of a parcel's tracking (the refresh reads it with the parcel). */
export type StoredTracking = {
  notifications: unknown;
  labelData: unknown;
  trackingStatus: string | null;
  expectedDeliveryDate: string | null;
  deliveredAt: Date | null;
  signatory: string | null;
  trackingEvents: { code: string; occurredAt: Date }[];
  deliveryNotices: { email: string; event: string }[];
};

/**
 * Whether the carrier's answer changes nothing stored: every event already kept, the same status,
 * expected date and delivery, and every delivery update it calls for already sent. `applyTracking`
 * would then only note when the parcel was asked about.
 */
export function nothingNew(shipment: StoredTracking, tracking: ShipmentTracking): boolean {
  const eventKeys = new Set(shipment.trackingEvents.map((e) => `${e.code}|${e.occurredAt.getTime()}`));
  if (!tracking.events.every((e) => eventKeys.has(`${e.code}|${new Date(e.occurredAt).getTime()}`))) return false;
  if (tracking.status !== shipment.trackingStatus) return false;
  if (tracking.expectedDeliveryDate && tracking.expectedDeliveryDate !== shipment.expectedDeliveryDate) return false;
  const delivered = deliveredEvent(tracking.events);
  if ((delivered ? new Date(delivered.occurredAt).getTime() : null) !== (shipment.deliveredAt?.getTime() ?? null)) return false;
  if ((delivered?.signatory ?? null) !== shipment.signatory) return false;
  const sent = new Set(shipment.deliveryNotices.map((n) => `${n.email}|${n.event}`));
  return noticesDue(shipment, tracking.events).every((n) => sent.has(`${n.email}|${n.key}`));
}

/** The delivery among these events (the last one, if the carrier reports several). */
export function deliveredEvent(events: readonly TrackingEvent[]): TrackingEvent | undefined {
  return events.findLast((e) => e.status === "DELIVERED");
}
