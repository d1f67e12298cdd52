/**
 * Whether a carrier's answer about a parcel changes anything Envoi stores. Pure: the refresh asks it
 * of each parcel so the many with no news cost one statement for them all, not a transaction each.
 */
import type { ShipmentTracking } from "@/lib/carriers/types";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { noticeKey, noticeRecipients, type NotificationSetting } from "./recipients";

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
  const delivered = [...tracking.events].reverse().find((e) => e.status === "DELIVERED");
  if ((delivered ? new Date(delivered.occurredAt).getTime() : null) !== (shipment.deliveredAt?.getTime() ?? null)) return false;
  if ((delivered?.signatory ?? null) !== shipment.signatory) return false;
  const sent = new Set(shipment.deliveryNotices.map((n) => `${n.email}|${n.event}`));
  const snapshot = shipment.labelData as LabelSnapshot | null;
  const d2poEmail = snapshot?.label.postOffice ? (snapshot.label.recipient.email ?? null) : null;
  const notifications = (Array.isArray(shipment.notifications) ? shipment.notifications : []) as NotificationSetting[];
  return tracking.events.every((e) => !e.notice || noticeRecipients(e.notice, notifications, d2poEmail).every((email) => sent.has(`${email}|${noticeKey(e.notice!, e.code)}`)));
}
