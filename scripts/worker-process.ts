// `npm start`'s job worker: `scripts/worker.ts` in a process of its own beside the web server (as
// production runs `npm run worker`), at a lower CPU priority (WORKER_NICE), with the launcher's
// environment. A worker that stops is started again; one that stops within its first seconds is a
// broken start, reported to `onBrokenStart` instead.
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { stopChild } from "./stop-child";

const STARTUP_MS = 15_000;
const RESTART_DELAY_MS = 1_000;

export interface WorkerProcess {
  stop(): Promise<void>;
}

export function startWorkerProcess(options: { onBrokenStart: (reason: string) => void; env?: NodeJS.ProcessEnv }): WorkerProcess {
  let stopping = false;
  let current: ChildProcess;
  const launch = () => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.resolve("node_modules", "tsx", "dist", "cli.mjs"), "--import", "./scripts/server-only-hook.mjs", path.resolve("scripts", "worker.ts")], {
      stdio: "inherit",
      env: { ...(options.env ?? process.env), JOBS_IN_PROCESS: "0" },
    });
    current = child;
    child.on("exit", (code, signal) => {
      if (stopping) return;
      const reason = signal ?? `exit code ${code}`;
      if (Date.now() - started < STARTUP_MS) return options.onBrokenStart(`the job worker stopped while starting (${reason})`);
      console.error(`  The job worker stopped (${reason}): starting it again.`);
      setTimeout(() => {
        if (!stopping) launch();
      }, RESTART_DELAY_MS);
    });
  };
  launch();
  return {
    stop() {
      stopping = true;
      // Longer than the worker's own graceful stop (10 s for the jobs under way).
      return stopChild(current, 15_000);
    },
  };
}
