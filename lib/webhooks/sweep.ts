/**
 * Maintenance: a delivery still pending 10 minutes after its next attempt was due lost its job
 * (a crash between claiming an attempt and logging it, or the queue's data lost): its next
 * attempt is queued again. Cross-business on purpose (see unsafeWithOutbox and the
 * webhook_delivery_outbox_read policy); each attempt then runs inside its own business.
 */
import { sendJobSafely } from "@/lib/jobs/queue";
import { unsafeWithOutbox } from "@/lib/tenancy/context";

export async function requeueStaleWebhooks(now = new Date()): Promise<number> {
  const stale = await unsafeWithOutbox((tx) =>
    tx.webhookDelivery.findMany({
      where: { status: "PENDING", nextAttemptAt: { lt: new Date(now.getTime() - 10 * 60_000) } },
      select: { id: true, businessId: true, attempts: true },
      take: 500,
    }),
  );
  for (const d of stale) await sendJobSafely("webhook", { businessId: d.businessId, deliveryId: d.id, attempt: d.attempts + 1 });
  return stale.length;
}
