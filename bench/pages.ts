import autocannon from "autocannon";
import { DEMO_USER } from "../lib/seed/demo";
import type { BenchResult } from "./harness";
import { paced, summary, type Load } from "./paced-load";
import { ensureProductionBuild, seedDayOfWork, signInCookie, startPagesServer } from "./pages-server";
import { treeCpuMs } from "./process-tree";

const USERS = 50;
const TARGET_P95_MS = 100;
/** Requests of each page alone, one after the other. */
const ALONE = 30;
/** What a user does between two pages (reads, types, thinks): a pause drawn evenly between these. */
const THINK_MS = { min: 2_000, max: 6_000 };
/** Seconds of the paced run per page (BENCH_PAGES_PACED_SECONDS): each user loads the page, then thinks. */
const PACED_SECONDS = Number(process.env.BENCH_PAGES_PACED_SECONDS ?? 20);
/** Seconds of the saturation run per page (BENCH_PAGES_SECONDS): every connection asks again at once. */
const SATURATION_SECONDS = Number(process.env.BENCH_PAGES_SECONDS ?? 10);

/** `connections` connections asking for `url` back to back for `seconds` (or `amount` requests), with autocannon. */
async function backToBack(url: string, cookie: string | null, connections: number, run: { seconds: number } | { amount: number }): Promise<Load> {
  const times: number[] = [];
  let failed = 0;
  const length = "amount" in run ? { amount: run.amount } : { duration: run.seconds };
  const started = performance.now();
  const instance = autocannon({ url, connections, ...length, timeout: 30, headers: cookie ? { cookie } : {} });
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) times.push(ms);
    else failed++;
  });
  const result = await instance;
  return summary(times, failed + result.errors + result.timeouts, (performance.now() - started) / 1000);
}

interface Measured {
  name: string;
  /** CPU time of the whole server (Next.js and PostgreSQL) per request, during the requests alone. */
  cpuMs: number | null;
  alone: Load;
  paced: Load;
  saturated: Load;
}

/**
 * The main pages of a production build (`npm start`'s launcher on a fresh data folder, signed in as
 * the demo user, whose business has a batch of 50 bought and a draft batch of 50 rated), each
 * measured three ways beside the floor measured the same way in the same run, /api/health (the
 * app's cheapest route: Next.js and one database round trip):
 * - alone: one request at a time (the server's own time for the page);
 * - 50 users, paced: 50 users each loading the page, then thinking 2-6 s before the next (about 12
 *   pages a second in all). Target: p95 under 100 ms. This is what 50 people working in the app ask of it;
 * - 50 back to back (autocannon, 50 connections each asking again the instant it is answered): the
 *   server's throughput at saturation, where each answer waits behind the 49 others (context, no target).
 * Beside the requests alone it prints the server's CPU time per request (Next.js and PostgreSQL,
 * from /proc): the page's cost, which other programs busy on the machine do not inflate as they
 * do its latency.
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
      { name: "quick quote", url: `${business}/rates` },
      { name: "batch of 50 (rated draft)", url: `${business}/batches/${ids.draftBatchId}` },
      { name: "shipments (50 bought)", url: `${business}/shipments` },
    ];
    for (const page of pages) {
      const response = await fetch(page.url, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`pages: ${page.url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
      await response.text();
    }
    console.log(
      `pages: each page alone (${ALONE} requests), then ${USERS} users paced (each loads it, then thinks ${THINK_MS.min / 1000}-${THINK_MS.max / 1000} s; ${PACED_SECONDS} s), ` +
        `then ${USERS} connections back to back (${SATURATION_SECONDS} s), each beside /api/health measured the same way`,
    );
    const measure = async (name: string, url: string, withCookie: boolean): Promise<Measured> => {
      const auth = withCookie ? cookie : null;
      // Warm-up: compiled code paths, connections, caches, in every process of the server (each
      // new connection goes to the next process).
      await backToBack(url, auth, 8, { amount: 40 });
      const cpuBefore = treeCpuMs(server.pid);
      const alone = await backToBack(url, auth, 1, { amount: ALONE });
      const cpuAfter = treeCpuMs(server.pid);
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / ALONE;
      const calm = await paced({ clients: USERS, thinkMs: THINK_MS, seconds: PACED_SECONDS, request: () => ({ url, init: auth ? { headers: { cookie: auth } } : {} }) });
      const saturated = await backToBack(url, auth, USERS, { seconds: SATURATION_SECONDS });
      return { name, cpuMs, alone, paced: calm, saturated };
    };
    const floor = await measure("/api/health (floor)", `${server.baseUrl}/api/health`, false);
    const measured: Measured[] = [];
    for (const page of pages) measured.push(await measure(page.name, page.url, true));
    // The server's CPU per page (Next.js and PostgreSQL; the machine's other programs do not change it).
    const cpu = (m: Measured, key: string) => (key === "alone" && m.cpuMs !== null ? `server CPU ${m.cpuMs.toFixed(0)} ms/request, ` : "");
    const models = [
      { key: "alone", label: "alone" },
      { key: "paced", label: `${USERS} users paced` },
      { key: "saturated", label: `${USERS} back to back` },
    ] as const;
    return [floor, ...measured].flatMap((m) =>
      models.map(({ key, label }): BenchResult => {
        const run = m[key];
        const ratio = m === floor ? "" : `${(run.p95 / floor[key].p95).toFixed(1)}x the floor's p95, `;
        const failed = run.failed ? `, ${run.failed} failed` : "";
        const target = key === "paced" && m !== floor ? { target: `p95 < ${TARGET_P95_MS} ms`, met: run.p95 < TARGET_P95_MS && run.failed === 0 } : {};
        return { name: `pages ${label}: ${m.name}`, samples: run.requests, medianMs: run.p50, p95Ms: run.p95, ...target, note: `${cpu(m, key)}${ratio}${(run.requests / run.seconds).toFixed(1)}/s${failed}` };
      }),
    );
  } finally {
    await server.stop();
  }
}
