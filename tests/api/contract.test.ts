/**
 * Contract: the OpenAPI document is valid OpenAPI 3.1 (in English and in French), and every answer
 * of every endpoint, its successes and its errors, fits the schema the document gives for that
 * operation and status.
 * tests/api/support.ts checks each answer as it arrives (in every API test file); here every
 * endpoint of the catalogue is made to give each kind of answer at least once.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/api/keys";
import { ENDPOINTS } from "@/lib/api/catalogue";
import { openApiDocument } from "@/lib/api/openapi";
import { adminQuery } from "../db";
import { answerProblems, documentedStatuses, endpointFor, openApi } from "./contract";
import { EXAMPLE_REQUESTS, type ExampleRequest } from "./example-requests";
import { answered, apiShop, call, type ApiShop } from "./support";

let shop: ApiShop;
const examples = new Map<string, ExampleRequest>();

/** The example's path with its id parameters replaced by an id no business has. */
function withUnknownIds(request: ExampleRequest): string {
  const [path, query] = request.path.split("?");
  const found = endpointFor(request.method, path!)!;
  let out = found.endpoint.path;
  for (const [name, value] of Object.entries(found.params)) out = out.replace(`{${name}}`, /id$/i.test(name) ? "unknown0000000000000000000" : encodeURIComponent(value));
  return query ? `${out}?${query}` : out;
}

beforeAll(async () => {
  shop = await apiShop("api-contract");
  for (const ep of ENDPOINTS) {
    const build = EXAMPLE_REQUESTS[ep.id];
    if (build) examples.set(ep.id, await build(shop));
  }
}, 300_000);

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(openApi());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(openApi().openapi).toBe("3.1.0");
  });

  it("is valid OpenAPI 3.1 in French too", async () => {
    const french = openApiDocument("http://127.0.0.1", "fr");
    expect(french.info.title).toBe("API d'Envoi");
    const result = await new Validator().validate(french);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every endpoint of the catalogue, with its errors", () => {
    for (const ep of ENDPOINTS) {
      const statuses = documentedStatuses(ep);
      expect(statuses, ep.id).toEqual(expect.arrayContaining([ep.status ?? 200, 401, 403, 429]));
      if (ep.body || ep.query) expect(statuses, `${ep.id} takes input: document 400`).toContain(400);
      if (/\{\w*id\}/i.test(ep.path)) expect(statuses, `${ep.id} names an object: document 404`).toContain(404);
    }
  });

  it("finds an answer that breaks it (the checks are not vacuous)", () => {
    const rates = ENDPOINTS.find((e) => e.id === "getRates")!;
    expect(answerProblems("POST", rates.path, 200, "application/json", { mode: "reference", rates: [{ price: 12 }] }).length).toBeGreaterThan(0);
    expect(answerProblems("POST", rates.path, 400, "application/json", { error: { type: "nonsense" } }).length).toBeGreaterThan(0);
    expect(answerProblems("POST", rates.path, 418, "application/json", {})).toEqual([expect.stringContaining("does not list")]);
  });
});

describe("every endpoint's answers fit the document", () => {
  it("its success, with a full key", async () => {
    for (const ep of ENDPOINTS) {
      const r = examples.get(ep.id)!;
      const answer = await call(r.method, r.path, { key: shop.key, body: r.body, headers: r.headers });
      expect(answer.status, `${ep.id}: ${JSON.stringify(answer.json)}`).toBe(ep.status ?? 200);
    }
  });

  it("401 without a key, in English and in French", async () => {
    for (const ep of ENDPOINTS) {
      const r = examples.get(ep.id)!;
      for (const locale of ["en", "fr"] as const) expect((await call(r.method, r.path, { body: r.body, locale })).status, ep.id).toBe(401);
    }
  });

  it("401 with a revoked key", async () => {
    const gone = await apiShop("api-contract-revoked");
    await revokeApiKey(gone.owner, gone.keyId);
    for (const ep of ENDPOINTS) {
      const r = examples.get(ep.id)!;
      const answer = await call(r.method, r.path, { key: gone.key, body: r.body });
      expect(answer.json.error.code, ep.id).toBe("revokedKey");
    }
  });

  it("403 for a key whose scope does not reach the endpoint", async () => {
    const store = await apiShop("api-contract-store", { scope: "RATES" });
    for (const ep of ENDPOINTS.filter((e) => e.access !== "rates")) {
      const r = examples.get(ep.id)!;
      expect((await call(r.method, r.path, { key: store.key, body: r.body })).status, ep.id).toBe(403);
    }
  });

  it("400 for a body that is not the endpoint's object", async () => {
    for (const ep of ENDPOINTS.filter((e) => e.body)) {
      const r = examples.get(ep.id)!;
      const answer = await call(r.method, r.path, { key: shop.key, body: [] });
      expect(answer.status, ep.id).toBe(400);
      expect(answer.json.error.type).toBe("invalid_request_error");
    }
  });

  it("404 for an object no business has", async () => {
    for (const ep of ENDPOINTS.filter((e) => /\{\w*id\}/i.test(e.path))) {
      const r = examples.get(ep.id)!;
      const answer = await call(r.method, withUnknownIds(r), { key: shop.key, body: r.body });
      expect(answer.status, ep.id).toBe(404);
    }
  });

  it("429 over the key's limit", async () => {
    const busy = await apiShop("api-contract-busy");
    await adminQuery(`INSERT INTO "RateLimit" ("key", "count", "windowEnd") VALUES ($1, 1000000, now() + interval '30 seconds')`, [`api:${busy.keyId}`]);
    for (const ep of ENDPOINTS) {
      const r = examples.get(ep.id)!;
      expect((await call(r.method, r.path, { key: busy.key, body: r.body })).status, ep.id).toBe(429);
    }
  });

  it("every answer above was checked against the document", () => {
    const statuses = new Set(answered.map((a) => a.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 401, 429]));
    for (const ep of ENDPOINTS) expect(answered.some((a) => endpointFor(a.method, a.path)?.endpoint.id === ep.id), ep.id).toBe(true);
  });
});
