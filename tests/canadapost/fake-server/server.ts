/**
 * A local fake of Canada Post's web services for tests, browser tests, benchmarks and offline
 * clicking through live mode (`npm run dev -- --carrier fake-canadapost`). Node's http on
 * 127.0.0.1 only. Every call goes through what Canada Post checks, in its order: Basic auth (401
 * E002), the route, injected failures and the rolling throttle (503 "Rejected by SLM Monitor"),
 * Accept-language (en-CA or fr-CA), Accept and Content-Type media types (406, 415), the path's
 * customer numbers (403 AA004), the body against its XSD (400 code "Server", "cvc-..."); then the
 * operation. Test controls: the `control` object, or JSON at POST /__fake/control; the request
 * log at GET /__fake/requests.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ARTIFACT_ROUTES } from "./artifacts";
import { DEFAULT_ACCOUNT, authenticate, customerRefusal, toAccount, type Account, type AccountInput } from "./auth";
import { CONTRACT_SHIPMENT_ROUTES } from "./contract-shipments";
import { Control, applyCommand, type FakeControl, type Failure } from "./control";
import type { Group } from "./groups";
import { message, type Lang } from "./messages";
import { PICKUP_ROUTES } from "./pickups";
import { RETURN_ROUTES } from "./returns";
import { MANIFEST_ROUTES } from "./manifests";
import { POST_OFFICE_ROUTES } from "./post-offices";
import { RATING_ROUTES } from "./rating";
import { SERVICES, messagesAnswer, refuse, type Answer, type Ctx, type Route } from "./routing";
import { NC_SHIPMENT_ROUTES } from "./shipments";
import { FakeState } from "./store";
import { TRACKING_ROUTES, currentStage } from "./tracking";
import { checkAgainst, cvcDescription } from "./validation";
import { kid, parseXml, txt, type XNode } from "./xml";

export interface FakeCanadaPostOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default: username "envoi-test", password "fake-password", customer number "2004381" (no contract). */
  accounts?: AccountInput[];
  /** Every answer waits this long (default 0). */
  latencyMs?: number;
  /** Check request bodies against the XSDs (default true; about 150 ms a call). False for benchmarks. */
  validate?: boolean;
  /** Also check the server's own XML answers against their XSD; a failure answers HTTP 500 (tests). */
  checkAnswers?: boolean;
  /** Throttle limits from the start, calls per rolling minute per API key (PUBLISHED_LIMITS for Canada Post's). */
  throttleLimits?: Partial<Record<Group, number>>;
  /** Minutes between tracking stages of a new parcel (default 1). */
  trackingSpeed?: number;
  /** The clock (tests pin it). */
  now?: () => Date;
}

export interface RequestLogEntry {
  at: string;
  method: string;
  /** Path and query. */
  path: string;
  /** 0 when no answer was given (an injected timeout). */
  status: number;
  operation: string | null;
  group: Group | null;
  username: string | null;
  /** The refusal's first description, for debugging. */
  error?: string;
}

export interface FakeCanadaPost {
  /** "http://127.0.0.1:PORT" */
  url: string;
  port: number;
  close(): Promise<void>;
  control: FakeControl;
  /** Every call (the latest 10,000), oldest first; also GET /__fake/requests. */
  requests: RequestLogEntry[];
  state: FakeState;
  accounts: readonly Account[];
}

export const ROUTES: readonly Route[] = [
  ...RATING_ROUTES,
  ...NC_SHIPMENT_ROUTES,
  ...CONTRACT_SHIPMENT_ROUTES,
  ...ARTIFACT_ROUTES,
  ...TRACKING_ROUTES,
  ...POST_OFFICE_ROUTES,
  ...PICKUP_ROUTES,
  ...RETURN_ROUTES,
  ...MANIFEST_ROUTES,
];

function match(method: string, path: string): { route: Route; params: Record<string, string> } | "method" | null {
  let pathMatched = false;
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = decodeURIComponent(v);
    return { route, params };
  }
  return pathMatched ? "method" : null;
}

const mediaOf = (header: string | undefined) => (header ?? "").split(";")[0]!.trim().toLowerCase();
const accepts = (header: string | undefined, type: string) => (header ?? "").split(",").some((t) => mediaOf(t) === type);

