/**
 * The outbox: every email to a business's users or its customers is a row first (who, what,
 * status), then a job that builds and sends it with retries. The row is the log the business
 * sees: queued, sent (when) or failed (why), with the number of attempts.
 */
import type { EmailKind, Locale } from "@/lib/db/generated/enums";
import type { Prisma, Tx } from "@/lib/db/client";
import { sendJobSafely } from "@/lib/jobs/queue";
import { unsafeWithOutbox, withTenant, type TenantContext } from "@/lib/tenancy/context";
import { buildEmail } from "./build-email";
import { oneLine } from "./layout";
import { sendEmail } from "./transport";

export interface NewEmail {
  kind: EmailKind;
  to: string;
  locale: Locale;
  batchId?: string | null;
  shipmentId?: string | null;
  params?: Record<string, unknown>;
  createdById?: string | null;
}

/** Records emails to send (inside the caller's transaction); dispatch them after it commits. */
export async function recordEmails(tx: Tx, businessId: string, emails: NewEmail[]): Promise<string[]> {
  const ids: string[] = [];
  for (const e of emails) {
    const row = await tx.emailMessage.create({
      data: { businessId, kind: e.kind, to: e.to, locale: e.locale, batchId: e.batchId ?? null, shipmentId: e.shipmentId ?? null, params: (e.params ?? {}) as Prisma.InputJsonValue, createdById: e.createdById ?? null },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/** Queues the send jobs of recorded emails (one job per email at a time). */
export async function dispatchEmails(businessId: string, emailIds: string[]) {
  for (const emailId of emailIds) await sendJobSafely("email", { businessId, emailId }, { singletonKey: emailId });
}

export async function queueEmails(ctx: TenantContext, emails: NewEmail[]): Promise<string[]> {
  const ids = await withTenant(ctx, (tx) => recordEmails(tx, ctx.businessId, emails));
  await dispatchEmails(ctx.businessId, ids);
  return ids;
}

/**
 * The email job: builds the message from current data and sends it. A failure is recorded and
 * rethrown so the queue retries with back-off; the last attempt marks the email failed.
 */
export async function deliverEmail(ctx: TenantContext, emailId: string, attempt: { final: boolean } = { final: false }): Promise<"sent" | "already" | "missing"> {
  const message = await withTenant(ctx, (tx) => tx.emailMessage.findFirst({ where: { id: emailId, businessId: ctx.businessId } }));
  if (!message) return "missing";
  // Sent, or given up (only "Send again" queues a failed email anew).
  if (message.status !== "QUEUED") return "already";
  try {
    const built = await buildEmail(ctx, message);
    const subject = oneLine(built.subject);
    await sendEmail({ to: message.to, subject, html: built.html, text: built.text, attachments: built.attachments });
    await withTenant(ctx, (tx) => tx.emailMessage.update({ where: { id: emailId }, data: { status: "SENT", sentAt: new Date(), subject, attempts: { increment: 1 }, lastError: null } }));
    return "sent";
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).slice(0, 500);
    await withTenant(ctx, (tx) => tx.emailMessage.update({ where: { id: emailId }, data: { status: attempt.final ? "FAILED" : "QUEUED", attempts: { increment: 1 }, lastError: reason } }));
    throw e;
  }
}

/** Sends a failed email again (the user's "Retry"). */
export async function retryEmail(ctx: TenantContext, emailId: string): Promise<boolean> {
  const updated = await withTenant(ctx, (tx) => tx.emailMessage.updateMany({ where: { id: emailId, businessId: ctx.businessId, status: "FAILED" }, data: { status: "QUEUED" } }));
  if (updated.count === 0) return false;
  await dispatchEmails(ctx.businessId, [emailId]);
  return true;
}

/** Maintenance: re-queues emails still queued after 10 minutes (a job lost with a crash). Cross-business on purpose (see unsafeWithOutbox). */
export async function requeueStaleEmails(now = new Date()): Promise<number> {
  const stale = await unsafeWithOutbox((tx) =>
    tx.emailMessage.findMany({ where: { status: "QUEUED", updatedAt: { lt: new Date(now.getTime() - 10 * 60_000) } }, select: { id: true, businessId: true }, take: 500 }),
  );
  for (const e of stale) await dispatchEmails(e.businessId, [e.id]);
  return stale.length;
}
