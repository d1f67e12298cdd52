/**
 * The business account's ledger: every entry (a charge, a credit, a payment) is written here, one
 * business at a time. Each entry first takes a lock on the business's account for the rest of the
 * transaction (a PostgreSQL advisory lock keyed on the business), so two purchases, pickup fees or
 * invoices of one business at the same moment run one after the other: the second reads the
 * balance the first left, and a charge is allowed only up to the credit still available then.
 *
 * Lock order: take the account lock last (after the batch, pickup, shipment or invoice row being
 * changed), so two transactions never wait on each other in a cycle.
 */
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { accountStanding } from "./account";

/** Serialises every change to one business's account until the end of `tx`. */
export async function lockAccount(tx: Tx, businessId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`account:${businessId}`}))`;
}

/** What an entry is for: exactly one of these. */
export type LedgerLink = { batchId: string } | { pickupId: string } | { shipmentId: string } | { invoiceId: string } | { returnId: string };

export interface ChargeEntry {
  businessId: string;
  amountCents: number;
  createdById: string | null;
  link: LedgerLink;
  /** The form field a refusal is shown next to. */
  field?: string;
}

/**
 * Charges the account: refused (an AppError the user can read) without an account number on
 * file, or when the amount is over the credit available once every earlier charge has committed.
 */
export async function chargeAccount(tx: Tx, entry: ChargeEntry): Promise<void> {
  if (entry.amountCents <= 0) return;
  await lockAccount(tx, entry.businessId);
  const standing = await accountStanding(tx, entry.businessId);
  if (!standing.accountNumber) throw new AppError("accountNumberMissing", "no account number on file", entry.field);
  if (entry.amountCents > standing.availableCents) {
    throw new AppError("creditExceeded", `needs ${entry.amountCents}, available ${standing.availableCents}`, entry.field, {
      available: Math.max(0, standing.availableCents) / 100,
    });
  }
  await tx.accountTransaction.create({ data: { businessId: entry.businessId, type: "CHARGE", amountCents: entry.amountCents, createdById: entry.createdById, ...entry.link } });
}

/** Credits the account (a voided label, a cancelled pickup) or records a payment of an invoice. */
export async function creditAccount(tx: Tx, entry: Omit<ChargeEntry, "field"> & { type: "CREDIT" | "PAYMENT" }): Promise<void> {
  if (entry.amountCents <= 0) return;
  await lockAccount(tx, entry.businessId);
  await tx.accountTransaction.create({ data: { businessId: entry.businessId, type: entry.type, amountCents: entry.amountCents, createdById: entry.createdById, ...entry.link } });
}
