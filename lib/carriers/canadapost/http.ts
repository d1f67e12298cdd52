/**
 * The one HTTP layer of the Canada Post connector: basic auth, the user's language, media types,
 * a timeout per call, the shared throttle (injected: it lives in PostgreSQL), and retries with
 * back-off for what is worth retrying (HTTP 5xx, timeouts, "Rejected by SLM Monitor"). After the
 * last try it says what happened (busy, or not answering) as a carrier message; it never throws.
 *
 * Creating a shipment is not idempotent at Canada Post: a create that timed out may have been
 * made, so it is retried only when Canada Post certainly did not process it (throttled, 503); the
 * same for a transmit (POST .../manifest).
 */
import { problem } from "@/lib/rating/problems";
import type { CarrierMessage, CarrierResult } from "../types";
import { isThrottled, parseMessages } from "./messages";
import type { CpRequest, CpResponse, OperationGroup } from "./request";

export const CANADA_POST_HOSTS = { sandbox: "https://ct.soa-gw.canadapost.ca", production: "https://soa-gw.canadapost.ca" } as const;

export interface HttpSettings {
  /** "https://ct.soa-gw.canadapost.ca", or the local fake server. */
  baseUrl: string;
  username: string;
  password: string;
  locale: "en" | "fr";
  /** Waits for a free call of the group's minute; throws when none comes soon enough. */
  throttle?: (group: OperationGroup) => Promise<void>;
  /** Per try (default 20 s; artifacts 30 s). */
  timeoutMs?: number;
  /** Tries in all (default 3). */
  attempts?: number;
  /** Wait before try n+1 (default 400 ms x 3^n, +-20 %). */
  backoffMs?: (attempt: number) => number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type CpOutcome = { ok: true; response: CpResponse } | { ok: false; messages: CarrierMessage[] };
export type CpSend = (request: CpRequest) => Promise<CpOutcome>;

/** Sends a request and reads the answer with its parser, or returns the HTTP layer's failure. */
export async function call<R extends CarrierResult<unknown>>(send: CpSend, request: CpRequest, parse: (response: CpResponse) => R): Promise<R> {
  const outcome = await send(request);
  // Every carrier result reads "no data, these messages" the same way (a pickup result's problems are optional).
  return outcome.ok ? parse(outcome.response) : ({ data: null, messages: outcome.messages } as R);
}

type Failure = "throttled" | "unavailable" | "timeout" | "network";

const failureMessage = (kind: "carrierBusy" | "carrierUnavailable" | "carrierAuthFailed", detail: string): CarrierMessage => ({
  carrier: "canadapost",
  problem: problem(kind, undefined, { carrier: "canadapost" }),
  detail,
});

function defaultBackoff(attempt: number): number {
  return 400 * 3 ** attempt * (0.8 + Math.random() * 0.4);
}

/** Whether a try that failed this way may be tried again. */
function retryable(request: CpRequest, failure: Failure, status: number): boolean {
  if (failure === "throttled") return true;
  // A transmit (manifests POST) is a create too: the next transmit finds its manifests instead (transmit.ts).
  const creates = request.method === "POST" && (request.group === "shipments" || request.group === "pickups" || request.group === "void" || request.group === "manifests");
  if (!creates) return true;
  return failure === "unavailable" && status === 503;
}

export function createSender(settings: HttpSettings): CpSend {
  const doFetch = settings.fetch ?? fetch;
  const sleep = settings.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const attempts = settings.attempts ?? 3;
  const backoff = settings.backoffMs ?? defaultBackoff;
  const auth = `Basic ${Buffer.from(`${settings.username}:${settings.password}`).toString("base64")}`;
  const base = settings.baseUrl.replace(/\/$/, "");

  return async function send(request: CpRequest): Promise<CpOutcome> {
    let last: { failure: Failure; status: number; detail: string } = { failure: "network", status: 0, detail: "" };
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await sleep(backoff(attempt - 1));
      try {
        await settings.throttle?.(request.group);
      } catch (e) {
        return { ok: false, messages: [failureMessage("carrierBusy", e instanceof Error ? e.message : String(e))] };
      }
      const headers: Record<string, string> = { Authorization: auth, Accept: request.accept, "Accept-language": settings.locale === "fr" ? "fr-CA" : "en-CA" };
      if (request.body) headers["Content-Type"] = request.body.mediaType;
      const timeoutMs = settings.timeoutMs ?? (request.accept === "application/pdf" ? 30_000 : 20_000);
      let response: Response;
      try {
        response = await doFetch(base + request.path, { method: request.method, headers, body: request.body?.xml, signal: AbortSignal.timeout(timeoutMs) });
      } catch (e) {
        const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
        last = { failure: timedOut ? "timeout" : "network", status: 0, detail: `${request.method} ${request.path}: ${timedOut ? `no answer in ${timeoutMs} ms` : e instanceof Error ? e.message : String(e)}` };
        if (!retryable(request, last.failure, 0)) break;
        continue;
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const contentType = response.headers.get("content-type") ?? "";
      const body = contentType.includes("pdf") ? "" : new TextDecoder().decode(bytes);
      const answer: CpResponse = { status: response.status, contentType, body, bytes };
      if (response.status === 401) return { ok: false, messages: [failureMessage("carrierAuthFailed", `${request.method} ${request.path}: HTTP 401`)] };
      const messages = response.status >= 400 ? parseMessages(body) : [];
      if (isThrottled(messages)) {
        last = { failure: "throttled", status: response.status, detail: `${request.method} ${request.path}: Rejected by SLM Monitor` };
        continue;
      }
      // A schema failure also answers code "Server" (with a cvc-... description): that is the request's fault.
      const aboutRequest = messages.some((m) => m.code !== "Server" || /cvc-/.test(m.description));
      if (response.status >= 500 && !aboutRequest) {
        last = { failure: "unavailable", status: response.status, detail: `${request.method} ${request.path}: HTTP ${response.status} ${body.slice(0, 200)}` };
        if (!retryable(request, last.failure, response.status)) return { ok: true, response: answer };
        continue;
      }
      return { ok: true, response: answer };
    }
    return { ok: false, messages: [failureMessage(last.failure === "throttled" ? "carrierBusy" : "carrierUnavailable", last.detail)] };
  };
}
