/**
 * Calling /api/v1 in tests as a shop would: a business with an API key, and `call` that sends a
 * real Request through the route handler of the path (app/api/v1/**\/route.ts, found on disk).
 */
import fs from "node:fs";
import path from "node:path";
import { createApiKey } from "@/lib/api/keys";
import type { ApiKeyMode, ApiKeyScope } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/tenancy/actor";
import { createTestBusiness, createTestLocation, type TestBusiness } from "../fixtures";
import { answerProblems } from "./contract";

type Handler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

interface RouteFile {
  /** "/rates", "/shipments/[id]" */
  pattern: string;
  regex: RegExp;
  names: string[];
  file: string;
}

const ROOT = "app/api/v1";

function routeFiles(dir = ROOT): RouteFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    if (e.name !== "route.ts") return [];
    const pattern = "/" + path.relative(ROOT, dir).split(path.sep).filter(Boolean).join("/");
    const names: string[] = [];
    const regex = new RegExp(
      "^" +
        pattern.replace(/\[\.\.\.(\w+)\]|\[(\w+)\]|[.]/g, (m, rest: string | undefined, one: string | undefined) => {
          if (rest) return names.push(rest), "(.+)";
          if (one) return names.push(one), "([^/]+)";
          return "\\.";
        }) +
        "$",
    );
    return [{ pattern, regex, names, file: full }];
  });
}

/** Every route file of the API, the catch-all last. */
export function apiRoutes(): RouteFile[] {
  return routeFiles().sort((a, b) => Number(a.pattern.includes("...")) - Number(b.pattern.includes("...")) || b.pattern.length - a.pattern.length);
}

export interface ApiShop {
  business: TestBusiness;
  owner: Actor;
  locationId: string;
  key: string;
  keyId: string;
}

/** A business with a ship-from location and an API key (full access, test mode unless said). */
export async function apiShop(label: string, key: { mode?: ApiKeyMode; scope?: ApiKeyScope } = {}): Promise<ApiShop> {
  const business = await createTestBusiness(label);
  const owner: Actor = { businessId: business.id, userId: business.owner.id, role: "OWNER", slug: business.slug };
  const { id: locationId } = await createTestLocation(business);
  const created = await createApiKey(owner, { name: `${label} key`, mode: key.mode ?? "TEST", scope: key.scope ?? "FULL" });
  return { business, owner, locationId, key: created.secret, keyId: created.id };
}

/** The answers this test file has received (method, path under /api/v1, status), each checked against the document. */
export const answered: { method: string; path: string; status: number }[] = [];

export interface CallOptions {
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  locale?: "en" | "fr";
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // Tests read the JSON they expect.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  response: Response;
}

/** Sends `method path` (path under /api/v1, with its query) to the route handler that serves it. */
export async function call(method: string, pathAndQuery: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const url = new URL(`http://127.0.0.1/api/v1${pathAndQuery}`);
  const sub = url.pathname.slice("/api/v1".length) || "/";
  const route = apiRoutes().find((r) => r.regex.test(sub));
  if (!route) throw new Error(`no route file serves ${sub}`);
  const match = route.regex.exec(sub)!;
  const params: Record<string, string | string[]> = {};
  route.names.forEach((name, i) => {
    const value = decodeURIComponent(match[i + 1]!);
    params[name] = route.pattern.includes(`[...${name}]`) ? value.split("/") : value;
  });
  const mod = (await import(/* @vite-ignore */ path.resolve(route.file))) as Record<string, Handler>;
  const handler = mod[method];
  if (!handler) return { status: 405, headers: new Headers(), json: null, response: new Response(null, { status: 405 }) };
  const headers: Record<string, string> = { "accept-language": options.locale ?? "en", ...(options.headers ?? {}) };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(url, { method, headers, body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body) });
  const response = await handler(request, { params: Promise.resolve(params) });
  const type = response.headers.get("content-type") ?? "";
  const json: unknown = type.includes("json") ? await response.clone().json() : null;
  // Every answer any test sees must be one the OpenAPI document describes (tests/api/contract.ts).
  const problems = answerProblems(method, sub, response.status, type, json);
  if (problems.length) throw new Error(`${method} ${pathAndQuery} answered ${response.status} against the OpenAPI document:\n  ${problems.join("\n  ")}\n${JSON.stringify(json).slice(0, 2000)}`);
  answered.push({ method, path: sub, status: response.status });
  return { status: response.status, headers: response.headers, json, response };
}
