import fs from "node:fs";
import path from "node:path";
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

/** A fresh migrated database on a throw-away embedded PostgreSQL; DATABASE_URL points at it as the app role. */
export async function benchDatabase(): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(".data", `bench-pg-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({ dataDir, persistent: false, unsafeFast: true });
  await ensureDatabase(cluster.adminUrl("postgres"), "bench");
  await migrateDatabase({ connectionString: cluster.adminUrl("bench") });
  process.env.DATABASE_URL = await enableAppLogin(cluster.adminUrl("bench"), "bench-app");
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  return cluster;
}
