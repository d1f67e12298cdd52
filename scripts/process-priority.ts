// Lowers this process's CPU priority (its "nice" value), so that on a shared machine the work it does
// waits for the processes at normal priority (the web server's pages) instead of slowing them.
import fs from "node:fs";
import os from "node:os";

/**
 * Sets the niceness (0 normal, 19 lowest) of this process. On Linux a priority belongs to one
 * thread, so every thread started so far (V8's and libuv's helpers) is set; threads started later
 * inherit it. Elsewhere it applies to the whole process. Returns false where the system refused.
 */
export function lowerPriority(niceness: number): boolean {
  const threads = process.platform === "linux" ? fs.readdirSync("/proc/self/task").map(Number) : [0];
  let done = true;
  for (const thread of threads) {
    try {
      os.setPriority(thread, niceness);
    } catch {
      // A thread that ended meanwhile, or a system that does not allow it: the rest still run.
      done = false;
    }
  }
  return done;
}

/** WORKER_NICE: the job worker's niceness (default 10; 0 keeps the normal priority). */
export function workerNiceness(value: string | undefined): number {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isInteger(parsed) && parsed >= 0 && parsed <= 19 ? parsed : 10;
}
