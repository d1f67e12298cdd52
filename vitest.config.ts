import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { filesReaching, importGraph } from "./tests/import-graph.ts";

const root = import.meta.dirname;

/**
 * Two projects: "database" for the test files that reach the database (through lib/db or the
 * test fixtures; each gets its own copy of a migrated database, tests/setup-file.ts), "unit" for
 * the pure ones, which start at once and share nothing. Which is which follows the imports.
 */
function testFiles() {
  const graph = importGraph(root, ["lib", "app", "components", "tests", "scripts", "bench"]);
  const reachesDb = filesReaching(graph, ["lib/db/client.ts", "tests/db.ts", "tests/fixtures.ts"]);
  const tests = [...graph.keys()].filter((f) => /\.test\.tsx?$/.test(f));
  const usesDb = (f: string) => reachesDb.has(f) || fs.readFileSync(path.join(root, f), "utf8").includes("process.env.DATABASE_URL");
  return { database: tests.filter(usesDb), unit: tests.filter((f) => !usesDb(f)) };
}

const files = testFiles();
const shared = {
  environment: "node",
  exclude: ["node_modules/**", ".data/**", ".next/**", "e2e/**"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  // Server modules are marked `import "server-only"` (Next.js enforces it); in tests they are simply server code.
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests", "server-only.ts") } },
  test: {
    pool: "forks",
    maxWorkers: 2,
    projects: [
      { extends: true, test: { ...shared, name: "unit", include: files.unit, setupFiles: ["tests/setup-unit.ts"] } },
      { extends: true, test: { ...shared, name: "database", include: files.database, globalSetup: ["tests/global-setup.ts"], setupFiles: ["tests/setup-file.ts"] } },
    ],
  },
});
