/**
 * Monthly invoices of the business account: on the first of a month, each business with account
 * activity in the previous month (Eastern time) gets one invoice of that month's charges and
 * credits. Idempotent (one invoice per business and month). Paid online by card (Stripe Checkout)
 * or otherwise; a payment is a PAYMENT in the ledger.
 */
import { recordAudit } from "@/lib/audit/record";
import { lockAccount } from "./ledger";
import { withTenant, unsafeWithBilling, type TenantContext } from "@/lib/tenancy/context";

/** "YYYY-MM" of an instant, in Eastern time. */
export function monthOf(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit" }).format(date).slice(0, 7);
}

export function previousMonth(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

function nextMonth(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The instant a month starts in Eastern time (midnight, EST or EDT). */
export function monthStart(period: string): Date {
  const guess = new Date(`${period}-01T05:00:00Z`);
  // Midnight in Toronto is 04:00 or 05:00 UTC: pick the one that reads as the 1st at 00:00.
  for (const hour of [4, 5]) {
    const d = new Date(`${period}-01T0${hour}:00:00Z`);
    const local = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", hour: "2-digit", hourCycle: "h23", day: "2-digit" }).format(d);
    if (local.startsWith("01") && local.endsWith("00")) return d;
  }
  return guess;
}

export interface IssuedInvoice {
  id: string;
  number: number;
  period: string;
  amountCents: number;
  created: boolean;
}

/** Issues one business's invoice for a month (nothing when it had no charge or credit then). */
export async function issueInvoice(ctx: TenantContext, period: string): Promise<IssuedInvoice | null> {
  const from = monthStart(period);
  const to = monthStart(nextMonth(period));
  return withTenant(ctx, async (tx) => {
    // The account's lock: one invoice per month however many run, and no charge lands while it is summed.
    await lockAccount(tx, ctx.businessId);
    const existing = await tx.invoice.findFirst({ where: { businessId: ctx.businessId, period } });
    if (existing) return { id: existing.id, number: existing.number, period, amountCents: existing.amountCents, created: false };
    const sums = await tx.accountTransaction.groupBy({ by: ["type"], where: { businessId: ctx.businessId, createdAt: { gte: from, lt: to }, type: { in: ["CHARGE", "CREDIT"] } }, _sum: { amountCents: true }, _count: true });
    if (sums.length === 0) return null;
    const charges = sums.find((s) => s.type === "CHARGE")?._sum.amountCents ?? 0;
    const credits = sums.find((s) => s.type === "CREDIT")?._sum.amountCents ?? 0;
    const last = await tx.invoice.findFirst({ where: { businessId: ctx.businessId }, orderBy: { number: "desc" }, select: { number: true } });
    const amountCents = Math.max(0, charges - credits);
    const invoice = await tx.invoice.create({
      data: { businessId: ctx.businessId, number: (last?.number ?? 0) + 1, period, chargesCents: charges, creditsCents: credits, amountCents, status: amountCents === 0 ? "PAID" : "OPEN", paidAt: amountCents === 0 ? new Date() : null },
    });
    await recordAudit(tx, ctx, { action: "invoice.issued", entityType: "Invoice", entityId: invoice.id, details: { number: invoice.number, period, amountCents } });
    return { id: invoice.id, number: invoice.number, period, amountCents, created: true };
  });
}

/** Cross-business on purpose (see unsafeWithBilling): the ids of businesses with ledger rows in a month. */
async function unsafeBusinessesWithActivity(period: string): Promise<string[]> {
  const from = monthStart(period);
  const to = monthStart(nextMonth(period));
  const rows = await unsafeWithBilling((tx) => tx.accountTransaction.findMany({ where: { createdAt: { gte: from, lt: to }, type: { in: ["CHARGE", "CREDIT"] } }, distinct: ["businessId"], select: { businessId: true } }));
  return rows.map((r) => r.businessId);
}

/** The job of the first of the month: last month's invoice for every business that needs one. Safe to run any time, any number of times. */
export async function issueMonthlyInvoices(now = new Date()): Promise<{ issued: number }> {
  const period = previousMonth(monthOf(now));
  let issued = 0;
  for (const businessId of await unsafeBusinessesWithActivity(period)) {
    const invoice = await issueInvoice({ businessId, userId: null }, period);
    if (invoice?.created) issued++;
  }
  return { issued };
}
