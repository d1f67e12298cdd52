// `npm run db:migrate`: applies prisma/migrations to MIGRATE_DATABASE_URL, falling back to
// DATABASE_URL. A separate variable exists because migrations need a role that owns the schema,
// while the app may connect with a less privileged one.
import { enableAppLogin } from "../lib/db/app-role";
import { migrateDatabase } from "../lib/db/setup";

async function main(): Promise<number> {
  const connectionString = process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("Set MIGRATE_DATABASE_URL (or DATABASE_URL) to the database to migrate.");
    return 1;
  }
  const { applied } = await migrateDatabase({ connectionString, log: (msg) => console.log(msg) });
  console.log(
    applied.length === 0
      ? "Database is up to date: no migration to apply."
      : `Applied ${applied.length} migration(s): ${applied.join(", ")}`,
  );
  // Production-like setups (docker compose) give the application's role its password here, so
  // the app connects as envoi_app and row-level security applies to it.
  const appPassword = process.env.DATABASE_APP_PASSWORD;
  if (appPassword) {
    await enableAppLogin(connectionString, appPassword);
    console.log("The envoi_app role can log in with DATABASE_APP_PASSWORD.");
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
