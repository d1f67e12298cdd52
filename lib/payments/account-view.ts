/**
 * The business account as its owners and admins see it: standing (balance, credit limit,
 * available credit), the ledger with filters, the invoices, what is unpaid. Tenant-scoped.
 */
import { z } from "zod";
import type { Prisma } from "@/lib/db/client";
import { choice, day } from "@/lib/forms/fields";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { accountStanding } from "./account";
import { monthOf, monthStart } from "./invoices";

export const transactionQuerySchema = z.object({
  from: day,
  to: day,
  type: choice(["", "CHARGE", "CREDIT", "PAYMENT"]).optional().default(""),
  order: choice(["desc", "asc"]).optional().default("desc"),
});
export type TransactionQuery = z.output<typeof transactionQuerySchema>;

const DAY_MS = 86_400_000;

function where(ctx: TenantContext, q: TransactionQuery): Prisma.AccountTransactionWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (q.from) createdAt.gte = new Date(`${q.from}T00:00:00-05:00`);
  if (q.to) createdAt.lt = new Date(new Date(`${q.to}T00:00:00-05:00`).getTime() + DAY_MS);
  return { businessId: ctx.businessId, ...(q.type ? { type: q.type } : {}), ...(q.from || q.to ? { createdAt } : {}) };
}

/** What a ledger line shows (the account page, its CSV and the API). */
export const TRANSACTION_SELECT = {
  id: true,
  type: true,
  amountCents: true,
  createdAt: true,
  batch: { select: { id: true, number: true, _count: { select: { shipments: true } } } },
  shipment: { select: { id: true, trackingNumber: true } },
  invoice: { select: { id: true, number: true } },
  pickup: { select: { confirmationNumber: true } },
  return: { select: { id: true, number: true, trackingNumber: true } },
  openReturnLabel: { select: { trackingNumber: true } },
} satisfies Prisma.AccountTransactionSelect;

export async function listTransactions(ctx: TenantContext, q: TransactionQuery, limit = 500) {
  return withTenant(ctx, (tx) => tx.accountTransaction.findMany({ where: where(ctx, q), orderBy: [{ createdAt: q.order }, { id: q.order }], take: limit, select: TRANSACTION_SELECT }));
}

export async function accountOverview(ctx: TenantContext, now = new Date()) {
  return withTenant(ctx, async (tx) => {
    const standing = await accountStanding(tx, ctx.businessId);
    const invoices = await tx.invoice.findMany({ where: { businessId: ctx.businessId }, orderBy: { number: "desc" }, take: 36 });
    // Not invoiced yet: this month's charges and credits (issued on the first of next month).
    const period = monthOf(now);
    const sums = await tx.accountTransaction.groupBy({ by: ["type"], where: { businessId: ctx.businessId, createdAt: { gte: monthStart(period) }, type: { in: ["CHARGE", "CREDIT"] } }, _sum: { amountCents: true } });
    const current = (sums.find((s) => s.type === "CHARGE")?._sum.amountCents ?? 0) - (sums.find((s) => s.type === "CREDIT")?._sum.amountCents ?? 0);
    const unpaidInvoices = invoices.filter((i) => i.status === "OPEN");
    return { standing, invoices, unpaidInvoices, currentPeriod: period, currentPeriodCents: current, unpaidCents: unpaidInvoices.reduce((t, i) => t + i.amountCents, 0) };
  });
}

export async function getInvoice(ctx: TenantContext, invoiceId: string) {
  return withTenant(ctx, async (tx) => {
    const invoice = await tx.invoice.findFirst({ where: { id: invoiceId, businessId: ctx.businessId } });
    if (!invoice) return null;
    const next = invoice.period.endsWith("-12") ? `${Number(invoice.period.slice(0, 4)) + 1}-01` : `${invoice.period.slice(0, 5)}${String(Number(invoice.period.slice(5)) + 1).padStart(2, "0")}`;
    const lines = await tx.accountTransaction.findMany({
      where: { businessId: ctx.businessId, type: { in: ["CHARGE", "CREDIT"] }, createdAt: { gte: monthStart(invoice.period), lt: monthStart(next) } },
      orderBy: { createdAt: "asc" },
      select: TRANSACTION_SELECT,
    });
    const business = await tx.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: { name: true, legalName: true, accountNumber: true, gstHstNumber: true, qstNumber: true } });
    return { invoice, lines, business };
  });
}
