/** Runs once when a server starts: a misconfigured environment stops it with a clear list. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
  }
}
