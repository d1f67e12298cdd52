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

export interface PacedClients {
  clients: number;
  /** What a client does between two requests: a pause drawn evenly between these. */
  thinkMs: { min: number; max: number };
  seconds: number;
  /** The request a client sends next (fetch's arguments). */
  request: () => { url: string; init?: RequestInit };
}

/**
 * `clients` clients, each with its own connection (fetch, kept alive): ask (the time is from asking
 * to the last byte of the answer), think, ask again, for `seconds`. They start spread over one think
 * time, so they do not all ask in the same instant.
 */
export async function paced({ clients, thinkMs, seconds, request }: PacedClients): Promise<Load> {
  const times: number[] = [];
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  const think = () => thinkMs.min + Math.random() * (thinkMs.max - thinkMs.min);
  const client = async () => {
    await sleep(Math.random() * thinkMs.max);
    while (performance.now() < end) {
      const { url, init } = request();
      const asked = performance.now();
      try {
        const response = await fetch(url, { redirect: "manual", ...init });
        await response.arrayBuffer();
        if (response.ok) times.push(performance.now() - asked);
        else failed++;
      } catch {
        failed++;
      }
      await sleep(think());
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  // The rate over the time clients were asking (not the last think, after it).
  return summary(times, failed, seconds);
}
