import { prepareJobQueue } from "@/lib/jobs/prepare";
import { applyMigrations } from "./migrate";

/**
 * Brings a database up to date, as the schema owner: the app's migrations, then the job queue's
 * schema and queues. What `npm run db:migrate`, `npm run dev` and the test setups run.
 */
export async function migrateDatabase(opts: { connectionString: string; log?: (message: string) => void }): Promise<{ applied: string[] }> {
  const result = await applyMigrations(opts);
  await prepareJobQueue(opts.connectionString);
  return result;
}
