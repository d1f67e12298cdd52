import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded";
import { diffMigrationsToSchema } from "./schema-diff";

// The wasm schema engine replays every migration in a shadow database: seconds per diff.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const migrationsDir = path.resolve("prisma", "migrations");
const schemaPath = path.resolve("prisma", "schema.prisma");

let cluster: EmbeddedCluster;
let tmp: string;
let adminUrl: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "envoi-diff-"));
  cluster = await startEmbeddedPostgres({
    dataDir: path.join(".data", `test-diff-${process.pid}-${Date.now()}`),
    persistent: false,
    unsafeFast: true,
  });
  adminUrl = cluster.adminUrl("postgres");
});

afterAll(async () => {
  await cluster?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("diffMigrationsToSchema", () => {
  it("finds no drift between the repository's migrations and schema.prisma", async () => {
    expect((await diffMigrationsToSchema({ shadowAdminUrl: adminUrl })).trim()).toBe("");
  });

  it("reports a column added to schema.prisma but to no migration", async () => {
    const edited = path.join(tmp, "schema.prisma");
    const schema = fs.readFileSync(schemaPath, "utf8");
    expect(schema).toContain("model User {\n");
    fs.writeFileSync(edited, schema.replace("model User {\n", "model User {\n  nickname String?\n"));
    const sql = await diffMigrationsToSchema({ shadowAdminUrl: adminUrl, schemaPath: edited });
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
  });

  it("reports drift when a migration changes the database without schema.prisma", async () => {
    const copy = path.join(tmp, "migrations");
    fs.cpSync(migrationsDir, copy, { recursive: true });
    const extra = path.join(copy, "29991231000000_drop_image");
    fs.mkdirSync(extra);
    fs.writeFileSync(path.join(extra, "migration.sql"), 'ALTER TABLE "User" DROP COLUMN "image";\n');
    const sql = await diffMigrationsToSchema({ shadowAdminUrl: adminUrl, migrationsDir: copy });
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"image" TEXT/);
  });

  it("leaves no shadow database behind", async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_%'`);
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
