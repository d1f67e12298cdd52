import http from "node:http";
import { percentile } from "./harness";

/** What a load measured: answers timed (2xx), failures, and the seconds it lasted. */
export interface Load {
  requests: number;
  p50: number;
  p95: number;
  failed: number;
  seconds: number;
}

export function summary(times: number[], failed: number, seconds: number): Load {
  times.sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), failed, seconds };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request a client sends: GET unless a method is given. */
export interface PacedRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface PacedClients {
  clients: number;
  /** What a client does between two requests: a pause drawn evenly between these. */
  thinkMs: { min: number; max: number };
  seconds: number;
  /** The request a client sends next. */
  request: () => PacedRequest;
}

/** A connection silent this long counts as a failed request (as autocannon's `timeout` in the other loads). */
const TIMEOUT_MS = 30_000;

/**
 * Sends `request` on `agent`'s one connection and reads the whole answer; its status (0 when the
 * connection failed or stayed silent for TIMEOUT_MS). The answer is read as bytes, never
 * decoded or decompressed.
 */
function send(agent: http.Agent, request: PacedRequest): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = http.request(request.url, { agent, method: request.method ?? "GET", headers: request.headers }, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
    outgoing.setTimeout(TIMEOUT_MS, () => outgoing.destroy(new Error("timed out")));
    outgoing.on("error", () => resolve(0));
    outgoing.end(request.body);
  });
}

/**
 * `clients` clients, each with its own kept-alive connection (as each user's browser has its own):
 * ask (the time is from asking to the last byte of the answer), think, ask again, for `seconds`.
 * They start spread over one think time, so they do not all ask in the same instant.
 */
export async function paced({ clients, thinkMs, seconds, request }: PacedClients): Promise<Load> {
  const times: number[] = [];
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  const think = () => thinkMs.min + Math.random() * (thinkMs.max - thinkMs.min);
  const client = async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      await sleep(Math.random() * thinkMs.max);
      while (performance.now() < end) {
        const asked = performance.now();
        const status = await send(agent, request());
        if (status >= 200 && status < 300) times.push(performance.now() - asked);
        else failed++;
        await sleep(think());
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  // The rate over the time clients were asking (not the last think, after it).
  return summary(times, failed, seconds);
}
