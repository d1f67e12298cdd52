import { beforeAll, describe, expect, it } from "vitest";
import { completePurchase } from "@/lib/purchases/complete";
import { payBatch } from "@/lib/purchases/pay";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { withTenant } from "@/lib/tenancy/context";
import { adminQuery } from "../db";
import { createContacts, onePageRender } from "../batch-helpers";
import { apiShop, call, type ApiShop } from "./support";

const parcel = { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 };
const toVancouver = { name: "Sam Lee", line1: "800 Burrard St", city: "Vancouver", province: "BC", postalCode: "V6Z 2H6", country: "CA" };

async function onAccount(shop: ApiShop) {
  await withTenant(shop.owner, (tx) => tx.business.update({ where: { id: shop.business.id }, data: { accountNumber: "0001234567", creditLimitCents: 1_000_000 } }));
}

const ledger = (businessId: string) => adminQuery<{ type: string; amountCents: number }>(`SELECT type, "amountCents" FROM "AccountTransaction" WHERE "businessId" = $1 ORDER BY "createdAt"`, [businessId]);

let shop: ApiShop;
let other: ApiShop;
beforeAll(async () => {
  shop = await apiShop("api-batches");
  other = await apiShop("api-batches-other");
});

describe("POST /batches", () => {
  it("creates a batch from a contact and a typed address, rated at once", async () => {
    const [contactId] = await createContacts(shop.owner, 1);
    const answer = await call("POST", "/batches", { key: shop.key, body: { shipments: [{ to: { contactId }, parcel, reference1: "Order 1001" }, { to: toVancouver, parcel, service: "DOM.EP" }] } });
    expect(answer.status).toBe(201);
    const batch = answer.json;
    expect(batch).toMatchObject({ status: "draft", ready: true, paymentMethod: null, counts: { shipments: 2, labelled: 0, refused: 0 } });
    expect(batch.shipments[0].recipient.name).toBe("Zoé Gagnon 1");
    expect(batch.shipments[0].reference1).toBe("Order 1001");
    expect(batch.shipments[1].service).toEqual({ code: "DOM.EP", name: "Expedited Parcel" });
    const prices = batch.shipments.map((s: { price: { amount: number } }) => s.price.amount);
    expect(prices.every((p: number) => p > 0)).toBe(true);
    expect(batch.total).toEqual({ amount: prices[0] + prices[1], currency: "CAD" });
    expect((await call("GET", `/batches/${batch.id}`, { key: shop.key })).json).toEqual(batch);
  });

  it("names every row's problems by their path, in the web form's words, and saves nothing", async () => {
    const [{ count: before }] = (await adminQuery<{ count: string }>(`SELECT count(*) FROM "Batch" WHERE "businessId" = $1`, [shop.business.id])) as [{ count: string }];
    const body = { shipments: [{ to: toVancouver, parcel }, { to: { ...toVancouver, postalCode: "K1A 0B1" }, parcel: { ...parcel, weightGrams: 30_000 }, reference1: "x".repeat(60) }] };
    const answer = await call("POST", "/batches", { key: shop.key, body });
    expect(answer.status).toBe(422);
    const byParam = Object.fromEntries(answer.json.error.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(Object.keys(byParam)).toEqual(expect.arrayContaining(["shipments.1.to.postalCode", "shipments.1.reference1"]));
    expect(Object.keys(byParam).some((p) => p.startsWith("shipments.0."))).toBe(false);
    expect(byParam["shipments.1.to.postalCode"]).toMatch(/Ontario/);
    const fr = await call("POST", "/batches", { key: shop.key, body, locale: "fr" });
    const frByParam = Object.fromEntries(fr.json.error.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(frByParam["shipments.1.to.postalCode"]).toMatch(/l'Ontario/);
    expect(frByParam["shipments.1.reference1"]).toMatch(/^Référence 1/);
    const [{ count: after }] = (await adminQuery<{ count: string }>(`SELECT count(*) FROM "Batch" WHERE "businessId" = $1`, [shop.business.id])) as [{ count: string }];
    expect(after).toBe(before);
  });

  it("refuses a body that does not fit, naming the field of the row", async () => {
    const answer = await call("POST", "/batches", { key: shop.key, body: { shipments: [{ to: toVancouver, parcel }, { to: toVancouver, parcel: { ...parcel, weightGrams: "heavy" } }] } });
    expect(answer.status).toBe(400);
    expect(answer.json.error.errors.map((e: { param: string }) => e.param)).toEqual(["shipments.1.parcel.weightGrams"]);
    const tooMany = await call("POST", "/batches", { key: shop.key, body: { shipments: Array.from({ length: 51 }, () => ({ to: toVancouver, parcel })) } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.param).toBe("shipments");
  });

  it("treats another business's contact, template or location as unknown", async () => {
    const [theirs] = await createContacts(other.owner, 1);
    const answer = await call("POST", "/batches", { key: shop.key, body: { shipments: [{ to: { contactId: theirs }, parcel }, { to: toVancouver, parcel, from: { locationId: other.locationId } }] } });
    expect(answer.status).toBe(422);
    expect(answer.json.error.errors.map((e: { param: string; code: string }) => [e.param, e.code])).toEqual([
      ["shipments.0.to.contactId", "notFound"],
      ["shipments.1.from.locationId", "notFound"],
    ]);
    expect(JSON.stringify(answer.json)).not.toContain("Zoé");
  });

  it("keeps a service the shop named: a service not offered is the row's problem, and the batch cannot be bought", async () => {
    const created = await call("POST", "/batches", { key: shop.key, body: { shipments: [{ to: toVancouver, parcel, service: "DOM.NOPE" }] } });
    expect(created.status).toBe(201);
    expect(created.json.ready).toBe(false);
    expect(created.json.shipments[0].service.code).toBe("DOM.NOPE");
    expect(created.json.shipments[0].problems.map((p: { param: string }) => p.param)).toEqual(["shipments.0.service"]);
    const buy = await call("POST", `/batches/${created.json.id}/buy`, { key: shop.key });
    expect(buy.status).toBe(422);
    expect(buy.json.error.errors[0].param).toBe("shipments.0.service");
    expect((await call("GET", `/batches/${created.json.id}`, { key: shop.key })).json.status).toBe("draft");
  });
});

describe("POST /batches/{id}/buy", () => {
  it("with a test key buys from the reference carrier and charges nothing", async () => {
    // No account number on file: a live purchase would be refused; a test one needs none.
    const created = await call("POST", "/batches", { key: shop.key, body: { shipments: [{ to: toVancouver, parcel }, { to: toVancouver, parcel }] } });
    const bought = await call("POST", `/batches/${created.json.id}/buy`, { key: shop.key });
    expect(bought.status).toBe(200);
    expect(bought.json).toMatchObject({ status: "paid", paymentMethod: "test", total: created.json.total });
    await completePurchase(shop.owner, created.json.id, { render: onePageRender });
    const labelled = await call("GET", `/batches/${created.json.id}`, { key: shop.key });
    expect(labelled.json.status).toBe("labelled");
    expect(labelled.json.shipments.every((s: { status: string; trackingNumber: string | null }) => s.status === "labelled" && /^\d{16}$/.test(s.trackingNumber ?? ""))).toBe(true);
    expect(await ledger(shop.business.id)).toEqual([]);
    const again = await call("POST", `/batches/${created.json.id}/buy`, { key: shop.key });
    expect(again.json.status).toBe("labelled");
    expect(await ledger(shop.business.id)).toEqual([]);
  });

  it("with a test key never buys what Canada Post production quoted, and a test label voided gives nothing back", async () => {
    const created = await call("POST", "/batches", { key: shop.key, body: { shipments: [{ to: toVancouver, parcel }] } });
    // As if the batch had been rated from the web app with the business's live Canada Post account.
    await adminQuery(`UPDATE "Shipment" SET quotes = replace(quotes::text, '"mode": "reference"', '"mode": "production"')::jsonb WHERE "batchId" = $1`, [created.json.id]);
    const testActor = { ...shop.owner, apiKey: { id: shop.keyId, name: "test", mode: "TEST" as const } };
    await expect(payBatch(testActor, created.json.id, "ACCOUNT")).rejects.toMatchObject({ code: "rateStale" });
    // Through the API the batch is rated again with the test key (the reference carrier), then bought.
    const bought = await call("POST", `/batches/${created.json.id}/buy`, { key: shop.key });
    expect(bought.json).toMatchObject({ status: "paid", paymentMethod: "test" });
    const [row] = await adminQuery<{ id: string; carrierMode: string }>(`SELECT id, "carrierMode" FROM "Shipment" WHERE "batchId" = $1`, [created.json.id]);
    expect(row!.carrierMode).toBe("reference");
    await completePurchase(shop.owner, created.json.id, { render: onePageRender });
    await voidShipment(shop.owner, row!.id);
    expect(await ledger(shop.business.id)).toEqual([]);
  });

  it("with a live key pays on account once, however often it is sent with the same Idempotency-Key", async () => {
    const live = await apiShop("api-batches-live", { mode: "LIVE" });
    await onAccount(live);
    const created = await call("POST", "/batches", { key: live.key, body: { shipments: [{ to: toVancouver, parcel }] } });
    const headers = { "idempotency-key": "buy-order-1001" };
    const first = await call("POST", `/batches/${created.json.id}/buy`, { key: live.key, headers });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ status: "paid", paymentMethod: "account" });
    const second = await call("POST", `/batches/${created.json.id}/buy`, { key: live.key, headers });
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.json).toEqual(first.json);
    const third = await call("POST", `/batches/${created.json.id}/buy`, { key: live.key });
    expect(third.json.status).toBe("paid");
    expect(await ledger(live.business.id)).toEqual([{ type: "CHARGE", amountCents: created.json.total.amount }]);
    const reused = await call("POST", "/batches", { key: live.key, headers, body: { shipments: [{ to: toVancouver, parcel }] } });
    expect(reused.status).toBe(409);
    expect(reused.json.error.type).toBe("idempotency_error");
  });

  it("with a live key and no credit left answers 402 in the caller's language, and the batch stays a draft", async () => {
    const broke = await apiShop("api-batches-broke", { mode: "LIVE" });
    await withTenant(broke.owner, (tx) => tx.business.update({ where: { id: broke.business.id }, data: { accountNumber: "0001234567", creditLimitCents: 100 } }));
    const created = await call("POST", "/batches", { key: broke.key, body: { shipments: [{ to: toVancouver, parcel }] } });
    const answer = await call("POST", `/batches/${created.json.id}/buy`, { key: broke.key, locale: "fr" });
    expect(answer.status).toBe(402);
    expect(answer.json.error.code).toBe("creditExceeded");
    expect(answer.json.error.message).toMatch(/crédit/i);
    expect((await call("GET", `/batches/${created.json.id}`, { key: broke.key })).json.status).toBe("draft");
  });
});

describe("batches of another business, and keys that may not write", () => {
  it("answers 404 for another business's batch, exactly as for a missing one", async () => {
    const theirs = await call("POST", "/batches", { key: other.key, body: { shipments: [{ to: toVancouver, parcel }] } });
    for (const [method, path] of [["GET", `/batches/${theirs.json.id}`], ["POST", `/batches/${theirs.json.id}/buy`]] as const) {
      const answer = await call(method, path, { key: shop.key });
      expect(answer.status, path).toBe(404);
      expect(answer.json.error.code).toBe("notFound");
    }
    const missing = await call("GET", "/batches/nope", { key: shop.key });
    expect(missing.json.error.type).toBe("not_found_error");
    const list = await call("GET", "/batches?limit=100", { key: shop.key });
    expect(list.json.data.map((b: { id: string }) => b.id)).not.toContain(theirs.json.id);
    expect((await call("GET", `/batches/${theirs.json.id}`, { key: other.key })).json.status).toBe("draft");
  });

  it("refuses writes to read-only and storefront keys", async () => {
    const reader = await apiShop("api-batches-reader", { scope: "READ" });
    const store = await apiShop("api-batches-store", { scope: "RATES" });
    const post = await call("POST", "/batches", { key: reader.key, body: { shipments: [{ to: toVancouver, parcel }] } });
    expect(post.status).toBe(403);
    expect(post.json.error.code).toBe("scopeRead");
    expect((await call("POST", "/batches/any/buy", { key: store.key })).status).toBe(403);
    expect((await call("GET", "/batches", { key: store.key })).status).toBe(403);
    expect((await call("GET", "/batches", { key: reader.key })).status).toBe(200);
  });
});

describe("GET /batches", () => {
  it("walks every batch once, newest first, page by page", async () => {
    const lister = await apiShop("api-batches-list");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.unshift((await call("POST", "/batches", { key: lister.key, body: { shipments: [{ to: toVancouver, parcel }] } })).json.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call("GET", `/batches?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { key: lister.key });
      expect(page.status).toBe(200);
      seen.push(...page.json.data.map((b: { id: string }) => b.id));
      expect(page.json.data[0]).toMatchObject({ status: "draft", shipmentCount: 1, total: null });
      cursor = page.json.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(ids);
    expect(pages).toBe(3);
    const bad = await call("GET", "/batches?cursor=Not-One-Of-Ours", { key: lister.key, locale: "fr" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.param).toBe("cursor");
    expect(bad.json.error.message).toMatch(/curseur/);
  });
});
