/**
 * The business account (on-account billing): the ledger's balance and the credit left. Charges
 * are owed (positive), credits and payments reduce the balance.
 */
import type { Tx } from "@/lib/db/client";

export async function accountBalanceCents(tx: Tx, businessId: string): Promise<number> {
  const groups = await tx.accountTransaction.groupBy({ by: ["type"], where: { businessId }, _sum: { amountCents: true } });
  let balance = 0;
  for (const g of groups) {
    const amount = g._sum.amountCents ?? 0;
    balance += g.type === "CHARGE" ? amount : -amount;
  }
  return balance;
}

export interface AccountStanding {
  creditLimitCents: number;
  balanceCents: number;
  availableCents: number;
  accountNumber: string | null;
}

export async function accountStanding(tx: Tx, businessId: string): Promise<AccountStanding> {
  const business = await tx.business.findUniqueOrThrow({ where: { id: businessId }, select: { creditLimitCents: true, accountNumber: true } });
  const balanceCents = await accountBalanceCents(tx, businessId);
  return { creditLimitCents: business.creditLimitCents, balanceCents, availableCents: business.creditLimitCents - balanceCents, accountNumber: business.accountNumber };
}
