import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// Replaces `prisma migrate deploy`, whose native schema engine cannot be downloaded here. It
// writes the history exactly as Prisma does, so a real `prisma migrate deploy` on another machine
// treats migrations applied by this script as its own (and vice versa).

/** The key Prisma's schema engine locks, so this script and a real Prisma also exclude each other. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** Same DDL as the schema engine's (sql-schema-connector, PostgreSQL flavour). */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFolder {
  name: string;
  sql: string;
  checksum: string;
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Prisma accepts a file whose line endings changed since it was applied (git autocrlf). */
function sameChecksum(sql: string, recorded: string): boolean {
  return [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\r?\n/g, "\r\n")].some(
    (variant) => checksumOf(variant) === recorded,
  );
}

export function defaultMigrationsDir(): string {
  return path.resolve(process.cwd(), "prisma", "migrations");
}

/** The `<name>/migration.sql` folders, in the order Prisma's CLI sorts them (localeCompare). */
export function readMigrationFolders(migrationsDir: string): MigrationFolder[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      if (!fs.existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql`);
      const sql = fs.readFileSync(file, "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function applyMigrations(opts: {
  connectionString: string;
  migrationsDir?: string;
  log?: (msg: string) => void;
}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const migrations = readMigrationFolders(opts.migrationsDir ?? defaultMigrationsDir());
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    // Session-level lock: held across the per-migration transactions, released on disconnect
    // even if this process dies.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    // History is read after taking the lock, so a concurrent run's work is seen, not redone.
    const { rows } = await client.query<HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at
         FROM "_prisma_migrations" ORDER BY started_at`,
    );
    // Rolled-back rows are an audit trail only; Prisma ignores them too.
    const live = rows.filter((row) => row.rolled_back_at === null);
    const failed = live.filter((row) => row.finished_at === null);
    if (failed.length > 0) {
      throw new Error(
        `Migration ${failed.map((r) => r.migration_name).join(", ")} failed in an earlier run ` +
          "(finished_at is NULL). Fix the database by hand, then mark it with " +
          "`prisma migrate resolve --rolled-back|--applied <name>` before applying again.",
      );
    }
    const applied = new Map(live.map((row) => [row.migration_name, row.checksum]));
    const onDisk = new Set(migrations.map((m) => m.name));
    for (const name of applied.keys()) {
      if (!onDisk.has(name)) log(`warning: ${name} is applied but missing from the migrations folder`);
    }

    const done: string[] = [];
    for (const migration of migrations) {
      const recorded = applied.get(migration.name);
      if (recorded !== undefined) {
        if (!sameChecksum(migration.sql, recorded)) {
          throw new Error(
            `Migration ${migration.name} was modified after it was applied (checksum in ` +
              `_prisma_migrations ${recorded}, file ${migration.checksum}). Applied migrations ` +
              "must not change: restore the file and add a new migration instead.",
          );
        }
        continue;
      }
      log(`applying ${migration.name}`);
      // One transaction per migration (Prisma does not use one): a failure leaves neither
      // half-applied DDL nor a failed history row behind. The cost is that statements which
      // refuse to run in a transaction (CREATE INDEX CONCURRENTLY, ...) are not supported.
      await client.query("BEGIN");
      try {
        const id = randomUUID();
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, clock_timestamp(), 0)`,
          [id, migration.checksum, migration.name],
        );
        // No parameters: pg uses the simple query protocol, which runs a multi-statement script.
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1
            WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`, {
          cause: error,
        });
      }
      done.push(migration.name);
    }
    return { applied: done };
  } finally {
    // Closing the session also releases the advisory lock.
    await client.end();
  }
}
