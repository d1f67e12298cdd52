/**
 * A used open return label: the carrier's first scan counts as one use of its template and is
 * charged then, once (paid when used; nothing is charged when a label is issued). On the
 * business's own carrier account the carrier bills the business and Envoi charges nothing; on
 * Envoi's account the label's price goes on the business's account, like a purchase on account,
 * and is never refused at that point: the parcel is already in the carrier's hands.
 */
import type { Tx } from "@/lib/db/client";
import { lockAccount } from "@/lib/payments/ledger";

export interface ScanOutcome {
  /** The scan was new (a use counted); false when the label was already scanned. */
  counted: boolean;
  chargedCents: number | null;
}

/** Records a label's first scan (and arrival, when known). Safe to call again for the same label. */
export async function recordOpenReturnScan(tx: Tx, businessId: string, trackingNumber: string, scannedAt: Date, arrivedAt: Date | null = null): Promise<ScanOutcome | null> {
  const label = await tx.openReturnLabel.findFirst({
    where: { businessId, trackingNumber },
    select: { id: true, scannedAt: true, arrivedAt: true, openReturn: { select: { id: true, carrierAccountId: true, estimatedCents: true } } },
  });
  if (!label) return null;
  if (arrivedAt && !label.arrivedAt) await tx.openReturnLabel.update({ where: { id: label.id }, data: { arrivedAt } });
  // Only the first scan counts: a conditional update, so two trackers at once count it once.
  const first = await tx.openReturnLabel.updateMany({ where: { id: label.id, businessId, scannedAt: null }, data: { scannedAt } });
  if (first.count === 0) return { counted: false, chargedCents: null };
  await tx.openReturn.update({ where: { id: label.openReturn.id }, data: { uses: { increment: 1 } } });
  if (label.openReturn.carrierAccountId) return { counted: true, chargedCents: null };
  const amountCents = label.openReturn.estimatedCents;
  await tx.openReturnLabel.update({ where: { id: label.id }, data: { chargedCents: amountCents, chargedAt: scannedAt } });
  if (amountCents > 0) {
    await lockAccount(tx, businessId);
    await tx.accountTransaction.create({ data: { businessId, type: "CHARGE", amountCents, openReturnLabelId: label.id } });
  }
  return { counted: true, chargedCents: amountCents };
}
