import autocannon from "autocannon";
import { DEMO_USER } from "../lib/seed/demo";
import { percentile, type BenchResult } from "./harness";
import { ensureProductionBuild, seedDayOfWork, signInCookie, startPagesServer } from "./pages-server";

const CONNECTIONS = 50;
const TARGET_P95_MS = 100;
/** Seconds of load per page (BENCH_PAGES_SECONDS), after a short warm-up. */
const SECONDS = Number(process.env.BENCH_PAGES_SECONDS ?? 10);
/** Requests of each page alone, one after the other. */
const ALONE = 30;

interface Load {
  requests: number;
  p50: number;
  p95: number;
  failed: number;
}

/** `connections` connections asking for `url` back to back for `seconds` (or `amount` requests); every response's time. */
async function load(url: string, cookie: string | null, connections: number, run: { seconds: number } | { amount: number }): Promise<Load> {
  const times: number[] = [];
  let failed = 0;
  const length = "amount" in run ? { amount: run.amount } : { duration: run.seconds };
  const instance = autocannon({ url, connections, ...length, timeout: 30, headers: cookie ? { cookie } : {} });
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) times.push(ms);
    else failed++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), failed: failed + result.errors + result.timeouts };
}

/**
 * The main pages of a production build (`npm start`'s launcher on a fresh data folder, signed in as
 * the demo user, whose business has a batch of 50 bought and a draft batch of 50 rated) under 50
 * connections asking back to back. Each page prints beside the floor measured in the same run
 * under the same load: /api/health (the app's cheapest route: Next.js, one database round trip).
 * Each address is measured alone first (one connection: the server's own time), then under load.
 * Target: p95 under 100 ms under load. Each connection asks again as soon as it is answered, so a
 * page's time under load includes its turn in the server's queue (one Node.js process: about 50
 * times the page's own server time when the page is all the server does).
 */
export async function benchPages(): Promise<BenchResult[]> {
  ensureProductionBuild((line) => console.log(line));
  const server = await startPagesServer();
  try {
    const ids = seedDayOfWork(server);
    const cookie = await signInCookie(server.baseUrl, DEMO_USER.email, DEMO_USER.password);
    const business = `${server.baseUrl}/b/${ids.slug}`;
    const pages = [
      { name: "overview", url: business },
      { name: "rates (quick quote)", url: `${business}/rates` },
      { name: "batch of 50 (draft, rated)", url: `${business}/batches/${ids.draftBatchId}` },
      { name: "shipments (50 bought)", url: `${business}/shipments` },
    ];
    for (const page of pages) {
      const response = await fetch(page.url, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`pages: ${page.url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
      await response.text();
    }
    // Each address alone (one connection: the server's own time, no queue), then under load.
    const measured = async (name: string, url: string, withCookie: boolean) => {
      const auth = withCookie ? cookie : null;
      await load(url, auth, 1, { amount: 5 }); // warm-up: compiled code paths, connections, caches
      const started = performance.now();
      const alone = { ...(await load(url, auth, 1, { amount: ALONE })), seconds: (performance.now() - started) / 1000 };
      return { name, alone, loaded: { ...(await load(url, auth, CONNECTIONS, { seconds: SECONDS })), seconds: SECONDS } };
    };
    const floor = await measured("floor: /api/health", `${server.baseUrl}/api/health`, false);
    const loads = [];
    for (const page of pages) loads.push(await measured(page.name, page.url, true));
    const rows = (m: Awaited<ReturnType<typeof measured>>, target: boolean): BenchResult[] =>
      [
        [1, m.alone, floor.alone],
        [CONNECTIONS, m.loaded, floor.loaded],
      ].map(([connections, l, f]) => {
        const run = l as Load & { seconds: number };
        const ratio = m === floor ? "" : `${(run.p95 / (f as Load).p95).toFixed(1)}x the floor's p95, `;
        const failed = run.failed ? `, ${run.failed} failed` : "";
        return {
          name: `pages, ${connections === 1 ? "1 connection" : `${CONNECTIONS} connections`}: ${m.name}`,
          samples: run.requests,
          medianMs: run.p50,
          p95Ms: run.p95,
          ...(target && connections === CONNECTIONS ? { target: `p95 < ${TARGET_P95_MS} ms`, met: run.p95 < TARGET_P95_MS && run.failed === 0 } : {}),
          note: `${ratio}${(run.requests / run.seconds).toFixed(0)}/s${failed}`,
        };
      });
    return [...rows(floor, false), ...loads.flatMap((l) => rows(l, true))];
  } finally {
    await server.stop();
  }
}
