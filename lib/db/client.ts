import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";
import { undefinedFilterPath } from "./reject-undefined";
import { statementName } from "./statement-names";

export type { Prisma } from "./generated/client";
export { Role, Locale } from "./generated/enums";

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE ?? 10 }, { statementNameGenerator: (query) => statementName(query.sql) }),
    // Never hand a password hash to a caller that did not ask for it explicitly, and never load
    // PDF bytes by accident (a shipments list would drag every label along).
    omit: { user: { passwordHash: true }, labelPdf: { pdf: true }, manifest: { pdf: true } },
  }).$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const path = undefinedFilterPath((args as { where?: unknown } | undefined)?.where);
          if (path) throw new Error(`${model}.${operation}: ${path} is undefined, which Prisma would silently drop`);
          return query(args);
        },
      },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside an interactive transaction, as services receive it. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { envoiDb?: Db };

/**
 * The one Prisma client of the process. It connects as the application's role, which cannot
 * bypass row-level security: tenant rows are only visible inside `withTenant`.
 */
export function db(): Db {
  globalForDb.envoiDb ??= createClient();
  return globalForDb.envoiDb;
}
