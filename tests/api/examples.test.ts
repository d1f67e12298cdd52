/**
 * The reference's examples come from real calls: each endpoint's example request (example-requests.ts)
 * is sent through its route handler in a fresh business. `UPDATE_API_EXAMPLES=1 npx vitest run
 * tests/api/examples.test.ts` writes the answers to lib/api/examples.json (lib/api/openapi.ts puts
 * them in the document); otherwise the committed file must hold an example for every endpoint, each
 * fitting the document, with the shape today's answer has.
 */
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/catalogue";
import { isFileResponse } from "@/lib/api/endpoint";
import { answerProblems, endpointFor, requestProblems } from "./contract";
import { EXAMPLE_REQUESTS } from "./example-requests";
import { apiShop, call, type ApiShop } from "./support";

const FILE = "lib/api/examples.json";
type Recorded = Record<string, { request?: unknown; response?: unknown }>;

/** A value's shape: its keys and the types of its values, arrays by their first item. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
  return value === null ? "null" : typeof value;
}

let shop: ApiShop;
const fresh: Recorded = {};

beforeAll(async () => {
  shop = await apiShop("api-examples");
  for (const ep of ENDPOINTS) {
    const build = EXAMPLE_REQUESTS[ep.id];
    if (!build) continue;
    const request = await build(shop);
    const answer = await call(request.method, request.path, { key: shop.key, body: request.body, headers: request.headers });
    expect(answer.status, `${ep.id}: ${JSON.stringify(answer.json)}`).toBe(ep.status ?? 200);
    fresh[ep.id] = { ...(request.body !== undefined ? { request: request.body } : {}), ...(isFileResponse(ep.response) ? {} : { response: answer.json }) };
  }
  if (process.env.UPDATE_API_EXAMPLES === "1") fs.writeFileSync(FILE, `${JSON.stringify(fresh, null, 2)}\n`);
}, 300_000);

describe("API examples from real calls", () => {
  it("every endpoint of the catalogue has an example request", () => {
    expect(ENDPOINTS.map((e) => e.id).filter((id) => !EXAMPLE_REQUESTS[id])).toEqual([]);
    expect(Object.keys(EXAMPLE_REQUESTS).filter((id) => !ENDPOINTS.some((e) => e.id === id))).toEqual([]);
  });

  it("each example calls its own endpoint", async () => {
    for (const ep of ENDPOINTS) {
      const request = await EXAMPLE_REQUESTS[ep.id]!(shop);
      expect(endpointFor(request.method, request.path.split("?")[0]!)?.endpoint.id, ep.id).toBe(ep.id);
    }
  });

  it("the committed examples cover every endpoint, fit the document and have today's shape", () => {
    const committed = JSON.parse(fs.readFileSync(FILE, "utf8")) as Recorded;
    expect(Object.keys(committed).sort(), `run UPDATE_API_EXAMPLES=1 npx vitest run tests/api/examples.test.ts`).toEqual(ENDPOINTS.map((e) => e.id).sort());
    for (const ep of ENDPOINTS) {
      const example = committed[ep.id]!;
      expect(requestProblems(ep.id, example.request), ep.id).toEqual([]);
      if (isFileResponse(ep.response)) continue;
      expect(answerProblems(ep.method, ep.path.replace(/\{(\w+)\}/g, "x"), ep.status ?? 200, "application/json", example.response), ep.id).toEqual([]);
      expect(shape(example.response), `${ep.id}: the answer's shape changed; run UPDATE_API_EXAMPLES=1`).toEqual(shape(fresh[ep.id]!.response));
      expect(shape(example.request), `${ep.id}: the request's shape changed; run UPDATE_API_EXAMPLES=1`).toEqual(shape(fresh[ep.id]!.request));
    }
  });
});
