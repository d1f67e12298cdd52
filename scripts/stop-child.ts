// Stops a child process: SIGTERM (it finishes what it was doing), SIGKILL if it has not exited
// after `graceMs`. Resolves once it has exited (at once if it already had).
import type { ChildProcess } from "node:child_process";

export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const forced = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(forced);
}
