import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/tenancy/context";
import { adminQuery } from "../db";
import { apiShop, call, type ApiShop } from "./support";

/** A day the carrier can pick up on (the last one offered now: changeable until the day before). */
async function bookableDay(shop: ApiShop): Promise<string> {
  const answer = await call("GET", "/pickups/availability?postalCode=K1A0A9", { key: shop.key });
  return answer.json.dates.at(-1);
}

const pickupBody = (shop: ApiShop, date: string) => ({
  locationId: shop.locationId,
  date,
  readyTime: "13:00",
  closingTime: "17:00",
  location: "loading_dock",
  instructions: "Ring twice at door 3",
  contact: { name: "Léa Roy", phone: "613 555 0100", email: "Dock@Example.com" },
  parcels: 2,
  totalWeightGrams: 4500,
});

const ledger = (businessId: string) => adminQuery<{ type: string; amountCents: number }>(`SELECT type, "amountCents" FROM "AccountTransaction" WHERE "businessId" = $1 ORDER BY "createdAt"`, [businessId]);

let shop: ApiShop;
let date: string;
beforeAll(async () => {
  shop = await apiShop("api-pickups");
  date = await bookableDay(shop);
});

describe("GET /pickups/availability", () => {
  it("gives the days a pickup can be booked at a postal code, and says why a day cannot", async () => {
    const answer = await call("GET", `/pickups/availability?postalCode=k1a%200a9&date=${date}`, { key: shop.key });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ postalCode: "K1A 0A9", available: true, timeZone: "America/Toronto", fee: { currency: "CAD" } });
    expect(answer.json.dates.length).toBeGreaterThanOrEqual(5);
    expect(answer.json.date).toMatchObject({ date, bookable: true, problems: [] });
    expect(answer.json.date.total.amount).toBeGreaterThanOrEqual(answer.json.fee.amount);
    const past = await call("GET", "/pickups/availability?postalCode=K1A0A9&date=2020-01-06", { key: shop.key, locale: "fr" });
    expect(past.json.date).toMatchObject({ bookable: false, total: null, problems: [{ code: "dateInPast" }] });
    expect(past.json.date.problems[0].message).toMatch(/passée/);
    const nowhere = await call("GET", "/pickups/availability?postalCode=ZZZ", { key: shop.key });
    expect(nowhere.status).toBe(422);
    expect(nowhere.json.error.param).toBe("postalCode");
  });
});

