/**
 * A lock held by this process while it works, released when the work ends or the process dies
 * (a PostgreSQL session advisory lock on a connection of its own): two workers never run the same
 * job's carrier calls at once, and a crash never leaves a lock behind.
 */
import pg from "pg";
import { env } from "@/lib/env";

export async function withSessionLock<T>(name: string, work: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS ok", [name]);
    if (!rows[0]?.ok) return { locked: false };
    try {
      return { locked: true, value: await work() };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [name]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
