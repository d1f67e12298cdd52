/**
 * The outbox: every email to a business's users or its customers is a row first (who, what,
 * status) and a send job queued in the same transaction, so an email is never lost and never
 * queued for something that did not happen. The row is the log the business sees: queued, sent
 * (when) or failed (why), with the number of attempts. Sending is deliver.ts.
 */
import type { EmailKind, Locale } from "@/lib/db/generated/enums";
import type { Prisma, Tx } from "@/lib/db/client";
import { sendJobInTransaction, sendJobSafely } from "@/lib/jobs/queue";
import { unsafeWithOutbox, withTenant, type TenantContext } from "@/lib/tenancy/context";

export interface NewEmail {
  kind: EmailKind;
  to: string;
  locale: Locale;
  batchId?: string | null;
  shipmentId?: string | null;
  params?: Record<string, unknown>;
  createdById?: string | null;
}

/** Records emails to send and queues their send jobs, inside the caller's transaction. */
export async function recordEmails(tx: Tx, businessId: string, emails: NewEmail[]): Promise<string[]> {
  const ids: string[] = [];
  for (const e of emails) {
    const row = await tx.emailMessage.create({
      data: { businessId, kind: e.kind, to: e.to, locale: e.locale, batchId: e.batchId ?? null, shipmentId: e.shipmentId ?? null, params: (e.params ?? {}) as Prisma.InputJsonValue, createdById: e.createdById ?? null },
      select: { id: true },
    });
    await sendJobInTransaction(tx, "email", { businessId, emailId: row.id });
    ids.push(row.id);
  }
  return ids;
}

/** Records and queues emails in a transaction of their own. */
export async function queueEmails(ctx: TenantContext, emails: NewEmail[]): Promise<string[]> {
  return withTenant(ctx, (tx) => recordEmails(tx, ctx.businessId, emails));
}

/** Sends a failed email again (the user's "Send again"). */
export async function retryEmail(ctx: TenantContext, emailId: string): Promise<boolean> {
  return withTenant(ctx, async (tx) => {
    const updated = await tx.emailMessage.updateMany({ where: { id: emailId, businessId: ctx.businessId, status: "FAILED" }, data: { status: "QUEUED" } });
    if (updated.count === 0) return false;
    await sendJobInTransaction(tx, "email", { businessId: ctx.businessId, emailId });
    return true;
  });
}

/**
 * Maintenance: re-queues emails still queued after 10 minutes (a send job lost with its queue's
 * data, or one that was never queued before this outbox queued jobs in the same transaction).
 * Cross-business on purpose (see unsafeWithOutbox).
 */
export async function requeueStaleEmails(now = new Date()): Promise<number> {
  const stale = await unsafeWithOutbox((tx) =>
    tx.emailMessage.findMany({ where: { status: "QUEUED", updatedAt: { lt: new Date(now.getTime() - 10 * 60_000) } }, select: { id: true, businessId: true }, take: 500 }),
  );
  for (const e of stale) await sendJobSafely("email", { businessId: e.businessId, emailId: e.id });
  return stale.length;
}
