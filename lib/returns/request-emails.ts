/**
 * The emails of a customer's return request, queued in the transaction that records it (or decides
 * it): to the customer, "received, waiting for approval" then "refused"; to the business's
 * notification addresses (BusinessSettings.notificationEmails, in the business's language, as for a
 * return that arrived), "a request waits for your approval".
 */
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/db/generated/enums";
import { recordEmails } from "@/lib/email/outbox";

interface RequestedReturn {
  id: string;
  shipmentId: string;
  customerEmail: string | null;
  locale: Locale;
}

export async function recordRequestEmails(tx: Tx, businessId: string, ret: RequestedReturn): Promise<void> {
  const settings = await tx.businessSettings.findUnique({ where: { businessId }, select: { notificationEmails: true, locale: true } });
  const params = { returnId: ret.id };
  await recordEmails(tx, businessId, [
    ...(ret.customerEmail ? [{ kind: "RETURN_REQUESTED" as const, to: ret.customerEmail, locale: ret.locale, shipmentId: ret.shipmentId, params }] : []),
    ...(settings?.notificationEmails ?? []).map((to) => ({ kind: "RETURN_APPROVAL_NEEDED" as const, to, locale: settings?.locale ?? "en", shipmentId: ret.shipmentId, params })),
  ]);
}

/** The customer's "your return request was refused" (with the business's reason, if given). */
export async function recordRefusalEmail(tx: Tx, businessId: string, ret: RequestedReturn, userId: string | null): Promise<void> {
  if (!ret.customerEmail) return;
  await recordEmails(tx, businessId, [{ kind: "RETURN_REFUSED", to: ret.customerEmail, locale: ret.locale, shipmentId: ret.shipmentId, params: { returnId: ret.id }, createdById: userId }]);
}
