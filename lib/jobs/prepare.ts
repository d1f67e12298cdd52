/**
 * Installs or upgrades the job queue's schema and its queues, as the schema owner (with the
 * migrations), and lets the app's role use them. The app itself never runs DDL.
 */
import PgBoss from "pg-boss";
import pg from "pg";
import { APP_ROLE } from "@/lib/db/app-role";
import { JOB_SCHEMA, QUEUES } from "./queues";

export async function prepareJobQueue(adminUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: adminUrl, schema: JOB_SCHEMA, supervise: false, schedule: true, max: 2 });
  boss.on("error", () => {});
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const [name, policy] of Object.entries(QUEUES)) {
      if (existing.has(name)) await boss.updateQueue(name, { name, ...policy });
      else await boss.createQueue(name, { name, ...policy });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}
