// `next start` in several processes sharing one port, so the production server uses every core:
// Node's cluster module listens once and hands each new connection to the next process in turn.
// WEB_CONCURRENCY sets how many (default: the machine's cores, at most 4). The job worker, when the
// app runs it (JOBS_IN_PROCESS=1), runs in the first process only. A process that dies is started
// again; one that dies within its first seconds stops the whole server (a broken start, not a crash).
// Each process runs with a 64 MB young generation (below).
// Usage: node scripts/next-cluster.mjs <next start options...>
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";

const requested = Number.parseInt(process.env.WEB_CONCURRENCY ?? "", 10);
const count = Number.isInteger(requested) && requested > 0 ? requested : Math.min(os.availableParallelism(), 4);
const STARTUP_MS = 15_000;

cluster.setupPrimary({
  exec: path.resolve("node_modules", "next", "dist", "bin", "next"),
  args: ["start", ...process.argv.slice(2)],
  // A larger young generation (V8's default semi-space is 16 MB): a page allocates a few MB of
  // short-lived objects, and fewer scavenges cost less CPU per page (the page bench: 10-25% more
  // pages a second under 50 connections).
  execArgv: ["--max-semi-space-size=64"],
});

let stopping = false;
const slots = new Map();

function start(slot) {
  const worker = cluster.fork({ JOBS_IN_PROCESS: slot === 0 ? (process.env.JOBS_IN_PROCESS ?? "") : "0" });
  slots.set(worker.id, { slot, started: Date.now() });
}

cluster.on("exit", (worker, code, signal) => {
  const { slot, started } = slots.get(worker.id);
  slots.delete(worker.id);
  if (stopping) {
    // The code stop() was given: a broken start ends non-zero, so the launcher reports it.
    if (slots.size === 0) process.exit(process.exitCode ?? 0);
    return;
  }
  if (Date.now() - started < STARTUP_MS) {
    console.error(`  The web server's process ${slot + 1} of ${count} stopped while starting (${signal ?? `exit code ${code}`}): stopping.`);
    stop(code || 1);
    return;
  }
  console.error(`  The web server's process ${slot + 1} of ${count} stopped (${signal ?? `exit code ${code}`}): starting it again.`);
  start(slot);
});

function stop(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  const forced = setTimeout(() => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
    process.exit(code);
  }, 10_000);
  forced.unref();
  if (slots.size === 0) process.exit(code);
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
for (let slot = 0; slot < count; slot++) start(slot);
