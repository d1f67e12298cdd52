// A process and its descendants (Linux /proc), for the page bench: the CPU time they have used (the
// server's own work per page, which other programs on the machine do not inflate as they do
// latency), and stopping whatever of them is left when the bench ends.
import fs from "node:fs";

const TICKS_PER_SECOND = 100;

interface Stat {
  ppid: number;
  cpuTicks: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, inside parentheses): state ppid ... utime(14) stime(15).
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function processes(): Map<number, Stat> {
  const stats = new Map<number, Stat>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) stats.set(Number(name), stat);
  }
  return stats;
}

/** `root` and every process under it. */
function tree(root: number, stats: Map<number, Stat>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  const found: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The CPU time each process of `root`'s tree has used so far (milliseconds by pid), or null where /proc is not there. */
export function treeCpu(root: number): Map<number, number> | null {
  if (!fs.existsSync("/proc/self/stat")) return null;
  const stats = processes();
  return new Map(tree(root, stats).map((pid) => [pid, (stats.get(pid)!.cpuTicks * 1000) / TICKS_PER_SECOND]));
}

/**
 * Milliseconds of CPU the tree used between two `treeCpu` readings: what each process still there
 * used since the first (all of it for a process started since). A process that ended in between
 * (a database connection closed when idle) cannot be read any more and counts for nothing, rather
 * than taking its whole life's CPU away from the sum.
 */
export function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, used] of after) ms += used - (before.get(pid) ?? 0);
  return ms;
}

/** The processes under `root` (not itself), where /proc is there. */
export function descendants(root: number): number[] {
  if (!fs.existsSync("/proc/self/stat")) return [];
  return tree(root, processes()).filter((pid) => pid !== root);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Asks each of `pids` still running to stop, then ends those still there after `graceMs`. */
export async function stopAll(pids: number[], graceMs = 10_000) {
  const running = pids.filter(alive);
  for (const pid of running) process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (running.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const pid of running.filter(alive)) process.kill(pid, "SIGKILL");
}

/**
 * Waits (at most `maxMs`) until `root`'s tree is quiet: under a tenth of a core over half a second
 * (the jobs a seed started, the work a load left behind), so a measure starts on an idle server.
 */
export async function settle(root: number, maxMs = 15_000) {
  const deadline = Date.now() + maxMs;
  let before = treeCpu(root);
  while (before && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const after = treeCpu(root);
    const used = cpuBetween(before, after);
    if (used !== null && used < 50) return;
    before = after;
  }
}
