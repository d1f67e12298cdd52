/** Runs once when a server starts: a misconfigured environment stops it with a clear list. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
    // The rate-code model derives its per-FSA data once (~40 ms): at start, not on the first quote.
    const { prepareFsaData } = await import("@/lib/rating/zones");
    prepareFsaData();
    // Finish interrupted purchases, resend pending refunds, issue last month's invoices; then every 15 minutes.
    if (process.env.NODE_ENV !== "test") {
      const { startBackgroundJobs } = await import("@/lib/jobs/background");
      startBackgroundJobs();
    }
  }
}
