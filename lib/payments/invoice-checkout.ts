/**
 * Paying an invoice of the business account by card (Stripe Checkout): the invoice's amount on
 * Stripe's page; once paid (verified webhook or the return, whichever comes first, exactly once)
 * a PAYMENT in the ledger and the invoice paid.
 */
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { amountMatches, openCheckout, openSessionUrl, type ReadCheckout, type SettleOutcome } from "./checkout";
import { creditAccount } from "./ledger";

/** An invoice's card payment: paid -> a PAYMENT in the ledger and the invoice paid (once); expired -> the payment closed. */
export async function settleInvoiceCheckout({ ctx, session, payment, intentId, failure }: ReadCheckout): Promise<SettleOutcome> {
  if (!payment.invoiceId || payment.invoiceId !== session.metadata?.invoiceId) return "ignored";
  if (payment.status === "SUCCEEDED") return "already";
  if (session.payment_status === "paid") {
    if (!amountMatches(session, payment)) return "ignored";
    const done = await withTenant(ctx, async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${payment.invoiceId} AND "businessId" = ${ctx.businessId} FOR UPDATE`;
      const fresh = await tx.payment.findFirstOrThrow({ where: { id: payment.id, businessId: ctx.businessId } });
      if (fresh.status === "SUCCEEDED") return false;
      await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED", succeededAt: new Date(), stripePaymentIntentId: intentId } });
      await creditAccount(tx, { businessId: ctx.businessId, type: "PAYMENT", amountCents: payment.amountCents, createdById: payment.createdById, link: { invoiceId: payment.invoiceId! } });
      await tx.invoice.update({ where: { id: payment.invoiceId! }, data: { status: "PAID", paidAt: new Date() } });
      return true;
    });
    return done ? "paid" : "already";
  }
  if (session.status === "expired") {
    await withTenant(ctx, (tx) => tx.payment.updateMany({ where: { id: payment.id, businessId: ctx.businessId, status: "PENDING" }, data: { status: failure ? "FAILED" : "CANCELLED", failureCode: failure } }));
    return "released";
  }
  return "pending";
}

/**
 * Starts (or resumes) the card payment of an open invoice on Stripe's page. `settle` settles a
 * session that is no longer open before a new one starts.
 */
export async function startInvoiceCheckout(actor: Actor, invoiceId: string, settle: (sessionId: string) => Promise<unknown>, options: { now?: Date; appUrl?: string } = {}): Promise<{ redirectTo: string }> {
  const now = options.now ?? new Date();
  const held = await withTenant(actor, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ${invoiceId} AND "businessId" = ${actor.businessId} FOR UPDATE`;
    const invoice = await tx.invoice.findFirst({ where: { id: invoiceId, businessId: actor.businessId } });
    if (!invoice) throw new AppError("notFound", `invoice ${invoiceId}`);
    if (invoice.status !== "OPEN") throw new AppError("invoicePaid", `invoice ${invoiceId} is ${invoice.status}`);
    const pending = await tx.payment.findFirst({ where: { businessId: actor.businessId, invoiceId, status: "PENDING" }, orderBy: { createdAt: "desc" } });
    if (pending?.stripeCheckoutSessionId) return { invoice, resume: pending.stripeCheckoutSessionId };
    return { invoice, payment: pending ?? (await tx.payment.create({ data: { businessId: actor.businessId, invoiceId, amountCents: invoice.amountCents, createdById: actor.userId } })) };
  });
  if ("resume" in held && held.resume) {
    const url = await openSessionUrl(held.resume);
    if (url) return { redirectTo: url };
    await settle(held.resume);
    return startInvoiceCheckout(actor, invoiceId, settle, options);
  }
  const base = (options.appUrl ?? env().APP_URL).replace(/\/$/, "");
  const redirectTo = await openCheckout(actor, {
    paymentId: held.payment!.id,
    amountCents: held.invoice.amountCents,
    productName: `Envoi: invoice ${held.invoice.number} (${held.invoice.period})`,
    metadata: { invoiceId },
    clientReferenceId: invoiceId,
    back: `${base}/b/${actor.slug}/account`,
    now,
  });
  return { redirectTo };
}
