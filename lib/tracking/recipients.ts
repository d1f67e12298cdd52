/**
 * Who gets a delivery update for an event: the shipment's notification addresses that asked for
 * it, and for Deliver to Post Office the recipient, who must be told the parcel is waiting. Pure.
 */
import type { NoticeEvent, TrackingEvent } from "@/lib/carriers/types";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";

export interface NotificationSetting {
  email: string;
  events: string[];
}

export function noticeRecipients(event: NoticeEvent, notifications: NotificationSetting[], d2poRecipientEmail: string | null): string[] {
  const wanted = new Set<string>();
  for (const n of notifications) {
    const email = n.email.trim().toLowerCase();
    if (!email) continue;
    // "Ready for pickup" is the delivered moment of a Deliver to Post Office parcel.
    if (n.events.includes(event) || (event === "readyForPickup" && n.events.includes("delivered"))) wanted.add(email);
  }
  if (event === "readyForPickup" && d2poRecipientEmail) wanted.add(d2poRecipientEmail.trim().toLowerCase());
  return [...wanted];
}

/** The key that makes a notice unique per shipment and address: each exception is its own. */
export function noticeKey(event: NoticeEvent, code: string): string {
  return event === "exception" ? `exception:${code}` : event;
}

/** One delivery update a carrier's events call for: the event, the address, the key it is sent once under. */
export interface NoticeDue {
  event: TrackingEvent & { notice: NoticeEvent };
  email: string;
  key: string;
}

/** Every delivery update these events call for on a shipment (its notification addresses, and the recipient of a Deliver to Post Office parcel). */
export function noticesDue(shipment: { notifications: unknown; labelData: unknown }, events: readonly TrackingEvent[]): NoticeDue[] {
  const snapshot = shipment.labelData as LabelSnapshot | null;
  const d2poEmail = snapshot?.label.postOffice ? (snapshot.label.recipient.email ?? null) : null;
  const notifications = (Array.isArray(shipment.notifications) ? shipment.notifications : []) as NotificationSetting[];
  return events.flatMap((e) =>
    e.notice ? noticeRecipients(e.notice, notifications, d2poEmail).map((email) => ({ event: { ...e, notice: e.notice! }, email, key: noticeKey(e.notice!, e.code) })) : [],
  );
}
