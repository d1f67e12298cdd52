// `npm test`: type check, lint, unit and integration tests (vitest, real PostgreSQL), browser tests
// (Playwright, Debian Chromium). Ends with one line "N passed, N failed[, N skipped]" summing every
// suite (the type check and the lint count as one test each) and exits non-zero on any failure.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const REPORTS = path.resolve(".data", "reports");
fs.mkdirSync(REPORTS, { recursive: true });

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return result.status ?? 1;
}

function record(name: string, counts: Counts) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const only = process.argv.slice(2);
const wants = (step: string) => only.length === 0 || only.includes(step);

if (wants("types")) {
  const ok = run(bin("tsc"), ["--noEmit", "-p", "."]) === 0;
  record("type check", { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

if (wants("lint")) {
  const ok = run(bin("eslint"), [".", "--max-warnings", "0"]) === 0;
  record("lint", { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

if (wants("unit")) {
  const out = path.join(REPORTS, "vitest.json");
  fs.rmSync(out, { force: true });
  const status = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${out}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(out);
  if (report) {
    // A suite that crashed before its tests ran reports no failed test but a non-zero exit.
    const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    record("unit and integration", { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests });
  } else {
    record("unit and integration", { passed: 0, failed: 1, skipped: 0 });
  }
}

if (wants("e2e")) {
  const out = path.join(REPORTS, "playwright.json");
  fs.rmSync(out, { force: true });
  const status = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out);
  if (report) {
    const failed = report.stats.unexpected + report.stats.flaky + (status !== 0 && report.stats.unexpected === 0 ? 1 : 0);
    record("browser", { passed: report.stats.expected, failed, skipped: report.stats.skipped });
  } else {
    record("browser", { passed: 0, failed: 1, skipped: 0 });
  }
}

console.log(`\n${lines.join("\n")}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 ? 1 : 0);
