// `npm run db:diff`: fails (exit 1) when prisma/schema.prisma and prisma/migrations disagree.
// `npm run db:diff -- --create <name>`: writes that difference as the next migration instead.
// Replays the migrations in a throwaway PostgreSQL 17 (embedded, unless SHADOW_DATABASE_ADMIN_URL
// names a superuser URL of a server to create the temporary shadow database in).
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../lib/db/embedded";
import { defaultMigrationsDir } from "../lib/db/migrate";
import { diffMigrationsToSchema } from "../lib/db/schema-diff";

/** Prisma's folder name: UTC yyyymmddHHMMSS_name. */
function migrationFolderName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return `${stamp}_${name}`;
}

function parseArgs(argv: string[]): { create?: string } {
  const i = argv.indexOf("--create");
  if (i === -1) return {};
  const name = argv[i + 1];
  // Same characters Prisma keeps in a migration name, so the folder sorts and quotes cleanly.
  if (!name || !/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error("--create needs a name made of letters, digits and underscores");
  }
  return { create: name };
}

async function main(): Promise<number> {
  const { create } = parseArgs(process.argv.slice(2));
  let cluster: EmbeddedCluster | undefined;
  let shadowAdminUrl = process.env.SHADOW_DATABASE_ADMIN_URL;
  try {
    if (!shadowAdminUrl) {
      cluster = await startEmbeddedPostgres({
        dataDir: path.join(".data", `diff-pg-${process.pid}`),
        persistent: false,
        unsafeFast: true,
      });
      shadowAdminUrl = cluster.adminUrl("postgres");
    }
    const sql = await diffMigrationsToSchema({ shadowAdminUrl });
    if (sql.trim() === "") {
      console.log("No drift: migrations produce exactly prisma/schema.prisma");
      return 0;
    }
    if (create) {
      const dir = path.join(defaultMigrationsDir(), migrationFolderName(create));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "migration.sql"), sql);
      console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql:\n\n${sql}`);
      return 0;
    }
    console.log(sql);
    console.error(
      "schema.prisma and prisma/migrations disagree; run `npm run db:diff -- --create <name>` " +
        "to write the SQL above as a new migration (review it), or fix schema.prisma.",
    );
    return 1;
  } finally {
    await cluster?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
