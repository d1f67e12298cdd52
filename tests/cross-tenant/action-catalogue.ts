import fs from "node:fs";
import path from "node:path";

/**
 * Every server action of the app, found by reading the files that start with "use server".
 * The cross-tenant and role suites fail when an action is missing from their tables, so a new
 * action cannot ship untested.
 */
export function discoverServerActions(root = "app"): { file: string; name: string }[] {
  const found: { file: string; name: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        if (!/^\s*["']use server["']/.test(source)) continue;
        for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)) {
          found.push({ file: full.split(path.sep).join("/"), name: m[1]! });
        }
      }
    }
  };
  walk(root);
  return found.sort((x, y) => `${x.file}#${x.name}`.localeCompare(`${y.file}#${y.name}`));
}
