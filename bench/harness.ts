import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../lib/db/embedded";
import { enableAppLogin, ensureDatabase } from "../lib/db/app-role";
import { migrateDatabase } from "../lib/db/setup";

export interface BenchResult {
  name: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  target?: string;
  note?: string;
  /** The same work as the schema owner (no row-level security), timed in the same run. */
  owner?: { medianMs: number; p95Ms: number };
  /** Whether the targets were met (for results that have measurable ones). */
  met?: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `fn` `samples` times and returns the median and 95th percentile. */
export async function measure(name: string, samples: number, fn: (i: number) => Promise<unknown>, extra: Partial<BenchResult> = {}): Promise<BenchResult> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, samples, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), ...extra };
}

/** A search's targets: its 95th percentile, and how much slower than the owner's query it may be. */
export const SEARCH_TARGET = { p95Ms: 30, ratio: 2 } as const;

/**
 * Times `app` (the app's code, as envoi_app under row-level security) and `owner` (the same query
 * as the schema owner, which row-level security does not slow down), alternately, `samples` times
 * each, and checks the search targets: p95 under SEARCH_TARGET.p95Ms, and p95 at most
 * SEARCH_TARGET.ratio times the owner's.
 */
export async function measureAgainstOwner(name: string, samples: number, app: (i: number) => Promise<unknown>, owner: (i: number) => Promise<unknown>): Promise<BenchResult> {
  const times = { app: [] as number[], owner: [] as number[] };
  for (let i = 0; i < samples; i++) {
    for (const [side, fn] of [["app", app], ["owner", owner]] as const) {
      const start = performance.now();
      await fn(i);
      times[side].push(performance.now() - start);
    }
  }
  const stats = (t: number[]) => {
    const sorted = [...t].sort((a, b) => a - b);
    return { medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
  };
  const [mine, theirs] = [stats(times.app), stats(times.owner)];
  return {
    name,
    samples,
    ...mine,
    owner: theirs,
    target: `p95 < ${SEARCH_TARGET.p95Ms} ms, <= ${SEARCH_TARGET.ratio}x owner`,
    met: mine.p95Ms < SEARCH_TARGET.p95Ms && mine.p95Ms <= SEARCH_TARGET.ratio * theirs.p95Ms,
  };
}

let ownerUrl: string | undefined;

/** The bench database as the schema owner (a superuser: row-level security does not apply). */
export function benchOwnerUrl(): string {
  if (!ownerUrl) throw new Error("benchDatabase() first");
  return ownerUrl;
}

/**
 * After seeding: statistics for the planner, and the trigram indexes' pending entries merged, as
 * autovacuum would do. Only the tables' owner may (as the app's role, ANALYZE skips them).
 */
export async function vacuumAnalyzeAsOwner(tables: string[]) {
  const client = new pg.Client({ connectionString: benchOwnerUrl() });
  await client.connect();
  try {
    await client.query(`VACUUM (ANALYZE) ${tables.map((t) => `"${t}"`).join(", ")}`);
  } finally {
    await client.end();
  }
}

/** A fresh migrated database on a throw-away embedded PostgreSQL; DATABASE_URL points at it as the app role. */
export async function benchDatabase(): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(".data", `bench-pg-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({ dataDir, persistent: false, unsafeFast: true });
  await ensureDatabase(cluster.adminUrl("postgres"), "bench");
  await migrateDatabase({ connectionString: cluster.adminUrl("bench") });
  ownerUrl = cluster.adminUrl("bench");
  process.env.DATABASE_URL = await enableAppLogin(cluster.adminUrl("bench"), "bench-app");
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  return cluster;
}
