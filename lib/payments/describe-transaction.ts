import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

export interface LedgerLine {
  type: "CHARGE" | "CREDIT" | "PAYMENT";
  amountCents: number;
  batch: { number: number; _count: { shipments: number } } | null;
  shipment: { trackingNumber: string | null } | null;
  invoice: { number: number } | null;
  pickup?: { confirmationNumber: string } | null;
  return?: { number: string; trackingNumber: string | null } | null;
  /** A used open return label (charged at its first scan). */
  openReturnLabel?: { trackingNumber: string } | null;
}

/** What a ledger line is, in words: "Batch 12 (3 labels)", "Voided label 7023…", "Return R-7K3M9Q label (tracking 7023…)", "Payment of invoice 4". */
export function describeTransaction(t: LedgerLine, locale: AppLocale): string {
  const tr = translator(locale, "account");
  if (t.pickup) return tr(t.type === "CHARGE" ? "describe.pickupFee" : "describe.pickupFeeRefund", { number: t.pickup.confirmationNumber });
  if (t.return) return translator(locale, "returns")("charge.describe", { number: t.return.number, tracking: t.return.trackingNumber ?? "" });
  if (t.openReturnLabel && t.type === "CHARGE") return translator(locale, "openReturns")("charge", { tracking: t.openReturnLabel.trackingNumber });
  if (t.type === "CHARGE") return tr("describe.charge", { number: t.batch?.number ?? "?", count: t.batch?._count.shipments ?? 0 });
  if (t.type === "CREDIT") return tr("describe.credit", { tracking: t.shipment?.trackingNumber ?? "" });
  return t.invoice ? tr("describe.invoicePayment", { number: t.invoice.number }) : tr("describe.payment");
}

/** Signed as the account sees it: charges add to the balance, credits and payments take away. */
export function signedCents(t: { type: LedgerLine["type"]; amountCents: number }): number {
  return t.type === "CHARGE" ? t.amountCents : -t.amountCents;
}
