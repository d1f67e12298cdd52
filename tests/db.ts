import crypto from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

const TEMPLATE_DB = "envoi_template";
const APP_PASSWORD = "envoi-test-app";

export interface TestDatabase {
  name: string;
  /** The application's connection (role envoi_app, row-level security applies). */
  appUrl: string;
  /** The schema owner's connection (superuser: bypasses row-level security; for assertions only). */
  adminUrl: string;
}

function urlFor(base: string, database: string, user?: { name: string; password: string }) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user.name;
    url.password = user.password;
  }
  return url.toString();
}

/** A fresh database copied from the migrated template (fast: a file copy inside PostgreSQL). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = inject("pgAdminBase");
  const name = `test_${crypto.randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await client.end();
  }
  return { name, appUrl: urlFor(base, name, { name: "envoi_app", password: APP_PASSWORD }), adminUrl: urlFor(base, name) };
}

/** Runs one query as the schema owner (bypasses row-level security), for assertions and set-up. */
export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A fingerprint of everything one business owns: its row and every row of every table with a
 * businessId (found in the catalog, so new tables count automatically). Equal fingerprints
 * before and after an action mean the action changed nothing of that business.
 */
export async function tenantSnapshot(businessId: string): Promise<Record<string, string | null>> {
  const tables = await adminQuery<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'businessId' ORDER BY table_name`,
  );
  const snapshot: Record<string, string | null> = {};
  for (const { table_name } of [{ table_name: "Business" }, ...tables]) {
    const column = table_name === "Business" ? "id" : "businessId";
    const [row] = await adminQuery<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table_name}" t WHERE "${column}" = $1`,
      [businessId],
    );
    snapshot[table_name] = row?.digest ?? null;
  }
  return snapshot;
}
