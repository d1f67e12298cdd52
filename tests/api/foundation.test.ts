import { beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/api/keys";
import { listApiRequests } from "@/lib/api/request-log";
import { adminQuery } from "../db";
import { apiShop, call, type ApiShop } from "./support";

const parcel = { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 };
const rateBody = (shop: ApiShop) => ({ from: { locationId: shop.locationId }, to: { country: "CA", postalCode: "V6B 1A1" }, parcel });

let shop: ApiShop;
beforeAll(async () => {
  shop = await apiShop("api-foundation");
});

describe("API keys on /api/v1", () => {
  it("refuses a request without a key, with an unknown key, in the caller's language", async () => {
    const none = await call("POST", "/rates", { body: rateBody(shop) });
    expect(none.status).toBe(401);
    expect(none.json.error).toMatchObject({ type: "authentication_error", code: "missingKey" });
    expect(none.json.error.message).toContain("Authorization: Bearer");
    const unknown = await call("POST", "/rates", { key: "envoi_test_nope", body: rateBody(shop), locale: "fr" });
    expect(unknown.status).toBe(401);
    expect(unknown.json.error.code).toBe("invalidKey");
    expect(unknown.json.error.message).toMatch(/n'est pas valide/);
    expect(unknown.headers.get("content-language")).toBe("fr");
  });

  it("answers rates with a valid key, in cents, cheapest first, and marks when it was last used", async () => {
    const answer = await call("POST", "/rates", { key: shop.key, body: rateBody(shop) });
    expect(answer.status).toBe(200);
    expect(answer.json.mode).toBe("reference");
    const prices = answer.json.rates.map((r: { price: { amount: number } }) => r.price.amount);
    expect(prices.length).toBeGreaterThan(2);
    expect([...prices].sort((a: number, b: number) => a - b)).toEqual(prices);
    expect(answer.json.rates[0].price.currency).toBe("CAD");
    expect(answer.json.rates.find((r: { service: { code: string } }) => r.service.code === "DOM.EP").service.name).toBe("Expedited Parcel");
    expect(answer.headers.get("ratelimit-limit")).toBe("600");
    expect(Number(answer.headers.get("ratelimit-remaining"))).toBeLessThan(600);
    const [key] = await adminQuery<{ lastUsedAt: Date | null }>(`SELECT "lastUsedAt" FROM "ApiKey" WHERE id = $1`, [shop.keyId]);
    expect(key!.lastUsedAt).not.toBeNull();
  });

  it("words each field's problem like the web form, and names the field", async () => {
    const answer = await call("POST", "/rates", { key: shop.key, body: { from: { locationId: shop.locationId }, to: { country: "CA" }, parcel: { ...parcel, weightGrams: -5 } } });
    expect(answer.status).toBe(400);
    expect(answer.json.error.type).toBe("invalid_request_error");
    const params = answer.json.error.errors.map((e: { param: string }) => e.param);
    expect(params).toEqual(expect.arrayContaining(["parcel.weightGrams", "to.postalCode"]));
    const postal = answer.json.error.errors.find((e: { param: string }) => e.param === "to.postalCode");
    expect(postal.message).toMatch(/^Postal or ZIP code: /);
    const fsa = await call("POST", "/rates", { key: shop.key, body: { ...rateBody(shop), to: { country: "CA", postalCode: "V6B" } }, locale: "fr" });
    expect(fsa.status).toBe(422);
    expect(fsa.json.error.param).toBe("to.postalCode");
    expect(fsa.json.error.message).toMatch(/code postal/i);
  });

  it("answers malformed JSON and unknown addresses in the one error shape", async () => {
    const bad = await call("POST", "/rates", { key: shop.key, body: "{not json" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("invalidJson");
    const missing = await call("GET", "/nothing/here", { key: shop.key });
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({ type: "not_found_error", code: "routeNotFound" });
  });

  it("refuses a revoked key at once", async () => {
    const other = await apiShop("api-revoked");
    expect((await call("POST", "/rates", { key: other.key, body: rateBody(other) })).status).toBe(200);
    await revokeApiKey(other.owner, other.keyId);
    const after = await call("POST", "/rates", { key: other.key, body: rateBody(other) });
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe("revokedKey");
    const [audit] = await adminQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "businessId" = $1 AND "entityId" = $2 ORDER BY "createdAt" DESC LIMIT 1`, [other.business.id, other.keyId]);
    expect(audit!.action).toBe("apiKey.revoked");
  });

  it("stops a key over its limit with 429 and Retry-After, counted in the database", async () => {
    const busy = await apiShop("api-limited");
    await adminQuery(`INSERT INTO "RateLimit" ("key", "count", "windowEnd") VALUES ($1, 600, now() + interval '30 seconds')`, [`api:${busy.keyId}`]);
    const answer = await call("POST", "/rates", { key: busy.key, body: rateBody(busy) });
    expect(answer.status).toBe(429);
    expect(answer.json.error.type).toBe("rate_limit_error");
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(answer.headers.get("ratelimit-remaining")).toBe("0");
  });

  it("keeps a storefront key to rates", async () => {
    const store = await apiShop("api-store", { scope: "RATES" });
    expect((await call("POST", "/rates", { key: store.key, body: rateBody(store) })).status).toBe(200);
  });

  it("logs every request for the business's request log, findable by the request id its answer carried", async () => {
    const logger = await apiShop("api-logged");
    await call("POST", "/rates", { key: logger.key, body: rateBody(logger) });
    const failed = await call("POST", "/rates", { key: logger.key, body: {} });
    await new Promise((r) => setTimeout(r, 200));
    const rows = await adminQuery<{ status: number; path: string; errorCode: string | null }>(`SELECT status, path, "errorCode" FROM "ApiRequest" WHERE "businessId" = $1 ORDER BY "createdAt"`, [logger.business.id]);
    expect(rows.map((r) => [r.status, r.path])).toEqual([[200, "/api/v1/rates"], [400, "/api/v1/rates"]]);
    expect(rows[1]!.errorCode).toBe("invalid_request");
    const requestId = failed.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^req_/);
    const found = await listApiRequests(logger.owner, { requestId });
    expect(found.map((r) => [r.status, r.requestId])).toEqual([[400, requestId]]);
    // Another business's owner quoting that id finds nothing.
    expect(await listApiRequests(shop.owner, { requestId })).toEqual([]);
  });

  it("logs every one of many requests that end together, each in its own business's log", async () => {
    const [a, b] = await Promise.all([apiShop("api-logged-many-a"), apiShop("api-logged-many-b")]);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const s = i % 2 === 0 ? a : b;
        return call("GET", "/contacts", { key: s.key }).then((r) => ({ shop: s, id: r.headers.get("x-request-id")! }));
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    for (const s of [a, b]) {
      const logged = await listApiRequests(s.owner, { take: 100 });
      const sent = answers.filter((x) => x.shop === s).map((x) => x.id);
      expect(logged.map((r) => r.requestId).sort()).toEqual([...sent].sort());
      expect(logged.every((r) => r.status === 200 && r.path === "/api/v1/contacts")).toBe(true);
    }
  });
});
