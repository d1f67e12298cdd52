/**
 * Tenancy over every endpoint of lib/api/catalogue.ts (generic: an endpoint added later is covered
 * as soon as it is in the catalogue). Business A makes objects through the API; with business B's
 * key, A's ids answer exactly like ids nobody has (404) and change nothing in A, and no answer of B
 * names any of A's objects. A read-only and a storefront key are refused every write (403), a
 * storefront key every read; a revoked key gets 401 everywhere.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/catalogue";
import type { Endpoint } from "@/lib/api/endpoint";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";
import { tenantSnapshot } from "../db";
import { EXAMPLE_REQUESTS, boughtShipment, bookedPickup, draftBatch, issuedReturn, shopContact, type ExampleRequest } from "./example-requests";
import { apiShop, call, type ApiShop } from "./support";

/**
 * How to get, in business A, a value for each path parameter, keyed by the path up to it
 * ("/shipments/{id}"): an object made through the API for an id, a fixed value for other
 * parameters (a label's format). An endpoint with a parameter missing here fails the first test.
 */
const ID_SOURCES: Record<string, (a: ApiShop) => Promise<string>> = {
  "/shipments/{id}": async (shop) => (await boughtShipment(shop, { includeReturnLabel: true })).id,
  "/batches/{id}": async (shop) => (await draftBatch(shop)).id,
  "/tracking/{number}": async (shop) => (await boughtShipment(shop)).trackingNumber!,
  "/pickups/{id}": async (shop) => (await bookedPickup(shop)).id,
  "/contacts/{id}": async (shop) => (await shopContact(shop)).id,
  "/returns/{id}": async (shop) => (await issuedReturn(shop)).id,
};

const UNKNOWN_ID = "unknown0000000000000000000";

/** "/shipments/{id}/labels/{format}" -> ["/shipments/{id}", "/shipments/{id}/labels/{format}"] */
function parameterKeys(path: string): string[] {
  return [...path.matchAll(/\{\w+\}/g)].map((m) => path.slice(0, m.index + m[0].length));
}

function fill(ep: Endpoint, values: Record<string, string>, query: string | undefined): string {
  let out = ep.path;
  for (const key of parameterKeys(ep.path)) out = out.replace(key.slice(key.lastIndexOf("{")), encodeURIComponent(values[key]!));
  return query ? `${out}?${query}` : out;
}

/** Id-like strings in an answer (cuids): the objects it names. */
function idsIn(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(/"(c[a-z0-9]{20,30})"/g)].map((m) => m[1]!);
}

let a: ApiShop;
let b: ApiShop;
let bRead: string;
let bRates: string;
let bRevoked: string;
const aValues: Record<string, string> = {};
const aIds = new Set<string>();
const bExamples = new Map<string, ExampleRequest>();

beforeAll(async () => {
  a = await apiShop("xt-api-alpha");
  b = await apiShop("xt-api-bravo");
  bRead = (await createApiKey(b.owner, { name: "read", mode: "TEST", scope: "READ" })).secret;
  bRates = (await createApiKey(b.owner, { name: "store", mode: "TEST", scope: "RATES" })).secret;
  const revoked = await createApiKey(b.owner, { name: "gone", mode: "TEST", scope: "FULL" });
  await revokeApiKey(b.owner, revoked.id);
  bRevoked = revoked.secret;
  aIds.add(a.locationId);
  // A's objects: every example run in A, then each path parameter's source.
  for (const ep of ENDPOINTS) {
    const build = EXAMPLE_REQUESTS[ep.id];
    if (!build) continue;
    const r = await build(a);
    const answer = await call(r.method, r.path, { key: a.key, body: r.body, headers: r.headers });
    for (const id of idsIn(answer.json)) aIds.add(id);
  }
  for (const key of new Set(ENDPOINTS.flatMap((e) => parameterKeys(e.path)))) {
    const source = ID_SOURCES[key];
    if (!source) continue;
    aValues[key] = await source(a);
    if (/id\}$/i.test(key)) aIds.add(aValues[key]);
  }
  for (const ep of ENDPOINTS) {
    const build = EXAMPLE_REQUESTS[ep.id];
    if (build) bExamples.set(ep.id, await build(b));
  }
}, 600_000);

