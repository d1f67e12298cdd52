// `npm start`: the production build of Next.js with the same defaults as `npm run dev` (embedded
// PostgreSQL in .data/dev unless DATABASE_URL is set, the mail catcher unless SMTP_URL is set, the
// demo business). `next build` runs first only when .next holds no build or one older than the
// sources (build-freshness.ts). Options are dev.ts's: `npm start -- --port 3001 --data .data/other`.
import path from "node:path";
import { spawnSync } from "node:child_process";
import { buildFreshness } from "./build-freshness";

const env = process.env as Record<string, string | undefined>;
env.NODE_ENV = "production";
env.NEXT_TELEMETRY_DISABLED = "1";

const freshness = buildFreshness(process.cwd());
if (freshness.stale) {
  console.log(`  Building Envoi for production (${freshness.reason}): a few minutes, once\n`);
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    console.error("\n  The production build failed (above). `npm run dev` runs the app without one.");
    process.exit(build.status ?? 1);
  }
} else {
  console.log("  The production build in .next is up to date with the sources");
}

process.argv.splice(2, 0, "--mode", "start");
await import("./dev");
