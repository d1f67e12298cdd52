/** Runs once when a server starts: a misconfigured environment stops it with a clear list. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
    // The rate-code model derives its per-FSA data once (~40 ms): at start, not on the first quote.
    const { prepareFsaData } = await import("@/lib/rating/zones");
    prepareFsaData();
    // `npm run dev` runs the job worker inside the app; production runs `npm run worker` beside it.
    if (process.env.JOBS_IN_PROCESS === "1") {
      const { startWorker } = await import("@/lib/jobs/worker");
      await startWorker({ connectionString: env().DATABASE_URL });
    }
  }
}