function languageOf(header: string | undefined): Lang | null {
  const value = (header ?? "").trim().toLowerCase();
  return value === "en-ca" ? "en" : value === "fr-ca" ? "fr" : null;
}

function firstDescription(answer: Answer): string | undefined {
  if (answer.status < 400 || typeof answer.body !== "string") return undefined;
  const doc = parseXml(answer.body);
  return doc?.name === "messages" ? (txt(kid(doc, "message"), "description") ?? "(empty messages)") : undefined;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000_000) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const MAX_LOG = 10_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startFakeCanadaPost(options: FakeCanadaPostOptions = {}): Promise<FakeCanadaPost> {
  const accounts = (options.accounts ?? [DEFAULT_ACCOUNT]).map(toAccount);
  const validate = options.validate ?? true;
  const clock = options.now ?? (() => new Date());
  const state = new FakeState();
  const control = new Control({ latencyMs: options.latencyMs ?? 0, limits: options.throttleLimits ?? {}, trackingSpeed: options.trackingSpeed ?? 1 }, () => state.clear());
  const requests: RequestLogEntry[] = [];
  const held = new Set<NodeJS.Timeout>();
  let baseUrl = "";

  function send(res: http.ServerResponse, entry: RequestLogEntry | null, answer: Answer) {
    if (entry) {
      entry.status = answer.status;
      const error = firstDescription(answer);
      if (error) entry.error = error;
    }
    const headers: Record<string, string> = {};
    if (answer.body !== undefined) headers["Content-Type"] = answer.contentType ?? "application/xml";
    res.writeHead(answer.status, headers);
    res.end(answer.body === undefined ? undefined : typeof answer.body === "string" ? answer.body : Buffer.from(answer.body));
  }

  function json(res: http.ServerResponse, status: number, value: unknown) {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(value));
  }

  /** The test endpoints under /__fake/ (no credentials: the server listens on 127.0.0.1 only). */
  function fakeEndpoint(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: string) {
    if (req.method === "POST" && path === "/__fake/control") {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body || "{}");
      } catch {
        return json(res, 400, { error: "body is not JSON" });
      }
      const error = applyCommand(control, parsed);
      return error ? json(res, 400, { error }) : json(res, 200, { ok: true });
    }
    if (req.method === "GET" && path === "/__fake/requests") return json(res, 200, requests);
    if (req.method === "DELETE" && path === "/__fake/requests") {
      requests.length = 0;
      return json(res, 200, { ok: true });
    }
    if (req.method === "GET" && path === "/__fake/shipments") {
      const now = clock();
      return json(
        res,
        200,
        [...state.shipments.values()].map((s) => ({ id: s.id, kind: s.kind, pin: s.pin, serviceCode: s.serviceCode, customer: s.customer, createdAt: s.createdAt.toISOString(), status: s.status, refunded: !!s.refund, stage: currentStage(control, s, now) })),
      );
    }
    if (req.method === "GET" && path === "/__fake/health") return json(res, 200, { ok: true, url: baseUrl });
    return json(res, 404, { error: `no test endpoint ${req.method} ${path}` });
  }

  /** The checks after the throttle, then the operation. */
  async function process(req: http.IncomingMessage, route: Route, params: Record<string, string>, url: URL, text: string, account: Account): Promise<Answer> {
    const lang = languageOf(req.headers["accept-language"]);
    if (!lang) return refuse({ lang: "en" }, 400, "language", { got: req.headers["accept-language"] ?? "(none)" });
    const ctx0 = { lang };
    if (route.service !== "artifact") {
      const media = SERVICES[route.service].media;
      if (!accepts(req.headers.accept, media)) return refuse(ctx0, 406, "notAcceptable", { path: url.pathname, expected: media, got: req.headers.accept ?? "(none)" });
      if (route.body && mediaOf(req.headers["content-type"]) !== media) return refuse(ctx0, 415, "unsupportedType", { path: url.pathname, expected: media, got: req.headers["content-type"] ?? "(none)" });
    }
    const refusal = customerRefusal(account, params);
    if (refusal) return refuse(ctx0, 403, refusal);
    let body: XNode | null = null;
    if (route.body) {
      if (validate) {
        const check = await checkAgainst(route.body.schema, text);
        if (!check.valid) return messagesAnswer(400, [{ code: "Server", description: cvcDescription(url.pathname, check.errors) }]);
      }
      body = parseXml(text);
      if (!body) return messagesAnswer(400, [{ code: "Server", description: cvcDescription(url.pathname, ["parser error : the body is not well-formed XML"]) }]);
      if (body.name !== route.body.root) return refuse(ctx0, 400, "wrongRoot", { path: url.pathname, got: body.name, expected: route.body.root });
    }
    const ctx: Ctx = {
      method: route.method,
      path: url.pathname,
      query: url.searchParams,
      params,
      body,
      accept: mediaOf(req.headers.accept),
      account,
      lang,
      baseUrl,
      state,
      control,
      now: clock(),
    };
    let answer = await route.handle(ctx);
    if (options.checkAnswers && answer.schema && typeof answer.body === "string" && answer.status < 300) {
      const check = await checkAgainst(answer.schema, answer.body);
      if (!check.valid) {
        console.error(`fake Canada Post: the answer to ${route.operation} fails ${answer.schema}.xsd: ${check.errors.join("; ")}\n${answer.body}`);
        answer = messagesAnswer(500, [{ code: "Server", description: `fake server answer fails ${answer.schema}.xsd: ${check.errors[0] ?? ""}` }]);
      }
    }
    return answer;
  }

  function injected(failure: Failure, lang: Lang): Answer {
    switch (failure.kind) {
      case "throttle":
        return messagesAnswer(failure.status ?? 503, [message("throttled", lang)]);
      case "messages": {
        const fallback = message("injected", lang);
        return messagesAnswer(failure.status ?? 400, [{ code: failure.code ?? fallback.code, description: failure.description ?? fallback.description }]);
      }
      default: {
        const fallback = message("serverError", lang);
        return messagesAnswer(failure.status ?? 500, [{ code: failure.code ?? fallback.code, description: failure.description ?? fallback.description }]);
      }
    }
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const text = await readBody(req);
    if (url.pathname.startsWith("/__fake/")) return fakeEndpoint(req, res, url.pathname, text);
    if (control.latencyMs > 0) await sleep(control.latencyMs);
    const method = req.method ?? "GET";
    const entry: RequestLogEntry = { at: clock().toISOString(), method, path: url.pathname + url.search, status: 0, operation: null, group: null, username: null };
    requests.push(entry);
    // A benchmark's thousands of calls: keep the latest only.
    if (requests.length > MAX_LOG) requests.splice(0, requests.length - MAX_LOG);
    const lang = languageOf(req.headers["accept-language"]) ?? "en";
    const account = authenticate(accounts, req.headers.authorization);
    if (!account) return send(res, entry, refuse({ lang }, 401, "authFailed"));
    entry.username = account.username;
    const found = match(method, url.pathname);
    if (found === null) return send(res, entry, messagesAnswer(404, []));
    if (found === "method") return send(res, entry, messagesAnswer(405, []));
    const { route, params } = found;
    entry.operation = route.operation;
    entry.group = route.group;

    const failure = control.takeFailure(route);
    if (failure?.kind === "timeout") {
      if (failure.processed) await process(req, route, params, url, text, account);
      entry.error = "injected timeout: no answer";
      const timer = setTimeout(() => {
        held.delete(timer);
        res.socket?.destroy();
      }, (failure.seconds ?? 120) * 1000);
      held.add(timer);
      res.on("close", () => {
        clearTimeout(timer);
        held.delete(timer);
      });
      return;
    }
    if (failure) {
      if (failure.kind === "http500" && failure.processed) await process(req, route, params, url, text, account);
      return send(res, entry, injected(failure, lang));
    }
    if (!control.admit(account.username, route.group, clock().getTime())) return send(res, entry, messagesAnswer(503, [message("throttled", lang)]));
    send(res, entry, await process(req, route, params, url, text, account));
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      console.error("fake Canada Post:", e);
      if (!res.headersSent) send(res, null, messagesAnswer(500, [{ code: "Server", description: `fake server error: ${e instanceof Error ? e.message : String(e)}` }]));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    control,
    requests,
    state,
    accounts,
    close: async () => {
      for (const timer of held) clearTimeout(timer);
      held.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
