// `npm run worker`: the job worker as its own process (production). Needs DATABASE_URL (the app's
// role), SMTP_URL and the app's other settings; stops cleanly on SIGTERM / SIGINT. It runs at a lower
// CPU priority (WORKER_NICE, default 10): beside the web server on one machine (`npm start`), its
// labels, tracking sweeps and emails use the CPU the pages leave, instead of slowing them.
import { env } from "../lib/env";
import { startWorker } from "../lib/jobs/worker";
import { lowerPriority, workerNiceness } from "./process-priority";

async function main() {
  const niceness = workerNiceness(process.env.WORKER_NICE);
  if (niceness > 0 && !lowerPriority(niceness)) console.error(`Envoi worker: could not lower the CPU priority of all its threads to ${niceness} (WORKER_NICE).`);
  const config = env();
  const worker = await startWorker({ connectionString: config.DATABASE_URL });
  console.log(`Envoi worker started: emails, labels, tracking, maintenance${niceness > 0 ? ` (CPU priority lowered: nice ${niceness})` : ""}.`);
  const stop = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
