/**
 * Tracking refresh for one business: asks the carrier about its shipments still on their way,
 * stores the new events once, updates each shipment's status, and queues the delivery updates
 * its notification addresses asked for (never twice for the same event and address).
 */
import crypto from "node:crypto";
import { carrierOf, connectorFor } from "@/lib/carriers/registry";
import type { CarrierId, ShipmentTracking } from "@/lib/carriers/types";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/db/generated/enums";
import { recordEmails } from "@/lib/email/outbox";
import { UNTRACKED_SERVICE_CODES } from "@/lib/rating/services";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { deliveredEvent, nothingNew } from "./nothing-new";
import { noticesDue } from "./recipients";
import { emitTrackingUpdated } from "@/lib/webhooks/emitters";

const ACTIVE = { notIn: ["DELIVERED", "RETURNED"] as ("DELIVERED" | "RETURNED")[] };
/** Services Canada Post does not track are never asked about. */
const TRACKED_SERVICE = { notIn: UNTRACKED_SERVICE_CODES };

export interface RefreshOptions {
  now?: Date;
  /** Only these shipments (the page of one shipment). */
  shipmentIds?: string[];
}

export async function refreshTracking(ctx: TenantContext, options: RefreshOptions = {}): Promise<{ shipments: number; events: number; notices: number }> {
  const now = options.now ?? new Date();
  const active = await withTenant(ctx, (tx) =>
    tx.shipment.findMany({
      where: { businessId: ctx.businessId, trackingStatus: ACTIVE, voidedAt: null, trackingNumber: { not: null }, serviceCode: TRACKED_SERVICE, ...(options.shipmentIds ? { id: { in: options.shipmentIds } } : {}) },
      select: {
        id: true,
        trackingNumber: true,
        notifications: true,
        labelData: true,
        carrier: true,
        carrierAccountId: true,
        // What is stored already, so an answer with nothing new costs no transaction of its own.
        trackingStatus: true,
        expectedDeliveryDate: true,
        deliveredAt: true,
        signatory: true,
        trackingEvents: { select: { code: true, occurredAt: true } },
        deliveryNotices: { select: { email: true, event: true } },
      },
      take: 500,
    }),
  );
  if (active.length === 0) return { shipments: 0, events: 0, notices: 0 };
  // Each parcel is asked of the carrier (and account) that issued its label.
  const byCarrier = new Map<string, { carrier: CarrierId; accountId: string | null; shipments: typeof active }>();
  for (const s of active) {
    const key = `${carrierOf(s.carrier)}:${s.carrierAccountId ?? ""}`;
    const group = byCarrier.get(key) ?? { carrier: carrierOf(s.carrier), accountId: s.carrierAccountId, shipments: [] };
    group.shipments.push(s);
    byCarrier.set(key, group);
  }
  const tracked: ShipmentTracking[] = [];
  for (const { carrier, accountId, shipments } of byCarrier.values()) {
    let connector;
    try {
      connector = await connectorFor(ctx, carrier, { now, accountId });
    } catch (e) {
      // The account that issued these labels was removed: they can no longer be tracked through Envoi.
      console.error(`[tracking] ${carrier}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (!connector.track) continue;
    const result = await connector.track(shipments.map((s) => s.trackingNumber!));
    tracked.push(...(result.data ?? []));
    for (const m of result.messages) console.error(`[tracking] ${carrier}: ${m.problem.code} ${m.detail ?? ""}`);
  }
  const byNumber = new Map(active.map((s) => [s.trackingNumber!, s]));
  // Delivery updates are written in the business's language for its recipients.
  const locale = (await withTenant(ctx, (tx) => tx.businessSettings.findUnique({ where: { businessId: ctx.businessId }, select: { locale: true } })))?.locale ?? "en";
  let events = 0;
  let notices = 0;
  const unchanged: string[] = [];
  for (const tracking of tracked) {
    const shipment = byNumber.get(tracking.trackingNumber);
    if (!shipment) continue;
    if (nothingNew(shipment, tracking)) {
      unchanged.push(shipment.id);
      continue;
    }
    const { stored, emailIds } = await withTenant(ctx, (tx) => applyTracking(tx, ctx.businessId, shipment, tracking, now, locale));
    events += stored;
    notices += emailIds.length;
  }
  // Most parcels have no news at most refreshes: one statement marks them all as asked.
  if (unchanged.length > 0) {
    await withTenant(ctx, (tx) => tx.shipment.updateMany({ where: { businessId: ctx.businessId, id: { in: unchanged } }, data: { trackedAt: now } }));
  }
  return { shipments: active.length, events, notices };
}

async function applyTracking(
  tx: Tx,
  businessId: string,
  shipment: { id: string; notifications: unknown; labelData: unknown },
  tracking: ShipmentTracking,
  now: Date,
  locale: Locale,
): Promise<{ stored: number; emailIds: string[] }> {
  const created = await tx.trackingEvent.createMany({
    data: tracking.events.map((e) => ({
      businessId,
      shipmentId: shipment.id,
      code: e.code,
      occurredAt: new Date(e.occurredAt),
      place: e.place,
      descriptionEn: e.description.en,
      descriptionFr: e.description.fr,
      signatory: e.signatory,
      status: e.status,
      notice: e.notice,
    })),
    skipDuplicates: true,
  });
  const delivered = deliveredEvent(tracking.events);
  // An answer older than what is stored (an operator's simulation ran ahead) never moves the status back.
  const latest = await tx.trackingEvent.findFirst({ where: { businessId, shipmentId: shipment.id }, orderBy: { occurredAt: "desc" }, select: { occurredAt: true } });
  const newest = tracking.events.at(-1);
  const behind = latest && (!newest || new Date(newest.occurredAt).getTime() < latest.occurredAt.getTime());
  const before = await tx.shipment.findFirst({ where: { id: shipment.id, businessId }, select: { trackingStatus: true } });
  if (behind) {
    await tx.shipment.update({ where: { id: shipment.id }, data: { trackedAt: now } });
    return { stored: created.count, emailIds: [] };
  }
  await tx.shipment.update({
    where: { id: shipment.id },
    data: {
      trackingStatus: tracking.status,
      expectedDeliveryDate: tracking.expectedDeliveryDate ?? undefined,
      trackedAt: now,
      deliveredAt: delivered ? new Date(delivered.occurredAt) : null,
      signatory: delivered?.signatory ?? null,
    },
  });
  if (created.count > 0 || before?.trackingStatus !== tracking.status) {
    await emitTrackingUpdated(tx, businessId, shipment.id, tracking.status === "DELIVERED" && before?.trackingStatus !== "DELIVERED");
  }

  const emailIds: string[] = [];
  for (const { event: e, email, key } of noticesDue(shipment, tracking.events)) {
    // One notice per shipment, address and event, ever: the unique key decides, even across concurrent refreshes.
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "DeliveryNotice" ("id", "businessId", "shipmentId", "email", "event")
      VALUES (${crypto.randomUUID()}, ${businessId}, ${shipment.id}, ${email}, ${key})
      ON CONFLICT ("shipmentId", "email", "event") DO NOTHING RETURNING "id"`;
    if (inserted.length === 0) continue;
    const [emailId] = await recordEmails(tx, businessId, [
      { kind: "DELIVERY_UPDATE", to: email, locale, shipmentId: shipment.id, params: { event: e.notice, code: e.code, occurredAt: e.occurredAt } },
    ]);
    await tx.deliveryNotice.update({ where: { id: inserted[0]!.id }, data: { emailMessageId: emailId } });
    emailIds.push(emailId!);
  }
  return { stored: created.count, emailIds };
}

/** The page of one shipment (or the public page) asks again when the last answer is over a minute old. */
export async function refreshIfStale(ctx: TenantContext, shipment: { id: string; trackedAt: Date | null; trackingStatus: string | null }, now = new Date()): Promise<boolean> {
  if (!shipment.trackingStatus || shipment.trackingStatus === "DELIVERED" || shipment.trackingStatus === "RETURNED") return false;
  if (shipment.trackedAt && now.getTime() - shipment.trackedAt.getTime() < 60_000) return false;
  try {
    await refreshTracking(ctx, { now, shipmentIds: [shipment.id] });
    return true;
  } catch (e) {
    console.error(`[tracking] shipment ${shipment.id}: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
