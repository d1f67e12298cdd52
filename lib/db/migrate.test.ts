import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded";
import { applyMigrations } from "./migrate";

// Starting PostgreSQL and replaying migrations takes seconds, not the default 5 s budget.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const migrationsDir = path.resolve("prisma", "migrations");
const folders = fs
  .readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
// Computed independently of lib/db/migrate.ts, so a wrong checksum there cannot pass.
const sha256 = (name: string) =>
  createHash("sha256").update(fs.readFileSync(path.join(migrationsDir, name, "migration.sql"))).digest("hex");

let cluster: EmbeddedCluster;
let tmp: string;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(name: string): Promise<string> {
  await withClient(cluster.adminUrl("postgres"), (c) => c.query(`CREATE DATABASE "${name}"`));
  return cluster.adminUrl(name);
}

const history = (url: string) =>
  withClient(url, async (c) => (await c.query(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`)).rows);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "envoi-migrate-"));
  cluster = await startEmbeddedPostgres({
    dataDir: path.join(".data", `test-migrate-${process.pid}-${Date.now()}`),
    persistent: false,
    unsafeFast: true,
  });
});

afterAll(async () => {
  await cluster?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("has migrations to test with", () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it("applies every migration once, records it as Prisma does, and is then a no-op", async () => {
    const url = await freshDatabase("apply_twice");
    expect(await applyMigrations({ connectionString: url })).toEqual({ applied: folders });

    const business = await withClient(url, (c) => c.query(`SELECT to_regclass('"Business"') IS NOT NULL AS exists`));
    expect(business.rows[0].exists).toBe(true);
    const rows = await history(url);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(folders.map((f) => [f, sha256(f)]));
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    expect(await applyMigrations({ connectionString: url })).toEqual({ applied: [] });
    expect(await history(url)).toEqual(rows);
  });

  it("lets only one of two concurrent runs apply each migration", async () => {
    const url = await freshDatabase("concurrent");
    const [a, b] = await Promise.all([
      applyMigrations({ connectionString: url }),
      applyMigrations({ connectionString: url }),
    ]);
    expect([...a.applied, ...b.applied].sort()).toEqual(folders);
    expect(await history(url)).toHaveLength(folders.length);
  });

  it("refuses a migration edited after it was applied, naming it", async () => {
    const url = await freshDatabase("tampered");
    await applyMigrations({ connectionString: url });
    const copy = path.join(tmp, "migrations");
    fs.cpSync(migrationsDir, copy, { recursive: true });
    const edited = folders[0]!;
    fs.appendFileSync(path.join(copy, edited, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations({ connectionString: url, migrationsDir: copy })).rejects.toThrow(
      new RegExp(`${edited} was modified after it was applied`),
    );
  });
});
