import { beforeAll, describe, expect, it } from "vitest";
import { creditAccount } from "@/lib/payments/ledger";
import { withTenant } from "@/lib/tenancy/context";
import { paidBatchOf } from "../batch-helpers";
import { apiShop, call, type ApiShop } from "./support";

let shop: ApiShop;
let chargedCents: number;
beforeAll(async () => {
  shop = await apiShop("api-account", { mode: "LIVE" });
  await withTenant(shop.owner, (tx) => tx.business.update({ where: { id: shop.business.id }, data: { accountNumber: "0001234567", creditLimitCents: 500_000 } }));
  const shipments = await paidBatchOf(shop.owner, 2, (d) => ({ ...d, locationId: shop.locationId }));
  chargedCents = shipments.reduce((t, s) => t + (s.rateCents ?? 0), 0);
  // Four more entries, so the ledger has pages to walk.
  for (let i = 1; i <= 4; i++) await withTenant(shop.owner, (tx) => creditAccount(tx, { businessId: shop.business.id, type: i % 2 ? "CREDIT" : "PAYMENT", amountCents: 100 * i, createdById: null, link: { shipmentId: shipments[i <= 2 ? 0 : 1]!.id } }));
});

describe("GET /account", () => {
  it("gives the balance, the credit limit and what is left, with the account number masked", async () => {
    const answer = await call("GET", "/account", { key: shop.key });
    expect(answer.status).toBe(200);
    const balance = chargedCents - 1000;
    expect(answer.json).toEqual({
      accountNumber: "******4567",
      balance: { amount: balance, currency: "CAD" },
      creditLimit: { amount: 500_000, currency: "CAD" },
      available: { amount: 500_000 - balance, currency: "CAD" },
    });
    expect(JSON.stringify(answer.json)).not.toContain("0001234567");
  });

  it("is for full-access keys only, as billing is for owners and admins", async () => {
    const reader = await apiShop("api-account-reader", { scope: "READ" });
    const store = await apiShop("api-account-store", { scope: "RATES" });
    for (const path of ["/account", "/account/transactions"]) {
      const read = await call("GET", path, { key: reader.key, locale: "fr" });
      expect(read.status, path).toBe(403);
      expect(read.json.error.code).toBe("scopeBilling");
      expect(read.json.error.message).toMatch(/accès complet/);
      expect((await call("GET", path, { key: store.key })).status, path).toBe(403);
    }
  });

  it("shows each business only its own account", async () => {
    const other = await apiShop("api-account-other");
    const answer = await call("GET", "/account", { key: other.key });
    expect(answer.json).toMatchObject({ accountNumber: null, balance: { amount: 0 } });
    expect((await call("GET", "/account/transactions", { key: other.key })).json).toEqual({ data: [], hasMore: false, nextCursor: null });
  });
});

describe("GET /account/transactions", () => {
  it("walks every entry once, newest first, described in the caller's language", async () => {
    const seen: { id: string; type: string; amount: { amount: number }; signedAmount: { amount: number }; description: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call("GET", `/account/transactions?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { key: shop.key, locale: "fr" });
      expect(page.status).toBe(200);
      seen.push(...page.json.data);
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((t) => t.id)).size).toBe(5);
    expect(seen.map((t) => t.createdAt)).toEqual([...seen.map((t) => t.createdAt)].sort().reverse());
    const charge = seen.find((t) => t.type === "charge")!;
    expect(charge.amount.amount).toBe(chargedCents);
    expect(charge.signedAmount.amount).toBe(chargedCents);
    expect(charge.description).toMatch(/Lot/);
    const payment = seen.find((t) => t.type === "payment")!;
    expect(payment.signedAmount.amount).toBe(-payment.amount.amount);
    const credits = await call("GET", "/account/transactions?type=credit", { key: shop.key });
    expect(credits.json.data.map((t: { amount: { amount: number } }) => t.amount.amount)).toEqual([300, 100]);
  });
});
