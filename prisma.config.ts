import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI only checks that a schema-engine binary exists before `generate`, `validate`
// and `format`; those commands never run it. Point it at any existing file so the CLI does not try
// to download the native engine (no network here). Migrations are applied by scripts/migrate.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
