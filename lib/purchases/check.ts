/**
 * Before anything is charged: every row of the batch valid and rated today with its current
 * inputs, and the amount to charge, which is the sum of the rates stored on the server.
 */
import type { CarrierQuote } from "@/lib/carriers/types";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { reviewRows, type ReviewedRow } from "@/lib/batches/review";

export class BatchInvalidError extends AppError {
  constructor(readonly rows: ReviewedRow[]) {
    super("batchInvalid", `${rows.length} rows have problems`, undefined, { count: rows.length });
    this.name = "BatchInvalidError";
  }
}

export interface CheckedPurchase {
  rows: ReviewedRow[];
  totalCents: number;
  /**
   * Who is paid: Envoi (by card or on account), or the carrier, when every label is bought with
   * the business's own carrier account (the carrier bills the business; Envoi takes nothing).
   */
  billing: "envoi" | "carrier";
}

/** Who bills the rows' labels; a batch quoted partly on the business's own account and partly not must be rated again. */
async function billingOf(tx: Tx, businessId: string, rows: ReviewedRow[]): Promise<"envoi" | "carrier"> {
  const accounts = new Set(rows.map((r) => (r.chosen as CarrierQuote | null)?.accountId ?? null));
  if (accounts.size === 1 && accounts.has(null)) return "envoi";
  const [accountId] = [...accounts];
  if (accounts.size > 1 || !accountId) throw new AppError("rateStale", "rows quoted with different carrier accounts");
  // The account that quoted must still be the business's (not removed or replaced since).
  const current = await tx.carrierAccount.findFirst({ where: { id: accountId, businessId }, select: { id: true } });
  if (!current) throw new AppError("rateStale", `carrier account ${accountId} is gone`);
  return "carrier";
}

export async function checkForPurchase(tx: Tx, businessId: string, batchId: string, now: Date): Promise<CheckedPurchase> {
  const rows = await tx.shipment.findMany({ where: { batchId, businessId }, orderBy: { position: "asc" } });
  if (rows.length === 0) throw new AppError("batchEmpty", `batch ${batchId} has no rows`);
  const locations = await tx.location.findMany({ where: { businessId }, select: { id: true, postalCode: true } });
  const review = reviewRows(rows, new Map(locations.map((l) => [l.id, l.postalCode])), now);
  const invalid = review.rows.filter((r) => r.problems.length > 0);
  if (invalid.length > 0) throw new BatchInvalidError(invalid);
  // What is charged: the rates stored on the server when the rows were rated.
  const totalCents = rows.reduce((t, r) => t + (r.rateCents ?? 0), 0);
  if (totalCents !== review.totalCents) throw new AppError("rateStale", "stored rates disagree with the chosen quotes");
  return { rows: review.rows, totalCents, billing: await billingOf(tx, businessId, review.rows) };
}

/**
 * The rows as they were checked when a card payment started. A batch being paid cannot change, so
 * the same rows and quotes are committed, whatever day the payment is confirmed.
 */
export async function rowsAsChecked(tx: Tx, businessId: string, batchId: string): Promise<ReviewedRow[]> {
  const rows = await tx.shipment.findMany({ where: { batchId, businessId }, orderBy: { position: "asc" } });
  const locations = await tx.location.findMany({ where: { businessId }, select: { id: true, postalCode: true } });
  const byLocation = new Map(locations.map((l) => [l.id, l.postalCode]));
  return rows.map((row) => reviewRows([row], byLocation, row.ratedAt ?? new Date()).rows[0]!);
}
