/**
 * Who gets a delivery update for an event: the shipment's notification addresses that asked for
 * it, and for Deliver to Post Office the recipient, who must be told the parcel is waiting. Pure.
 */
import type { NoticeEvent } from "@/lib/carriers/types";

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
