import path from "node:path";
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { enableAppLogin, ensureDatabase } from "@/lib/db/app-role";
import { migrateDatabase } from "@/lib/db/setup";

export const TEMPLATE_DB = "envoi_template";
export const APP_PASSWORD = "envoi-test-app";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminBase: string;
  }
}

/**
 * One PostgreSQL 17 for the whole run (TEST_DATABASE_ADMIN_URL, or an embedded one), with a
 * migrated template database; every test file gets its own copy (tests/setup-file.ts).
 */
export default async function setup(project: TestProject) {
  let adminBase = process.env.TEST_DATABASE_ADMIN_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!adminBase) {
    const dataDir = path.resolve(".data", `test-pg-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const cluster = await startEmbeddedPostgres({ dataDir, persistent: false, unsafeFast: true });
    adminBase = cluster.adminUrl("postgres");
    stop = cluster.stop;
  }
  const templateUrl = new URL(adminBase);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await ensureDatabase(adminBase, TEMPLATE_DB);
  await migrateDatabase({ connectionString: templateUrl.toString() });
  await enableAppLogin(templateUrl.toString(), APP_PASSWORD);
  project.provide("pgAdminBase", adminBase);
  return async () => {
    await stop?.();
  };
}
