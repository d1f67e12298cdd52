/** The events a webhook endpoint can subscribe to, in the order the page lists them. Pure. */
export const WEBHOOK_EVENT_TYPES = [
  "shipment.purchased",
  "label.ready",
  "tracking.updated",
  "shipment.delivered",
  "refund.updated",
  "pickup.changed",
  "batch.completed",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === "string" && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
