import autocannon from "autocannon";
import { percentile, type BenchResult } from "./harness";
import { paced, type Load as PacedLoad } from "./paced-load";
import { ensureProductionBuild, runAgainstServer, startPagesServer } from "./pages-server";

const CONNECTIONS = 50;
const TARGET_P95_MS = 50;
/** Seconds of load per address (BENCH_API_SECONDS), after a short warm-up. */
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
/**
 * A shop's checkout between two rate requests (a shopper changes the cart or the address, another
 * shopper arrives): a pause drawn evenly between these; 50 clients ask about 100 times a second.
 */
const CHECKOUT_THINK_MS = { min: 250, max: 750 };

interface Timing {
  samples: number;
  p50: number;
  p95: number;
}
interface Load extends Timing {
  failed: number;
  perSecond: number;
}
interface Seeded {
  key: string;
  body: { parcel: { weightGrams: number } } & Record<string, unknown>;
  quote: Timing;
  handler: Timing;
}

/** `connections` connections sending one request back to back for `seconds`; `vary` changes each body before it goes. */
async function load(url: string, connections: number, seconds: number, request: { method?: string; headers?: Record<string, string>; body?: () => string }): Promise<Load> {
  const times: number[] = [];
  let failed = 0;
  const body = request.body;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    method: request.method ?? "GET",
    headers: request.headers ?? {},
    ...(body ? { requests: [{ setupRequest: (r: { body?: string }) => ({ ...r, body: body() }) }] } : {}),
  });
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) times.push(ms);
    else failed++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return { samples: times.length, p50: percentile(times, 50), p95: percentile(times, 95), failed: failed + result.errors + result.timeouts, perSecond: times.length / seconds };
}

/**
 * POST /api/v1/rates, the checkout call, on a production build (`npm start`'s launcher on a fresh
 * data folder, reference carrier, a test key with the rates scope, API_RATE_LIMIT raised for the run):
 * the same request again and again (the endpoint's one-minute cache answers), then a different
 * parcel every time (rated every time), two ways:
 * - 50 checkout clients (the target, p95 under 50 ms): each asks, waits for the answer, and asks
 *   again 250-750 ms later, about 100 requests a second in all;
 * - 50 connections back to back (autocannon; context): the throughput at saturation, where each
 *   answer waits behind the 49 others, so p95 is about 50 / throughput.
 * Printed beside, from the same run: /api/health under the same loads (the floor: Next.js and one
 * database round trip) and the same request rated in a process of its own with no HTTP (the quick
 * quote service alone, and the endpoint's whole route handler).
 */
export async function benchApiRates(): Promise<BenchResult[]> {
  ensureProductionBuild((line) => console.log(line));
  const previousLimit = process.env.API_RATE_LIMIT;
  process.env.API_RATE_LIMIT = "1000000000";
  const server = await startPagesServer();
  if (previousLimit === undefined) delete process.env.API_RATE_LIMIT;
  else process.env.API_RATE_LIMIT = previousLimit;
  try {
    const seeded = runAgainstServer<Seeded>(server, "bench/api-rates-seed.ts");
    const url = `${server.baseUrl}/api/v1/rates`;
    const headers = { authorization: `Bearer ${seeded.key}`, "content-type": "application/json" };
    const same = JSON.stringify(seeded.body);
    const check = await fetch(url, { method: "POST", headers, body: same });
    if (check.status !== 200) throw new Error(`api-rates: POST /api/v1/rates answered ${check.status}: ${await check.text()}`);
    let weight = 1000;
    const varied = () => JSON.stringify({ ...seeded.body, parcel: { ...seeded.body.parcel, weightGrams: 1000 + (weight++ % 28_000) } });
    const health = `${server.baseUrl}/api/health`;
    await load(health, CONNECTIONS, 2, {}); // warm-up: compiled code paths, connections
    await load(url, CONNECTIONS, 2, { method: "POST", headers, body: varied });
    const checkout = (body: () => string) => paced({ clients: CONNECTIONS, thinkMs: CHECKOUT_THINK_MS, seconds: SECONDS, request: () => ({ url, method: "POST", headers, body: body() }) });
    const pacedFloor = await paced({ clients: CONNECTIONS, thinkMs: CHECKOUT_THINK_MS, seconds: SECONDS, request: () => ({ url: health }) });
    const pacedCached = await checkout(() => same);
    const pacedFresh = await checkout(varied);
    const floor = await load(health, CONNECTIONS, SECONDS, {});
    const cached = await load(url, CONNECTIONS, SECONDS, { method: "POST", headers, body: () => same });
    const fresh = await load(url, CONNECTIONS, SECONDS, { method: "POST", headers, body: varied });
    const inProcess = (name: string, t: Timing): BenchResult => ({ name: `api-rates, in process, no HTTP: ${name}`, samples: t.samples, medianMs: t.p50, p95Ms: t.p95 });
    const loaded = (name: string, l: Load, ofFloor: boolean): BenchResult => ({
      name: `api-rates, ${CONNECTIONS} connections back to back: ${name}`,
      samples: l.samples,
      medianMs: l.p50,
      p95Ms: l.p95,
      note: [ofFloor ? `${(l.p95 / floor.p95).toFixed(1)}x the floor's p95` : "", `${l.perSecond.toFixed(0)}/s`, l.failed ? `${l.failed} failed` : ""].filter(Boolean).join(", "),
    });
    const clients = (name: string, l: PacedLoad, target: boolean): BenchResult => ({
      name: `api-rates, ${CONNECTIONS} checkout clients (each asks again ${CHECKOUT_THINK_MS.min}-${CHECKOUT_THINK_MS.max} ms after its answer): ${name}`,
      samples: l.requests,
      medianMs: l.p50,
      p95Ms: l.p95,
      ...(target ? { target: `p95 < ${TARGET_P95_MS} ms`, met: l.p95 < TARGET_P95_MS && l.failed === 0 } : {}),
      note: [
        target ? `${(l.p95 / pacedFloor.p95).toFixed(1)}x the floor's p95, ${(l.p95 / seeded.handler.p95).toFixed(1)}x the in-process handler's` : "",
        `${(l.requests / l.seconds).toFixed(0)}/s`,
        l.failed ? `${l.failed} failed` : "",
      ]
        .filter(Boolean)
        .join(", "),
    });
    return [
      inProcess("quickQuote (the rating service, one database read)", seeded.quote),
      inProcess("route handler, a new parcel each time (key, limit, quote, log)", seeded.handler),
      clients("floor: GET /api/health", pacedFloor, false),
      clients("POST /api/v1/rates, the same request (cached)", pacedCached, true),
      clients("POST /api/v1/rates, a new parcel each time (rated)", pacedFresh, true),
      loaded("floor: GET /api/health", floor, false),
      loaded("POST /api/v1/rates, the same request (cached)", cached, true),
      loaded("POST /api/v1/rates, a new parcel each time (rated)", fresh, true),
    ];
  } finally {
    await server.stop();
  }
}