describe("POST /pickups and changes", () => {
  it("books with a test key, charging nothing, then changes and cancels it", async () => {
    const booked = await call("POST", "/pickups", { key: shop.key, body: pickupBody(shop, date) });
    expect(booked.status).toBe(201);
    expect(booked.json).toMatchObject({ status: "scheduled", changeable: true, date, location: "loading_dock", locationId: shop.locationId, parcels: 2, billedBy: "envoi", contact: { email: "dock@example.com" } });
    expect(booked.json.confirmationNumber).toMatch(/^P\d{9}$/);
    expect(booked.json.address.postalCode).toBe("K1A 0A9");
    const id = booked.json.id;
    expect((await call("GET", `/pickups/${id}`, { key: shop.key })).json).toEqual(booked.json);

    const changed = await call("PATCH", `/pickups/${id}`, { key: shop.key, body: { parcels: 5, totalWeightGrams: 9000, readyTime: "14:00" } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ parcels: 5, totalWeightGrams: 9000, readyTime: "14:00", closingTime: "17:00", instructions: "Ring twice at door 3" });

    const cancelled = await call("POST", `/pickups/${id}/cancel`, { key: shop.key });
    expect(cancelled.json).toMatchObject({ status: "cancelled", changeable: false });
    const again = await call("POST", `/pickups/${id}/cancel`, { key: shop.key });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("pickupCancelled");
    expect((await call("PATCH", `/pickups/${id}`, { key: shop.key, body: { parcels: 1 } })).status).toBe(409);
    expect(await ledger(shop.business.id)).toEqual([]);
  });

  it("names each broken pickup rule by its field, in the pickup form's words", async () => {
    const body = { ...pickupBody(shop, date), readyTime: "09:00", parcels: 0, contact: { name: "Léa Roy", phone: "123", email: "dock@example.com" } };
    const answer = await call("POST", "/pickups", { key: shop.key, body });
    expect(answer.status).toBe(422);
    const byParam = Object.fromEntries(answer.json.error.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(Object.keys(byParam).sort()).toEqual(["contact.phone", "parcels", "readyTime"]);
    expect(byParam["readyTime"]).toMatch(/12:00 p\.m\. and 4:00 p\.m\./);
    const fr = await call("POST", "/pickups", { key: shop.key, body, locale: "fr" });
    const frByParam = Object.fromEntries(fr.json.error.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(frByParam["contact.phone"]).toMatch(/10 chiffres/);
    const none = await call("POST", "/pickups", { key: shop.key, body: { ...pickupBody(shop, date), locationId: undefined } });
    expect(none.status).toBe(400);
    expect(none.json.error.param).toBe("locationId");
    const [{ count }] = (await adminQuery<{ count: string }>(`SELECT count(*) FROM "Pickup" WHERE "businessId" = $1 AND status = 'SCHEDULED'`, [shop.business.id])) as [{ count: string }];
    expect(count).toBe("0");
  });

  it("with a live key bills the fee on account once per Idempotency-Key, and gives it back on cancelling", async () => {
    const live = await apiShop("api-pickups-live", { mode: "LIVE" });
    await withTenant(live.owner, (tx) => tx.business.update({ where: { id: live.business.id }, data: { accountNumber: "0001234567", creditLimitCents: 100_000 } }));
    const headers = { "idempotency-key": "pickup-monday" };
    const first = await call("POST", "/pickups", { key: live.key, headers, body: pickupBody(live, date) });
    expect(first.status).toBe(201);
    const second = await call("POST", "/pickups", { key: live.key, headers, body: pickupBody(live, date) });
    expect(second.json).toEqual(first.json);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await call("GET", "/pickups", { key: live.key })).json.data).toHaveLength(1);
    expect(await ledger(live.business.id)).toEqual([{ type: "CHARGE", amountCents: first.json.total.amount }]);
    await call("POST", `/pickups/${first.json.id}/cancel`, { key: live.key });
    expect(await ledger(live.business.id)).toEqual([
      { type: "CHARGE", amountCents: first.json.total.amount },
      { type: "CREDIT", amountCents: first.json.total.amount },
    ]);
  });
});

describe("pickups of another business, keys that may not book, and the list", () => {
  it("answers 404 for another business's pickup and location", async () => {
    const other = await apiShop("api-pickups-other");
    const theirs = await call("POST", "/pickups", { key: other.key, body: pickupBody(other, date) });
    expect(theirs.status).toBe(201);
    for (const [method, path, body] of [["GET", `/pickups/${theirs.json.id}`], ["PATCH", `/pickups/${theirs.json.id}`, { parcels: 1 }], ["POST", `/pickups/${theirs.json.id}/cancel`]] as const) {
      const answer = await call(method, path, { key: shop.key, body });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(answer.json)).not.toContain(theirs.json.confirmationNumber);
    }
    const withTheirLocation = await call("POST", "/pickups", { key: shop.key, body: pickupBody(other, date) });
    expect(withTheirLocation.status).toBe(404);
    expect((await call("GET", `/pickups/${theirs.json.id}`, { key: other.key })).json.status).toBe("scheduled");
  });

  it("refuses booking to read-only and storefront keys", async () => {
    const reader = await apiShop("api-pickups-reader", { scope: "READ" });
    const store = await apiShop("api-pickups-store", { scope: "RATES" });
    expect((await call("POST", "/pickups", { key: reader.key, body: pickupBody(reader, date) })).status).toBe(403);
    expect((await call("PATCH", "/pickups/any", { key: reader.key, body: { parcels: 1 } })).status).toBe(403);
    expect((await call("POST", "/pickups/any/cancel", { key: reader.key })).status).toBe(403);
    expect((await call("GET", "/pickups", { key: store.key })).status).toBe(403);
    expect((await call("GET", "/pickups", { key: reader.key })).status).toBe(200);
  });

  it("walks every pickup once, most recently booked first", async () => {
    const lister = await apiShop("api-pickups-list");
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) ids.unshift((await call("POST", "/pickups", { key: lister.key, body: { ...pickupBody(lister, date), parcels: i } })).json.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call("GET", `/pickups?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { key: lister.key });
      seen.push(...page.json.data.map((p: { id: string }) => p.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });
});