const example = (ep: Endpoint) => bExamples.get(ep.id)!;
const queryOf = (r: ExampleRequest) => r.path.split("?")[1];

describe("cross-tenant: every API endpoint", () => {
  it("knows how to make, in A, the object of every path parameter, and has an example of every endpoint", () => {
    const missing = ENDPOINTS.flatMap((e) => parameterKeys(e.path)).filter((key) => !ID_SOURCES[key]);
    expect(missing, "add them to ID_SOURCES").toEqual([]);
    expect(ENDPOINTS.filter((e) => !EXAMPLE_REQUESTS[e.id]).map((e) => e.id), "add them to tests/api/example-requests.ts").toEqual([]);
  });

  it("with B's key, A's ids answer like unknown ids (404) and A is unchanged", async () => {
    const before = await tenantSnapshot(a.business.id);
    for (const ep of ENDPOINTS.filter((e) => parameterKeys(e.path).length > 0)) {
      const r = example(ep);
      const unknown = Object.fromEntries(parameterKeys(ep.path).map((k) => [k, /id\}$/i.test(k) ? UNKNOWN_ID : aValues[k]!]));
      // Without the example's Idempotency-Key: two different requests with one key would rightly get 409.
      const headers = Object.fromEntries(Object.entries(r.headers ?? {}).filter(([h]) => h.toLowerCase() !== "idempotency-key"));
      const theirs = await call(ep.method, fill(ep, aValues, queryOf(r)), { key: b.key, body: r.body, headers });
      const nobodys = await call(ep.method, fill(ep, unknown, queryOf(r)), { key: b.key, body: r.body, headers });
      expect(theirs.status, ep.id).toBe(404);
      expect({ type: theirs.json?.error?.type, code: theirs.json?.error?.code }, ep.id).toEqual({ type: nobodys.json?.error?.type, code: nobodys.json?.error?.code });
      // The answer may repeat the id it was asked for ("Nothing with the id ... was found"), nothing else of A's.
      const sent = parameterKeys(ep.path).map((k) => aValues[k]!);
      const text = sent.reduce((t, value) => t.split(value).join("<sent>"), JSON.stringify(theirs.json));
      for (const id of aIds) expect(text, ep.id).not.toContain(id);
    }
    expect(await tenantSnapshot(a.business.id)).toEqual(before);
  });

  it("with B's key, no answer (lists included) names any of A's objects", async () => {
    expect(aIds.size).toBeGreaterThan(0);
    const before = await tenantSnapshot(a.business.id);
    for (const ep of ENDPOINTS.filter((e) => parameterKeys(e.path).length === 0)) {
      const r = example(ep);
      const answer = await call(r.method, r.path, { key: b.key, body: r.body, headers: r.headers });
      expect(answer.status, `${ep.id}: ${JSON.stringify(answer.json)}`).toBeLessThan(300);
      const text = JSON.stringify(answer.json);
      for (const id of aIds) expect(text, ep.id).not.toContain(id);
      expect(text, ep.id).not.toContain("xt-api-alpha");
    }
    expect(await tenantSnapshot(a.business.id)).toEqual(before);
  });

  it("a read-only key and a storefront key are refused every write, the storefront key every read (403)", async () => {
    const before = await tenantSnapshot(b.business.id);
    for (const ep of ENDPOINTS) {
      const r = example(ep);
      const refused = ep.access === "write" ? [bRead, bRates] : ep.access === "read" ? [bRates] : [];
      for (const key of refused) {
        const answer = await call(r.method, r.path, { key, body: r.body, headers: r.headers });
        expect(answer.status, ep.id).toBe(403);
        expect(answer.json.error.type, ep.id).toBe("permission_error");
      }
    }
    // Refused requests are logged (the request log) but change nothing else.
    const after = await tenantSnapshot(b.business.id);
    expect({ ...after, ApiRequest: null, ApiKey: null }).toEqual({ ...before, ApiRequest: null, ApiKey: null });
  });

  it("a revoked key gets 401 from every endpoint", async () => {
    for (const ep of ENDPOINTS) {
      const r = example(ep);
      const answer = await call(r.method, r.path, { key: bRevoked, body: r.body, headers: r.headers });
      expect(answer.status, ep.id).toBe(401);
      expect(answer.json.error.code, ep.id).toBe("revokedKey");
    }
  });
});
