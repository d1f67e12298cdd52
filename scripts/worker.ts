// `npm run worker`: the job worker as its own process (production). Needs DATABASE_URL (the app's
// role), SMTP_URL and the app's other settings; stops cleanly on SIGTERM / SIGINT.
import { env } from "../lib/env";
import { startWorker } from "../lib/jobs/worker";

async function main() {
  const config = env();
  const worker = await startWorker({ connectionString: config.DATABASE_URL });
  console.log("Envoi worker started: emails, labels, tracking, maintenance.");
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
