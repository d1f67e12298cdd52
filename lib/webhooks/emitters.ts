/**
 * One function per place that emits events, called inside that place's own transaction: each
 * reads what its payload shows (only when an endpoint subscribes) and emits (emit.ts). A label's
 * events are test events when it was bought with a test API key (its batch's payment method TEST).
 */
import type { Tx } from "@/lib/db/client";
import { isTestMode, type TenantContext } from "@/lib/tenancy/context";
import { emitWebhookEvent, endpointMode, subscribedEndpoints } from "./emit";
import { batchObject, labelObject, pickupObject, refundObject, SHIPMENT_FIELDS, shipmentObject, trackingObject } from "./payloads";

async function shipmentRow(tx: Tx, businessId: string, shipmentId: string) {
  return tx.shipment.findFirstOrThrow({ where: { id: shipmentId, businessId }, select: { ...SHIPMENT_FIELDS, signatory: true } });
}

/** Whether what the payment method paid for is live (anything but a test API key's TEST). */
const live = (paymentMethod: string | null) => paymentMethod !== "TEST";

/** Whether a shipment's label was bought for real (not with a test API key). */
async function shipmentIsLive(tx: Tx, businessId: string, shipmentId: string): Promise<boolean> {
  const s = await tx.shipment.findFirstOrThrow({ where: { id: shipmentId, businessId }, select: { batch: { select: { paymentMethod: true } } } });
  return live(s.batch.paymentMethod);
}

/** A label bought (complete.ts, as each issued shipment is stored). */
export async function emitShipmentPurchased(tx: Tx, businessId: string, shipmentId: string) {
  await emitWebhookEvent(tx, businessId, "shipment.purchased", () => shipmentIsLive(tx, businessId, shipmentId), async () => shipmentObject(await shipmentRow(tx, businessId, shipmentId)));
}

/** Every label of a batch drawn and stored, and the batch done (complete.ts, when the batch is labelled). */
export async function emitBatchLabelled(tx: Tx, businessId: string, batchId: string) {
  const [labelReady, completed] = await Promise.all([subscribedEndpoints(tx, businessId, "label.ready"), subscribedEndpoints(tx, businessId, "batch.completed")]);
  // Nothing to read when no endpoint listens (most businesses): a batch of 50 costs two lookups.
  if (labelReady.length === 0 && completed.length === 0) return;
  const batch = await tx.batch.findFirstOrThrow({ where: { id: batchId, businessId }, select: { id: true, number: true, status: true, totalCents: true, paymentMethod: true, labelledAt: true, labelFormat: true } });
  const livemode = live(batch.paymentMethod);
  if (![...labelReady, ...completed].some((e) => e.mode === endpointMode(livemode))) return;
  const labelled = await tx.shipment.findMany({ where: { batchId, businessId, status: "LABELLED" }, select: { id: true, batchId: true, trackingNumber: true, returnTrackingNumber: true }, orderBy: { position: "asc" } });
  for (const s of labelled) await emitWebhookEvent(tx, businessId, "label.ready", livemode, () => labelObject(s, batch.labelFormat), labelReady);
  await emitWebhookEvent(
    tx,
    businessId,
    "batch.completed",
    livemode,
    async () => {
      const refused = await tx.shipment.count({ where: { batchId, businessId, status: "REFUSED" } });
      return batchObject(batch, { labelled: labelled.length, refused });
    },
    completed,
  );
}

/** New tracking events stored (tracking/refresh.ts); `delivered`: the parcel was just delivered. */
export async function emitTrackingUpdated(tx: Tx, businessId: string, shipmentId: string, delivered: boolean) {
  const tracking = async () => {
    const s = await shipmentRow(tx, businessId, shipmentId);
    const events = await tx.trackingEvent.findMany({ where: { businessId, shipmentId }, orderBy: { occurredAt: "asc" } });
    return trackingObject(s, events);
  };
  // Read at most once, and only when an endpoint listens (the tracking job runs this for every parcel).
  let known: Promise<boolean> | undefined;
  const livemode = () => (known ??= shipmentIsLive(tx, businessId, shipmentId));
  await emitWebhookEvent(tx, businessId, "tracking.updated", livemode, tracking);
  if (delivered) await emitWebhookEvent(tx, businessId, "shipment.delivered", livemode, async () => shipmentObject(await shipmentRow(tx, businessId, shipmentId)));
}

/** A voided label's refund requested, made, or refused (void-shipment.ts, settle-refund.ts). */
export async function emitRefundUpdated(tx: Tx, businessId: string, refund: { shipmentId: string; trackingNumber: string | null; status: "requested" | "refunded" | "refused"; amountCents: number; method: string | null }) {
  await emitWebhookEvent(tx, businessId, "refund.updated", live(refund.method), () => refundObject(refund));
}

/** A pickup booked, changed or cancelled (pickups.ts): a test event when a test API key did it. */
export async function emitPickupChanged(tx: Tx, ctx: TenantContext, pickupId: string, change: "booked" | "changed" | "cancelled") {
  const businessId = ctx.businessId;
  await emitWebhookEvent(tx, businessId, "pickup.changed", !isTestMode(ctx), async () => pickupObject(await tx.pickup.findFirstOrThrow({ where: { id: pickupId, businessId } }), change));
}
