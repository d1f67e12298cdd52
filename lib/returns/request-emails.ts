/**
 * The emails of a customer's return request, queued in the transaction that records it (or decides
 * it): to the customer, "received, waiting for approval" then "refused"; to the business's
 * notification addresses, else its owners (business-recipients.ts, as for a return that arrived),
 * "a request waits for your approval".
 */
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/db/generated/enums";
import { recordEmails } from "@/lib/email/outbox";
import { returnRecipients } from "./business-recipients";

interface RequestedReturn {
  id: string;
  shipmentId: string;
  customerEmail: string | null;
  locale: Locale;
}

export async function recordRequestEmails(tx: Tx, businessId: string, ret: RequestedReturn): Promise<void> {
  const business = await returnRecipients(tx, businessId);
  const params = { returnId: ret.id };
  await recordEmails(tx, businessId, [
    ...(ret.customerEmail ? [{ kind: "RETURN_REQUESTED" as const, to: ret.customerEmail, locale: ret.locale, shipmentId: ret.shipmentId, params }] : []),
    ...business.to.map((to) => ({ kind: "RETURN_APPROVAL_NEEDED" as const, to, locale: business.locale, shipmentId: ret.shipmentId, params })),
  ]);
}

/** The customer's "your return request was refused" (with the business's reason, if given). */
export async function recordRefusalEmail(tx: Tx, businessId: string, ret: RequestedReturn, userId: string | null): Promise<void> {
  if (!ret.customerEmail) return;
  await recordEmails(tx, businessId, [{ kind: "RETURN_REFUSED", to: ret.customerEmail, locale: ret.locale, shipmentId: ret.shipmentId, params: { returnId: ret.id }, createdById: userId }]);
}
