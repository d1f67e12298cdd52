/**
 * Emitting an event: inside the transaction of what happened, the event and one delivery per
 * subscribed endpoint are written and their send jobs queued (an outbox): an event exists if and
 * only if what it reports was committed, and none is lost if the process dies after the commit.
 * Nothing is written when no enabled endpoint of the business subscribes to the type.
 * An event is live (`livemode: true`: done in the app or with a live API key) or a test (done with a
 * test API key); an endpoint receives the events of its own mode only, so a shop's live receiver
 * never ships an order for a test label.
 */
import { randomBytes } from "node:crypto";
import type { Prisma, Tx } from "@/lib/db/client";
import { sendJobInTransaction } from "@/lib/jobs/queue";
import type { WebhookEventType } from "./events";
import { eventBody, type WebhookObject } from "./payloads";

export function newEventId(): string {
  return `evt_${randomBytes(12).toString("hex")}`;
}

/** The business's enabled endpoints, live and test, that subscribe to `type`. */
export function subscribedEndpoints(tx: Tx, businessId: string, type: WebhookEventType): Promise<Subscribed[]> {
  return tx.webhookEndpoint.findMany({ where: { businessId, enabled: true, events: { has: type } }, select: { id: true, mode: true } });
}

export type Subscribed = { id: string; mode: "LIVE" | "TEST" };

/** The mode of the endpoints that receive an event: live events go to LIVE endpoints, test ones to TEST. */
export const endpointMode = (livemode: boolean): Subscribed["mode"] => (livemode ? "LIVE" : "TEST");

/**
 * Writes the event for the business's subscribed endpoints of its mode; whether it is live and
 * `object` are worked out only when an endpoint subscribes (most businesses have none: one lookup).
 * A caller emitting many events of one type in one transaction looks the endpoints up once and
 * passes them. Returns the event id, or null.
 */
export async function emitWebhookEvent(
  tx: Tx,
  businessId: string,
  type: WebhookEventType,
  livemode: boolean | (() => Promise<boolean>),
  object: () => WebhookObject | Promise<WebhookObject>,
  subscribed?: Subscribed[],
): Promise<string | null> {
  const all = subscribed ?? (await subscribedEndpoints(tx, businessId, type));
  if (all.length === 0) return null;
  const live = typeof livemode === "function" ? await livemode() : livemode;
  const endpoints = all.filter((e) => e.mode === endpointMode(live));
  if (endpoints.length === 0) return null;
  const id = newEventId();
  const created = new Date();
  const payload = eventBody(id, type, created, live, await object());
  await tx.webhookEvent.create({ data: { id, businessId, type, payload: payload as unknown as Prisma.InputJsonValue, createdAt: created } });
  for (const endpoint of endpoints) {
    const delivery = await tx.webhookDelivery.create({ data: { businessId, endpointId: endpoint.id, eventId: id, nextAttemptAt: created }, select: { id: true } });
    await sendJobInTransaction(tx, "webhook", { businessId, deliveryId: delivery.id, attempt: 1 });
  }
  return id;
}
