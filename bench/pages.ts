import autocannon from "autocannon";
import { DEMO_USER } from "../lib/seed/demo";
import type { BenchResult } from "./harness";
import { paced, summary, type Load } from "./paced-load";
import { ensureProductionBuild, seedDayOfWork, signInCookie, startPagesServer } from "./pages-server";
import { cpuBetween, settle, treeCpu } from "./process-tree";

const USERS = 50;
const TARGET_P95_MS = 100;
/** Requests of each page alone, one after the other. */
const ALONE = 60;
/**
 * Requests of each page before it is measured (BENCH_PAGES_WARM_UP), 8 connections back to back:
 * a server that has been answering for a while has compiled its hot code (V8 keeps optimizing a
 * page's functions over its first ~1,000 views: on the overview, CPU per view fell from ~55 to ~35
 * ms over 2,000 views, most of the difference in the compiler's background threads). The pages'
 * CPU per request on the just-started server is printed beside ("cold").
 */
const WARM_UP = Number(process.env.BENCH_PAGES_WARM_UP ?? 800);
/** What a browser sends: pages are answered compressed, as users get them. */
const ACCEPT_ENCODING = "gzip, deflate, br";
/** What a user does between two pages (reads, types, thinks): a pause drawn evenly between these. */
const THINK_MS = { min: 2_000, max: 6_000 };
/** Seconds of the paced run per page (BENCH_PAGES_PACED_SECONDS): each user loads the page, then thinks. */
const PACED_SECONDS = Number(process.env.BENCH_PAGES_PACED_SECONDS ?? 20);
/** Seconds of the saturation run per page (BENCH_PAGES_SECONDS): every connection asks again at once. */
const SATURATION_SECONDS = Number(process.env.BENCH_PAGES_SECONDS ?? 10);

function headersFor(cookie: string | null): Record<string, string> {
  return { "accept-encoding": ACCEPT_ENCODING, ...(cookie ? { cookie } : {}) };
}

/**
 * What `run` gave, and the server's CPU time per request (Next.js and PostgreSQL, from /proc) over
 * its `requests` (a number, or read from what it gave).
 */
async function withCpuPerRequest<T>(pid: number, requests: number | ((value: T) => number), run: () => Promise<T>): Promise<{ value: T; cpuMs: number | null }> {
  const before = treeCpu(pid);
  const value = await run();
  const used = cpuBetween(before, treeCpu(pid));
  const count = typeof requests === "number" ? requests : requests(value);
  return { value, cpuMs: used === null || count === 0 ? null : used / count };
}

/** `connections` connections asking for `url` back to back for `seconds` (or `amount` requests), with autocannon. */
async function backToBack(url: string, cookie: string | null, connections: number, run: { seconds: number } | { amount: number }): Promise<Load> {
  const times: number[] = [];
  let failed = 0;
  const length = "amount" in run ? { amount: run.amount } : { duration: run.seconds };
  const started = performance.now();
  const instance = autocannon({ url, connections, ...length, timeout: 30, headers: headersFor(cookie) });
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
  /** The same on the just-started server, before the warm-up. */
  coldCpuMs: number | null;
  /**
   * The server's CPU time per request over the paced run: above `cpuMs` when something else ran
   * on the server meanwhile (a scheduled job: the tracking sweep every 5 minutes), which the
   * run's p95 then carries.
   */
  pacedCpuMs: number | null;
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
 * Each page is measured on a warmed-up server (WARM_UP requests of every page first), as a server
 * that has been answering for a while is. Beside the requests alone it prints the server's CPU time
 * per request (Next.js and PostgreSQL, from /proc), warm and on the just-started server: the
 * page's cost, which other programs busy on the machine do not inflate as they do its latency.
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
      const response = await fetch(page.url, { headers: headersFor(cookie), redirect: "manual" });
      if (response.status !== 200) throw new Error(`pages: ${page.url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
      await response.text();
    }
    console.log(
      `pages: each page alone (${ALONE} requests) on the just-started server, then ${WARM_UP} requests of each page to warm it up, then each page alone again, ` +
        `${USERS} users paced (each loads it, then thinks ${THINK_MS.min / 1000}-${THINK_MS.max / 1000} s; ${PACED_SECONDS} s), ` +
        `then ${USERS} connections back to back (${SATURATION_SECONDS} s), each beside /api/health measured the same way`,
    );
    const targets = [{ name: "/api/health (floor)", url: `${server.baseUrl}/api/health`, auth: null }, ...pages.map((p) => ({ ...p, auth: cookie }))];
    const cold = new Map<string, number | null>();
    await settle(server.pid);
    for (const t of targets) cold.set(t.name, (await withCpuPerRequest(server.pid, ALONE, () => backToBack(t.url, t.auth, 1, { amount: ALONE }))).cpuMs);
    // Warm-up: compiled code paths, connections, caches, in every process of the server (each new
    // connection goes to the next process).
    for (const t of targets) await backToBack(t.url, t.auth, 8, { amount: WARM_UP });
    const measure = async ({ name, url, auth }: (typeof targets)[number]): Promise<Measured> => {
      await settle(server.pid);
      const { value: alone, cpuMs } = await withCpuPerRequest(server.pid, ALONE, () => backToBack(url, auth, 1, { amount: ALONE }));
      const { value: calm, cpuMs: pacedCpuMs } = await withCpuPerRequest(
        server.pid,
        (load) => load.requests + load.failed,
        () => paced({ clients: USERS, thinkMs: THINK_MS, seconds: PACED_SECONDS, request: () => ({ url, headers: headersFor(auth) }) }),
      );
      const saturated = await backToBack(url, auth, USERS, { seconds: SATURATION_SECONDS });
      return { name, cpuMs, coldCpuMs: cold.get(name) ?? null, pacedCpuMs, alone, paced: calm, saturated };
    };
    const measured: Measured[] = [];
    for (const t of targets) measured.push(await measure(t));
    const floor = measured.shift()!;
    // The server's CPU per page (Next.js and PostgreSQL; the machine's other programs do not change it).
    const cpu = (m: Measured, key: string) => {
      if (key === "alone" && m.cpuMs !== null) return `server CPU ${m.cpuMs.toFixed(0)} ms/request${m.coldCpuMs === null ? "" : ` (cold ${m.coldCpuMs.toFixed(0)})`}, `;
      if (key === "paced" && m.pacedCpuMs !== null) return `server CPU ${m.pacedCpuMs.toFixed(0)} ms/request with whatever else ran meanwhile, `;
      return "";
    };
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
