/**
 * A business's webhook endpoints (Developers, Webhooks; owners and admins): added with a new
 * signing secret (shown once), listed without it, turned on or off, given a new secret, deleted;
 * and their deliveries listed and re-sent. Tenant-scoped; every change is in the audit log.
 */
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sendJobInTransaction } from "@/lib/jobs/queue";
import type { Actor } from "@/lib/tenancy/actor";
import { readInTenant, withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { WebhookEndpointInput } from "./schema";
import { newStoredSecret } from "./secret-store";

/** At most this many endpoints per business. */
export const MAX_ENDPOINTS = 20;

const VIEW = { id: true, url: true, description: true, events: true, mode: true, secretHint: true, enabled: true, disabledReason: true, disabledAt: true, createdAt: true } as const;

export async function listWebhookEndpoints(ctx: TenantContext) {
  return readInTenant(ctx, (db) => db.webhookEndpoint.findMany({ where: { businessId: ctx.businessId }, select: VIEW, orderBy: { createdAt: "asc" } }));
}

export async function getWebhookEndpoint(ctx: TenantContext, id: string) {
  return readInTenant(ctx, (db) => db.webhookEndpoint.findFirst({ where: { id, businessId: ctx.businessId }, select: VIEW }));
}

/** The endpoint's latest deliveries, newest first, with each attempt. */
export async function listWebhookDeliveries(ctx: TenantContext, endpointId: string, take = 50) {
  return readInTenant(ctx, (db) =>
    db.webhookDelivery.findMany({
      where: { businessId: ctx.businessId, endpointId },
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastDurationMs: true,
        lastError: true,
        lastAttemptAt: true,
        nextAttemptAt: true,
        deliveredAt: true,
        createdAt: true,
        event: { select: { id: true, type: true } },
        attemptLog: { orderBy: { number: "asc" }, select: { number: true, manual: true, succeeded: true, statusCode: true, durationMs: true, error: true, createdAt: true } },
      },
    }),
  );
}

async function findOwn(tx: Tx, actor: Actor, id: string) {
  const endpoint = await tx.webhookEndpoint.findFirst({ where: { id, businessId: actor.businessId }, select: { id: true, url: true, enabled: true } });
  if (!endpoint) throw new AppError("notFound", `webhook endpoint ${id} is not the business's`);
  return endpoint;
}

/** Adds an endpoint; returns its id and its signing secret (the only time it is shown). */
export async function createWebhookEndpoint(actor: Actor, input: WebhookEndpointInput): Promise<{ id: string; secret: string }> {
  const { secret, stored } = newStoredSecret();
  return withTenant(actor, async (tx) => {
    const count = await tx.webhookEndpoint.count({ where: { businessId: actor.businessId } });
    if (count >= MAX_ENDPOINTS) throw new AppError("webhookEndpointLimit", `at most ${MAX_ENDPOINTS} endpoints`, undefined, { max: MAX_ENDPOINTS });
    const endpoint = await tx.webhookEndpoint.create({
      data: { businessId: actor.businessId, url: input.url, description: input.description || null, events: input.events, mode: input.mode, ...stored },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "webhook_endpoint.created", entityType: "WebhookEndpoint", entityId: endpoint.id, details: { url: input.url, events: input.events, mode: input.mode } });
    return { id: endpoint.id, secret };
  });
}

/** Changes an endpoint's URL, description and events (its secret and deliveries stay). */
export async function updateWebhookEndpoint(actor: Actor, id: string, input: WebhookEndpointInput): Promise<void> {
  await withTenant(actor, async (tx) => {
    const endpoint = await findOwn(tx, actor, id);
    await tx.webhookEndpoint.update({ where: { id }, data: { url: input.url, description: input.description || null, events: input.events, mode: input.mode } });
    await recordAudit(tx, actor, {
      action: "webhook_endpoint.updated",
      entityType: "WebhookEndpoint",
      entityId: id,
      details: { url: input.url, ...(endpoint.url !== input.url ? { previousUrl: endpoint.url } : {}), events: input.events, mode: input.mode },
    });
  });
}

/** Turns an endpoint on (clearing why Envoi turned it off) or off. */
export async function setWebhookEndpointEnabled(actor: Actor, id: string, enabled: boolean): Promise<void> {
  await withTenant(actor, async (tx) => {
    const endpoint = await findOwn(tx, actor, id);
    if (endpoint.enabled === enabled) return;
    await tx.webhookEndpoint.update({ where: { id }, data: enabled ? { enabled, disabledReason: null, disabledAt: null } : { enabled, disabledReason: null, disabledAt: new Date() } });
    await recordAudit(tx, actor, { action: enabled ? "webhook_endpoint.enabled" : "webhook_endpoint.disabled", entityType: "WebhookEndpoint", entityId: id, details: { url: endpoint.url } });
  });
}

/** A new signing secret for the endpoint (the old one stops working at once); returns it, shown once. */
export async function rollWebhookSecret(actor: Actor, id: string): Promise<string> {
  const { secret, stored } = newStoredSecret();
  await withTenant(actor, async (tx) => {
    const endpoint = await findOwn(tx, actor, id);
    await tx.webhookEndpoint.update({ where: { id }, data: stored });
    await recordAudit(tx, actor, { action: "webhook_endpoint.secret_rolled", entityType: "WebhookEndpoint", entityId: id, details: { url: endpoint.url } });
  });
  return secret;
}

/** Deletes the endpoint with its deliveries (the audit log keeps its URL). */
export async function deleteWebhookEndpoint(actor: Actor, id: string): Promise<void> {
  await withTenant(actor, async (tx) => {
    const endpoint = await findOwn(tx, actor, id);
    await tx.webhookEndpoint.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "webhook_endpoint.deleted", entityType: "WebhookEndpoint", entityId: id, details: { url: endpoint.url } });
  });
}

/** Sends a delivery again now: one more attempt, whatever its status (its scheduled retries continue if it fails). */
export async function resendWebhookDelivery(actor: Actor, deliveryId: string): Promise<void> {
  await withTenant(actor, async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, businessId: actor.businessId }, select: { id: true, attempts: true, endpoint: { select: { url: true } }, event: { select: { id: true, type: true } } } });
    if (!delivery) throw new AppError("notFound", `webhook delivery ${deliveryId} is not the business's`);
    await sendJobInTransaction(tx, "webhook", { businessId: actor.businessId, deliveryId, attempt: delivery.attempts + 1, manual: true });
    await recordAudit(tx, actor, { action: "webhook_delivery.resent", entityType: "WebhookDelivery", entityId: deliveryId, details: { url: delivery.endpoint.url, eventId: delivery.event.id, type: delivery.event.type } });
  });
}
