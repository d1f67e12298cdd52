/**
 * The email job: builds the message from current data (stored PDFs only: it never renders a
 * label) and sends it. A failure is recorded and rethrown so the queue retries with back-off; the
 * last attempt marks the email failed.
 */
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { EmailBuilders } from "./types";
import { oneLine } from "./layout";
import { sendEmail } from "./transport";

export async function deliverEmail(ctx: TenantContext, emailId: string, builders: EmailBuilders, attempt: { final: boolean } = { final: false }): Promise<"sent" | "already" | "missing"> {
  const message = await withTenant(ctx, (tx) => tx.emailMessage.findFirst({ where: { id: emailId, businessId: ctx.businessId } }));
  if (!message) return "missing";
  // Sent, or given up (only "Send again" queues a failed email anew).
  if (message.status !== "QUEUED") return "already";
  try {
    const built = await builders[message.kind](ctx, message);
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
