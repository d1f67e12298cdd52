// Whether `npm start` must run `next build` first: the production build in .next is missing, or a
// file it is built from (or a folder's list of files) changed after it.
import fs from "node:fs";
import path from "node:path";

/** What `next build` reads: the app's sources, messages, schema, and the build's configuration. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "prisma",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
] as const;

/** `next build` writes this last, once the build succeeded. */
export const BUILD_ID_FILE = path.join(".next", "BUILD_ID");

export type BuildFreshness = { stale: false } | { stale: true; reason: string };

/**
 * The most recently changed input under `root`: files and folders (a folder's time changes when a
 * file is added, removed or renamed in it, so deleting a source counts as a change too).
 */
export function newestInput(root: string, inputs: readonly string[] = BUILD_INPUTS): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  const visit = (relative: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(root, relative));
    } catch {
      return; // an optional input (public/) that this checkout does not have
    }
    if (!newest || stat.mtimeMs > newest.mtimeMs) newest = { file: relative, mtimeMs: stat.mtimeMs };
    if (stat.isDirectory()) for (const entry of fs.readdirSync(path.join(root, relative))) visit(path.join(relative, entry));
  };
  for (const input of inputs) visit(input);
  return newest;
}

/** Fresh when .next/BUILD_ID exists and is newer than every input; otherwise why not. */
export function buildFreshness(root: string, inputs: readonly string[] = BUILD_INPUTS): BuildFreshness {
  let builtAt: number;
  try {
    builtAt = fs.statSync(path.join(root, BUILD_ID_FILE)).mtimeMs;
  } catch {
    return { stale: true, reason: "no production build yet" };
  }
  const newest = newestInput(root, inputs);
  if (newest && newest.mtimeMs > builtAt) return { stale: true, reason: `${newest.file} changed since the last build` };
  return { stale: false };
}
