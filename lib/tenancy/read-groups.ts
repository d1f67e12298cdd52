import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";

type Settings = Record<string, string>;
type Query<T> = (client: Tx) => Prisma.PrismaPromise<T>;
/** Runs `fn` in one transaction with these row-level security settings made first. */
export type RunInTransaction = <T>(settings: Settings, fn: (tx: Tx) => Promise<T>) => Promise<T>;

interface Pending {
  query: Query<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Read-only queries asked with the same settings in the same turn of the event loop run together:
 * one transaction (BEGIN, the settings, each query back to back, COMMIT) instead of one each. A page
 * asks its reads at once (Promise.all of the services it shows), and each transaction's three extra
 * statements cost more than most of its queries.
 *
 * Nothing of the application runs between the statements (the queries are built first, then sent
 * one after the other), so the group cannot expire half-way. A query that fails fails alone: the
 * ones before it keep their results, the ones after it run again in a group of their own.
 */
export function readGroups(run: RunInTransaction) {
  const waiting = new Map<string, { settings: Settings; reads: Pending[] }>();

  async function runGroup(settings: Settings, reads: Pending[]): Promise<void> {
    const values: unknown[] = [];
    let began = false;
    let failed = false;
    let failure: unknown;
    try {
      await run(settings, async (tx) => {
        began = true;
        for (const read of reads) values.push(await read.query(tx));
      });
    } catch (error) {
      failed = true;
      failure = error;
    }
    // Callers' code runs only now, after the transaction (a read's result stays good even if the
    // read-only transaction could not commit).
    values.forEach((value, i) => reads[i]!.resolve(value));
    if (!failed || values.length === reads.length) return;
    if (!began) {
      // No transaction (the server is busy): every read gets that answer.
      for (const read of reads) read.reject(failure);
      return;
    }
    reads[values.length]!.reject(failure);
    const rest = reads.slice(values.length + 1);
    if (rest.length > 0) await runGroup(settings, rest);
  }

  return function groupedRead<T>(settings: Settings, query: Query<T>): Promise<T> {
    const key = JSON.stringify(settings);
    return new Promise<T>((resolve, reject) => {
      let group = waiting.get(key);
      if (!group) {
        group = { settings, reads: [] };
        waiting.set(key, group);
        const started = group;
        setImmediate(() => {
          waiting.delete(key);
          void runGroup(started.settings, started.reads);
        });
      }
      group.reads.push({ query: query as Query<unknown>, resolve: resolve as (value: unknown) => void, reject });
    });
  }
}
