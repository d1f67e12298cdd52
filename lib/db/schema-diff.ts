import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { defaultMigrationsDir, readMigrationFolders } from "./migrate";

// Development and CI tooling only (`npm run db:diff`, tests): the native schema engine behind
// `prisma migrate diff` cannot be downloaded here, so this drives the WebAssembly build of the same
// engine through the pg driver adapter. It is an internal Prisma API, hence the exact version pin
// of @prisma/schema-engine-wasm in package.json. The SQL files stay the source of truth for what
// runs in production (lib/db/migrate.ts).

type PanicRegistry = { set_message(message: string): void };
const globalWithRegistry = globalThis as typeof globalThis & {
  PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry;
};
let lastPanic: string | undefined;
// The engine reports a Rust panic's message through this global before it rejects with a bare
// "unreachable"; keep it so the error says what went wrong.
globalWithRegistry.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message) => {
    lastPanic = message;
  },
};

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let engineModule: Promise<EngineModule> | undefined;

/**
 * The package's entry point imports the .wasm file as an ES module, which Node 20 cannot do;
 * instantiate it by hand with the JS glue as its import object (as Prisma's own CLI did).
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const gluePath = createRequire(import.meta.url).resolve(
      "@prisma/schema-engine-wasm/schema_engine_bg",
    );
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

/**
 * adapter-pg refuses result columns of PostgreSQL's internal `"char"` type (OID 18), which the
 * engine's schema describer selects from the catalogs (e.g. pg_class.relkind). pg already returns
 * it as a string, so relabel it as text (OID 25) before the adapter looks at the field types.
 */
class CharAsTextClient extends pg.Client {}
const relabelChar = (result: unknown): unknown => {
  for (const field of (result as { fields?: pg.FieldDef[] } | undefined)?.fields ?? []) {
    if (field.dataTypeID === 18) field.dataTypeID = 25;
  }
  return result;
};
const baseQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
// Assigned on the prototype rather than overridden in the class because `query` has many
// overloads; the pool calls it with a callback, a transaction's client without one.
(CharAsTextClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query =
  function (this: pg.Client, ...args: unknown[]) {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (err: unknown, result: unknown) => callback(err, err ? result : relabelChar(result));
      return baseQuery.apply(this, args);
    }
    const ret = baseQuery.apply(this, args);
    return ret instanceof Promise ? ret.then(relabelChar) : ret;
  };

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A PrismaPg factory whose shadow databases are created and dropped by us: the stock
 * connectToShadowDb drops the database while its own pool is still connected, which fails.
 */
function shadowAwareFactory(adminUrl: string) {
  const adapters: SqlDriverAdapter[] = [];
  const shadowDatabases: string[] = [];
  const connectTo = async (url: string) => {
    const adapter = await new PrismaPg({ connectionString: url, Client: CharAsTextClient }).connect();
    // adapter-pg runs a script by splitting it on every ";", which breaks on semicolons inside
    // comments and in $$-quoted bodies (DO blocks, functions), as in the row-level security
    // migration. PostgreSQL runs a multi-statement script itself through the simple protocol.
    const internals = adapter as unknown as { underlyingDriver(): pg.Pool; onError(error: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.underlyingDriver().query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    adapters.push(adapter);
    return adapter;
  };
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(adminUrl),
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${process.pid}_${randomUUID().replaceAll("-", "")}`;
      await admin((client) => client.query(`CREATE DATABASE "${name}"`));
      shadowDatabases.push(name);
      return connectTo(databaseUrl(adminUrl, name));
    },
  };
  /** Closes every pool first, then drops the shadow databases they were connected to. */
  const cleanup = async () => {
    for (const adapter of adapters.splice(0)) await adapter.dispose().catch(() => {});
    const names = shadowDatabases.splice(0);
    if (names.length === 0) return;
    await admin(async (client) => {
      // WITH (FORCE) (PostgreSQL 13+) only matters if a connection was somehow left open.
      for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  };
  return { factory, cleanup };
}

function describeEngineError(error: unknown): Error {
  const message =
    error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  const panic = lastPanic;
  lastPanic = undefined;
  return new Error(`Prisma schema engine (wasm): ${panic ? `panic: ${panic}` : message}`, {
    cause: error,
  });
}

function migrationsList(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: readMigrationFolders(migrationsDir).map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}

/**
 * SQL that would take a database built by the migrations folder to schema.prisma, i.e. what
 * `prisma migrate diff --from-migrations <dir> --to-schema <file> --script` prints. Empty when
 * they agree. The migrations are replayed in a temporary shadow database on `shadowAdminUrl`.
 */
export async function diffMigrationsToSchema(opts: {
  shadowAdminUrl: string;
  schemaPath?: string;
  migrationsDir?: string;
}): Promise<string> {
  const schemaPath = path.resolve(opts.schemaPath ?? path.join("prisma", "schema.prisma"));
  const migrationsDir = path.resolve(opts.migrationsDir ?? defaultMigrationsDir());
  const schema = { path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") };
  const { SchemaEngine: Engine } = await loadEngineModule();
  const { factory, cleanup } = shadowAwareFactory(opts.shadowAdminUrl);
  try {
    const engine = await Engine.new(
      { datamodels: [[schema.path, schema.content]] },
      (log: string) => {
        if (process.env.DEBUG_SCHEMA_ENGINE) console.error(log);
      },
      bindMigrationAwareSqlAdapterFactory(factory),
    ).catch((error: unknown) => Promise.reject(describeEngineError(error)));
    try {
      const result = await engine
        .diff({
          from: { tag: "migrations", ...migrationsList(migrationsDir) },
          to: { tag: "schemaDatamodel", files: [schema] },
          script: true,
          // exitCode 2 = non-empty diff; an empty one is still printed as a comment, so rely on this.
          exitCode: true,
          filters: { externalTables: [], externalEnums: [] },
        })
        .catch((error: unknown) => Promise.reject(describeEngineError(error)));
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    } finally {
      engine.free();
    }
  } finally {
    // After free(), so the engine holds no connection to a shadow database being dropped.
    await cleanup();
  }
}
