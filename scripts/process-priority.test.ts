import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workerNiceness } from "./process-priority";

describe("lowerPriority", () => {
  it("lowers every thread of the process, and threads started after it inherit the priority", () => {
    // In a process of its own: the test runner keeps its priority. Linux keeps a priority per
    // thread (each is read); elsewhere it is the process's.
    const script = `
      import fs from "node:fs";
      import os from "node:os";
      import { Worker } from "node:worker_threads";
      import { lowerPriority } from ${JSON.stringify(path.resolve("scripts/process-priority.ts"))};
      const done = lowerPriority(7);
      new Worker("setTimeout(() => {}, 200)", { eval: true }).on("online", () => {
        const threads = process.platform === "linux" ? fs.readdirSync("/proc/self/task").map(Number) : [0, 0, 0, 0, 0];
        const nice = threads.map((t) => os.getPriority(t));
        console.log(JSON.stringify({ done, nice }));
        process.exit(0);
      });`;
    const run = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { done, nice } = JSON.parse(run.stdout.trim()) as { done: boolean; nice: number[] };
    expect(done).toBe(true);
    expect(nice.length).toBeGreaterThan(4);
    expect(new Set(nice)).toEqual(new Set([7]));
  });
});

describe("workerNiceness", () => {
  it("reads WORKER_NICE, and keeps 10 for a missing or impossible value", () => {
    expect(workerNiceness(undefined)).toBe(10);
    expect(workerNiceness("0")).toBe(0);
    expect(workerNiceness("19")).toBe(19);
    expect(workerNiceness("20")).toBe(10);
    expect(workerNiceness("-5")).toBe(10);
    expect(workerNiceness("low")).toBe(10);
  });
});
