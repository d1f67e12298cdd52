/**
 * One webhook request: POST the JSON body, signed, to the endpoint's URL, connecting to the
 * address the guard checked (address-guard.ts), within 10 seconds, following no redirect.
 * Never throws: the outcome says what happened, for the delivery's log.
 */
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkedAddress, type NetworkPolicy, type Resolve } from "./address-guard";
import { SIGNATURE_HEADER, signWebhook } from "./signature";

export const REQUEST_TIMEOUT_MS = 10_000;
/** At most this much of an answer is read (and thrown away). */
const MAX_RESPONSE_BYTES = 64 * 1024;

export interface SendOutcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface SendRequest {
  url: string;
  body: string;
  secret: string;
  eventId: string;
  policy: NetworkPolicy;
  resolve?: Resolve;
  timeoutMs?: number;
}

export async function sendWebhook(request: SendRequest): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  let target: { address: string; family: number };
  try {
    url = new URL(request.url);
    target = await checkedAddress(url.hostname, request.policy, request.resolve);
  } catch (e) {
    return { ok: false, statusCode: null, durationMs: elapsed(), error: e instanceof Error ? e.message : String(e) };
  }
  // The connection goes to the checked address whatever the resolver would say now.
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const done = (outcome: Omit<SendOutcome, "durationMs">) => {
      if (settled) return;
      settled = true;
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const req = client.request(
      url,
      {
        method: "POST",
        lookup: pinned,
        agent: false,
        headers: {
          "content-type": "application/json",
          "user-agent": "Envoi-Webhooks/1",
          "envoi-event-id": request.eventId,
          [SIGNATURE_HEADER.toLowerCase()]: signWebhook(request.secret, request.body),
          "content-length": Buffer.byteLength(request.body),
        },
      },
      (res) => {
        let read = 0;
        res.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const finish = () => {
          const code = res.statusCode ?? 0;
          const ok = code >= 200 && code < 300;
          done({ ok, statusCode: code, error: ok ? null : code >= 300 && code < 400 ? `redirect to ${res.headers.location ?? "?"} not followed` : `HTTP ${code}` });
        };
        res.on("end", finish);
        res.on("close", finish);
        res.on("error", finish);
      },
    );
    req.setTimeout(request.timeoutMs ?? REQUEST_TIMEOUT_MS, () => {
      req.destroy(new Error(`no answer within ${(request.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000} s`));
    });
    req.on("error", (e) => done({ ok: false, statusCode: null, error: e.message }));
    req.end(request.body);
  });
}
