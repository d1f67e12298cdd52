/**
 * The route handler of an endpoint. In order: the key (401; 429 over its limit), the key's scope
 * (403), the path, query and body against their schemas (400, each field's problem in the forms'
 * words), the Idempotency-Key of a write (replay, or 409), then the service; its answer is checked
 * against the declared schema before it goes out. Every answer carries the key's RateLimit-*
 * headers and a request id; the request log is written after the answer has gone.
 */
import { after } from "next/server";
import type { z } from "zod";
import { localeFromAcceptLanguage, type AppLocale } from "@/lib/i18n/locales";
import { scopeAllows } from "./actor";
import { authenticate, type Authenticated } from "./authenticate";
import { acceptsIdempotencyKey, isFileResponse, type Endpoint } from "./endpoint";
import { ApiError, errorResponse, fieldsBody, zodFieldErrors } from "./errors";
import { claimIdempotencyKey, requestHash, settleIdempotencyKey } from "./idempotency";
import { rateLimitHeaders } from "./limits";
import { logApiRequest } from "./request-log";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** JSON with the keys of every object sorted: the same request whatever order its fields came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function parseOr400<S extends z.ZodType>(schema: S | undefined, value: unknown, locale: AppLocale, prefix: string): z.output<S> {
  if (!schema) return undefined as z.output<S>;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { status, body } = fieldsBody(400, zodFieldErrors(parsed.error, locale, prefix), locale);
  throw new Answer(status, body);
}

/** Query parameters as an object; a parameter given more than once becomes a list. */
function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

async function readBody(request: Request, locale: AppLocale): Promise<{ value: unknown; canonical: string }> {
  const text = await request.text();
  if (!text.trim()) return { value: {}, canonical: "{}" };
  try {
    const value: unknown = JSON.parse(text);
    return { value, canonical: canonicalJson(value) };
  } catch {
    throw new Answer(400, errorResponse(new ApiError(400, "invalid_request_error", "invalidJson"), locale).body);
  }
}

function respond(answer: Answer | Response, common: Record<string, string>): Response {
  if (answer instanceof Response) {
    for (const [k, v] of Object.entries(common)) answer.headers.set(k, v);
    return answer;
  }
  return Response.json(answer.body, { status: answer.status, headers: { ...common, ...answer.headers } });
}

function later(work: () => Promise<void>) {
  const safe = () => work().catch((e: unknown) => console.error("[api] request log", e));
  try {
    after(safe);
  } catch {
    // Outside a Next.js request (tests calling the handler directly): write it now.
    void safe();
  }
}

export function handle(ep: Endpoint): (request: Request, context: RouteContext) => Promise<Response> {
  return async function route(request, context) {
    const started = performance.now();
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    const common: Record<string, string> = { "content-language": locale, "x-request-id": `req_${crypto.randomUUID()}`, "cache-control": "no-store" };
    let auth: Authenticated | null = null;
    let idempotencyKey: string | null = null;
    let answer: Answer | Response;
    try {
      auth = await authenticate(request.headers.get("authorization"));
      Object.assign(common, rateLimitHeaders(auth.limit, auth.counted));
      if (!scopeAllows(auth.actor.apiKey.scope, ep.access)) {
        throw new ApiError(403, "permission_error", auth.actor.apiKey.scope === "RATES" ? "scopeRates" : "scopeRead");
      }
      answer = await run(ep, request, context, auth, locale, (key) => (idempotencyKey = key));
    } catch (e) {
      if (e instanceof Answer) answer = e;
      else {
        const failure = errorResponse(e, locale);
        answer = new Answer(failure.status, failure.body, failure.headers);
      }
    }
    const response = respond(answer, common);
    if (auth) {
      const actor = auth.actor;
      const status = response.status;
      const errorCode = answer instanceof Answer && status >= 400 ? ((answer.body as { error?: { code?: string } }).error?.code ?? null) : null;
      const requestId = common["x-request-id"]!;
      later(() => logApiRequest(actor, { apiKeyId: actor.apiKey.id, method: ep.method, path: `/api/v1${ep.path}`, status, durationMs: Math.round(performance.now() - started), errorCode, idempotencyKey, requestId }));
    }
    return response;
  };
}

async function run(ep: Endpoint, request: Request, context: RouteContext, auth: Authenticated, locale: AppLocale, noteKey: (key: string) => void): Promise<Answer | Response> {
  const params = parseOr400(ep.params, await context.params, locale, "");
  const query = parseOr400(ep.query, queryObject(new URL(request.url)), locale, "");
  const raw = ep.body ? await readBody(request, locale) : null;
  const body = raw ? parseOr400(ep.body, raw.value, locale, "") : undefined;
  const key = acceptsIdempotencyKey(ep) ? request.headers.get("idempotency-key") : null;
  const actor = auth.actor;
  let claimId: string | null = null;
  if (key !== null) {
    noteKey(key);
    const path = new URL(request.url).pathname;
    const claim = await claimIdempotencyKey(actor, key, requestHash(ep.method, path, raw?.canonical ?? ""));
    if (claim.kind === "replay") return new Answer(claim.status, claim.body, { "idempotent-replayed": "true" });
    claimId = claim.id;
  }
  let answer: Answer | Response;
  try {
    const result = await ep.run({ actor, params, query, body, locale, request });
    if (result instanceof Response) answer = result;
    else if (isFileResponse(ep.response)) throw new Error(`${ep.id} declares a file but answered JSON`);
    else answer = new Answer(ep.status ?? 200, ep.response.parse(result));
  } catch (e) {
    if (e instanceof Answer) answer = e;
    else {
      const failure = errorResponse(e, locale);
      answer = new Answer(failure.status, failure.body, failure.headers);
    }
  }
  if (claimId) {
    // A file answer is not stored: the same request asks for the same file again.
    const stored = answer instanceof Answer ? answer : null;
    await settleIdempotencyKey(actor, claimId, stored?.status ?? 500, stored?.body ?? null);
  }
  return answer;
}
