/**
 * The business account (on-account billing): the ledger's balance and the credit left. Charges
 * are owed (positive), credits and payments reduce the balance.
 */
import type { Tx } from "@/lib/db/client";

/** The ledger's sums by type (one statement): what `balanceOf` reads. */
export function ledgerSums(client: Tx, businessId: string) {
  return client.accountTransaction.groupBy({ by: ["type"], where: { businessId }, _sum: { amountCents: true } });
}

/** The balance owed, from the ledger's sums by type. */
export function balanceOf(sums: { type: string; _sum: { amountCents: number | null } }[]): number {
  let balance = 0;
  for (const g of sums) {
    const amount = g._sum.amountCents ?? 0;
    balance += g.type === "CHARGE" ? amount : -amount;
  }
  return balance;
}

export async function accountBalanceCents(tx: Tx, businessId: string): Promise<number> {
  return balanceOf(await ledgerSums(tx, businessId));
}

export interface AccountStanding {
  creditLimitCents: number;
  balanceCents: number;
  availableCents: number;
  accountNumber: string | null;
}

/** The business's credit limit and account number (one statement): what `standingOf` reads with the ledger's sums. */
export function creditTerms(client: Tx, businessId: string) {
  return client.business.findUniqueOrThrow({ where: { id: businessId }, select: { creditLimitCents: true, accountNumber: true } });
}

export function standingOf(terms: { creditLimitCents: number; accountNumber: string | null }, balanceCents: number): AccountStanding {
  return { creditLimitCents: terms.creditLimitCents, balanceCents, availableCents: terms.creditLimitCents - balanceCents, accountNumber: terms.accountNumber };
}

export async function accountStanding(tx: Tx, businessId: string): Promise<AccountStanding> {
  const terms = await creditTerms(tx, businessId);
  return standingOf(terms, await accountBalanceCents(tx, businessId));
}
