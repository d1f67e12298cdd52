import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInvoiceCheckout } from "@/lib/purchases/card";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { payingBusiness } from "@/tests/batch-helpers";
import { startCardHarness, type CardHarness } from "@/tests/stripe/harness";
import { accountOverview, getInvoice, listTransactions, transactionQuerySchema } from "./account-view";
import { issueInvoice, issueMonthlyInvoices, monthStart } from "./invoices";

let h: CardHarness;
beforeAll(async () => {
  h = await startCardHarness();
});
afterAll(async () => {
  await h.stop();
});

/** Ledger rows at given instants (what paying and voiding write), for month boundaries. */
async function ledger(actor: Actor, rows: { type: "CHARGE" | "CREDIT"; amountCents: number; at: string }[]) {
  await withTenant(actor, async (tx) => {
    for (const r of rows) await tx.accountTransaction.create({ data: { businessId: actor.businessId, type: r.type, amountCents: r.amountCents, createdAt: new Date(r.at) } });
  });
}

describe("monthly invoices", () => {
  it("cover one calendar month in Eastern time, charges minus credits, issued once", async () => {
    const { actor } = await payingBusiness("inv1");
    await ledger(actor, [
      { type: "CHARGE", amountCents: 5_000, at: "2026-11-01T03:30:00Z" }, // 23:30 Oct 31 in Toronto (EDT): October
      { type: "CHARGE", amountCents: 12_345, at: "2026-11-01T04:00:00Z" }, // midnight Nov 1 (still EDT)
      { type: "CREDIT", amountCents: 2_345, at: "2026-11-15T15:00:00Z" },
      { type: "CHARGE", amountCents: 999, at: "2026-12-01T04:59:00Z" }, // 23:59 Nov 30 (EST)
      { type: "CHARGE", amountCents: 7_000, at: "2026-12-01T05:00:00Z" }, // December
    ]);
    expect(monthStart("2026-11").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(monthStart("2026-12").toISOString()).toBe("2026-12-01T05:00:00.000Z");
    const { issued } = await issueMonthlyInvoices(new Date("2026-12-01T12:00:00Z"));
    expect(issued).toBeGreaterThanOrEqual(1);
    const again = await issueInvoice(actor, "2026-11");
    expect(again).toMatchObject({ number: 1, period: "2026-11", amountCents: 12_345 - 2_345 + 999, created: false });
    const { invoice, lines } = (await getInvoice(actor, again!.id))!;
    expect(invoice).toMatchObject({ chargesCents: 13_344, creditsCents: 2_345, status: "OPEN" });
    expect(lines.map((l) => l.amountCents)).toEqual([12_345, 2_345, 999]);
    // October had one charge: its invoice is number 2 (issued after), nothing for a month without activity.
    expect(await issueInvoice(actor, "2026-10")).toMatchObject({ number: 2, amountCents: 5_000, created: true });
    expect(await issueInvoice(actor, "2026-09")).toBeNull();
  });

  it("are paid online by card: a payment in the ledger, the invoice paid, the balance down", async () => {
    const { actor } = await payingBusiness("inv2");
    await ledger(actor, [{ type: "CHARGE", amountCents: 4_200, at: "2026-11-10T15:00:00Z" }]);
    const invoice = (await issueInvoice(actor, "2026-11"))!;
    expect((await accountOverview(actor, new Date("2026-12-02T12:00:00Z"))).standing.balanceCents).toBe(4_200);
    const { redirectTo } = await startInvoiceCheckout(actor, invoice.id);
    const sessionId = redirectTo.split("/").pop()!;
    expect(h.stripe.sessions.get(sessionId)).toMatchObject({ amount_total: 4_200, metadata: { businessId: actor.businessId, invoiceId: invoice.id } });
    await h.stripe.pay(sessionId);
    await h.stripe.redeliver(h.stripe.events.at(-1)!.event.id as string);
    const overview = await accountOverview(actor, new Date("2026-12-02T12:00:00Z"));
    expect(overview.standing.balanceCents).toBe(0);
    expect(overview.invoices[0]).toMatchObject({ status: "PAID" });
    const payments = await listTransactions(actor, transactionQuerySchema.parse({ type: "PAYMENT" }));
    expect(payments.map((p) => [p.amountCents, p.invoice?.number])).toEqual([[4_200, invoice.number]]);
    await expect(startInvoiceCheckout(actor, invoice.id)).rejects.toMatchObject({ code: "invoicePaid" });
  });

  it("belong to their business only", async () => {
    const { actor: a } = await payingBusiness("inv3");
    const { actor: b } = await payingBusiness("inv4");
    await ledger(a, [{ type: "CHARGE", amountCents: 1_000, at: "2026-11-10T15:00:00Z" }]);
    const invoice = (await issueInvoice(a, "2026-11"))!;
    expect(await getInvoice(b, invoice.id)).toBeNull();
    await expect(startInvoiceCheckout(b, invoice.id)).rejects.toMatchObject({ code: "notFound" });
    expect(await listTransactions(b, transactionQuerySchema.parse({}))).toEqual([]);
  });
});

describe("the account's transactions", () => {
  it("filter by date range and type, newest or oldest first", async () => {
    const { actor } = await payingBusiness("tx1");
    await ledger(actor, [
      { type: "CHARGE", amountCents: 100, at: "2026-11-02T15:00:00Z" },
      { type: "CREDIT", amountCents: 50, at: "2026-11-03T15:00:00Z" },
      { type: "CHARGE", amountCents: 300, at: "2026-11-20T15:00:00Z" },
    ]);
    const all = await listTransactions(actor, transactionQuerySchema.parse({}));
    expect(all.map((t) => t.amountCents)).toEqual([300, 50, 100]);
    const oldest = await listTransactions(actor, transactionQuerySchema.parse({ order: "asc", type: "CHARGE" }));
    expect(oldest.map((t) => t.amountCents)).toEqual([100, 300]);
    const range = await listTransactions(actor, transactionQuerySchema.parse({ from: "2026-11-03", to: "2026-11-19" }));
    expect(range.map((t) => t.type)).toEqual(["CREDIT"]);
  });
});
