/** The Account and AccountTransaction objects of the API: the business account's standing and its ledger. */
import { z } from "zod";
import type { AppLocale } from "@/lib/i18n/locales";
import { describeTransaction, signedCents, type LedgerLine } from "@/lib/payments/describe-transaction";
import type { AccountStanding } from "@/lib/payments/account";
import { Id, Money, money } from "../schemas/common";

export const Account = z
  .object({
    accountNumber: z.string().nullable().meta({ description: "Masked: only its last four digits show.", example: "******4567" }),
    balance: Money.meta({ description: "What the business owes: charges less credits and payments." }),
    creditLimit: Money,
    available: Money.meta({ description: "What can still be charged on account (never below zero)." }),
  })
  .meta({ id: "Account" });

export const AccountTransaction = z
  .object({
    id: Id,
    type: z.enum(["charge", "credit", "payment"]),
    amount: Money.meta({ description: "Always positive; `signedAmount` says which way it moved the balance." }),
    signedAmount: Money.meta({ description: "Charges add to the balance, credits and payments take away." }),
    description: z.string().meta({ description: "In the caller's language.", example: "Batch 12 (3 labels)" }),
    batchId: Id.nullable(),
    shipmentId: Id.nullable(),
    invoiceId: Id.nullable(),
    pickupConfirmationNumber: z.string().nullable(),
    returnId: Id.nullable().meta({ description: "The return whose label this charges (at the carrier's first scan)." }),
    createdAt: z.string(),
  })
  .meta({ id: "AccountTransaction" });

export function maskAccountNumber(number: string | null): string | null {
  if (!number) return null;
  return "*".repeat(Math.max(0, number.length - 4)) + number.slice(-4);
}

export function presentAccount(s: AccountStanding): z.input<typeof Account> {
  return { accountNumber: maskAccountNumber(s.accountNumber), balance: money(s.balanceCents), creditLimit: money(s.creditLimitCents), available: money(Math.max(0, s.availableCents)) };
}

export interface TransactionRow extends LedgerLine {
  id: string;
  createdAt: Date;
  batch: (LedgerLine["batch"] & { id: string }) | null;
  shipment: (LedgerLine["shipment"] & { id: string }) | null;
  invoice: (LedgerLine["invoice"] & { id: string }) | null;
  return: (NonNullable<LedgerLine["return"]> & { id: string }) | null;
}

export function presentTransaction(t: TransactionRow, locale: AppLocale): z.input<typeof AccountTransaction> {
  return {
    id: t.id,
    type: t.type.toLowerCase() as "charge" | "credit" | "payment",
    amount: money(t.amountCents),
    signedAmount: money(signedCents(t)),
    description: describeTransaction(t, locale),
    batchId: t.batch?.id ?? null,
    shipmentId: t.shipment?.id ?? null,
    invoiceId: t.invoice?.id ?? null,
    pickupConfirmationNumber: t.pickup?.confirmationNumber ?? null,
    returnId: t.return?.id ?? null,
    createdAt: t.createdAt.toISOString(),
  };
}
