/**
 * The webhook job: one attempt of one delivery. The attempt is claimed first (a delivery's
 * attempt number n runs once, whichever of the scheduled job or a re-send gets there first), the
 * request is sent outside any transaction, then its outcome is logged and, in the same
 * transaction, the next attempt is queued (schedule.ts) or the delivery is closed.
 * An endpoint that accepted nothing during a delivery's whole schedule (about 3 days of failed
 * attempts) is turned off and its business's owners are emailed.
 */
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { recordEmails } from "@/lib/email/outbox";
import { recipientLocale } from "@/lib/email/recipient-locale";
import { sendJobInTransaction } from "@/lib/jobs/queue";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { NetworkPolicy, Resolve } from "./address-guard";
import { networkPolicy } from "./policy";
import { retryDelaySeconds } from "./schedule";
import { readStoredSecret } from "./secret-store";
import { sendWebhook, type SendOutcome } from "./send";

export interface WebhookJob {
  businessId: string;
  deliveryId: string;
  /** Which attempt of the delivery this job makes (1 for the first). */
  attempt: number;
  /** Re-sent from the page. */
  manual?: boolean;
}

export interface DeliverOptions {
  policy?: NetworkPolicy;
  resolve?: Resolve;
  now?: () => Date;
}

export type DeliverResult = "succeeded" | "retrying" | "failed" | "skipped";

/** Why Envoi turned an endpoint off. */
export const DISABLED_FAILING = "failing";

export async function deliverWebhook(job: WebhookJob, options: DeliverOptions = {}): Promise<DeliverResult> {
  const ctx: TenantContext = { businessId: job.businessId, userId: null };
  const now = options.now ?? (() => new Date());
  const claimed = await withTenant(ctx, async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: job.deliveryId, businessId: ctx.businessId },
      include: { endpoint: { select: { id: true, url: true, enabled: true, secret: true, keyId: true } }, event: { select: { id: true, payload: true } } },
    });
    if (!delivery || delivery.attempts >= job.attempt) return null;
    if (!job.manual && delivery.status !== "PENDING") return null;
    if (!job.manual && !delivery.endpoint.enabled) {
      // Turned off meanwhile: what was still owed stops here (a re-send can still try it).
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", nextAttemptAt: null, lastError: "The endpoint is turned off." } });
      return null;
    }
    const claim = await tx.webhookDelivery.updateMany({ where: { id: delivery.id, businessId: ctx.businessId, attempts: job.attempt - 1 }, data: { attempts: job.attempt, status: "PENDING" } });
    return claim.count === 1 ? delivery : null;
  });
  if (!claimed) return "skipped";

  let outcome: SendOutcome;
  try {
    const secret = readStoredSecret(claimed.endpoint);
    outcome = await sendWebhook({ url: claimed.endpoint.url, body: JSON.stringify(claimed.event.payload), secret, eventId: claimed.event.id, policy: options.policy ?? networkPolicy(), resolve: options.resolve });
  } catch (e) {
    outcome = { ok: false, statusCode: null, durationMs: 0, error: e instanceof Error ? e.message : String(e) };
  }

  const at = now();
  return withTenant(ctx, async (tx) => {
    await tx.webhookAttempt.create({
      data: { businessId: ctx.businessId, deliveryId: claimed.id, number: job.attempt, manual: Boolean(job.manual), succeeded: outcome.ok, statusCode: outcome.statusCode, durationMs: outcome.durationMs, error: outcome.error?.slice(0, 500) ?? null, createdAt: at },
    });
    const last = { lastStatusCode: outcome.statusCode, lastDurationMs: outcome.durationMs, lastError: outcome.error?.slice(0, 500) ?? null, lastAttemptAt: at };
    if (outcome.ok) {
      await tx.webhookDelivery.update({ where: { id: claimed.id }, data: { ...last, status: "SUCCEEDED", deliveredAt: at, nextAttemptAt: null } });
      return "succeeded";
    }
    const delay = retryDelaySeconds(job.attempt);
    if (delay !== null) {
      await tx.webhookDelivery.update({ where: { id: claimed.id }, data: { ...last, status: "PENDING", nextAttemptAt: new Date(at.getTime() + delay * 1000) } });
      await sendJobInTransaction(tx, "webhook", { businessId: ctx.businessId, deliveryId: claimed.id, attempt: job.attempt + 1 }, { startAfterSeconds: delay });
      return "retrying";
    }
    await tx.webhookDelivery.update({ where: { id: claimed.id }, data: { ...last, status: "FAILED", nextAttemptAt: null } });
    if (!job.manual) await disableIfFailing(tx, ctx, claimed.endpoint.id, claimed.createdAt, at);
    return "failed";
  });
}

/**
 * Turns the endpoint off when nothing was delivered to it since `since` (the failed delivery's
 * creation: its whole schedule failed) and tells the owners, once (only an enabled endpoint is
 * turned off).
 */
async function disableIfFailing(tx: Tx, ctx: TenantContext, endpointId: string, since: Date, now: Date) {
  const delivered = await tx.webhookDelivery.count({ where: { businessId: ctx.businessId, endpointId, status: "SUCCEEDED", deliveredAt: { gte: since } } });
  if (delivered > 0) return;
  const turnedOff = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, businessId: ctx.businessId, enabled: true }, data: { enabled: false, disabledReason: DISABLED_FAILING, disabledAt: now } });
  if (turnedOff.count === 0) return;
  const endpoint = await tx.webhookEndpoint.findFirstOrThrow({ where: { id: endpointId, businessId: ctx.businessId }, select: { url: true } });
  await recordAudit(tx, ctx, { action: "webhook_endpoint.disabled_failing", entityType: "WebhookEndpoint", entityId: endpointId, details: { url: endpoint.url } });
  const owners = await tx.membership.findMany({ where: { businessId: ctx.businessId, role: "OWNER" }, select: { user: { select: { email: true } } } });
  const businessLocale = (await tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { locale: true } }))?.locale ?? "en";
  await recordEmails(
    tx,
    ctx.businessId,
    await Promise.all(owners.map(async (o) => ({ kind: "WEBHOOK_DISABLED" as const, to: o.user.email, locale: await recipientLocale(o.user.email, businessLocale), params: { endpointId } }))),
  );
}
