import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
export const E2E_DATA_DIR = ".data/e2e";

/**
 * Browser tests against a production build (`next build`, then `next start` through the same
 * launcher as `npm run dev`, on a fresh embedded PostgreSQL and mail catcher), in Debian's Chromium.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    locale: "en-CA",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `${process.env.E2E_SKIP_BUILD ? "" : "npx next build && "}npx tsx --import ./scripts/server-only-hook.mjs scripts/dev.ts --mode start --host 127.0.0.1 --port ${PORT} --data ${E2E_DATA_DIR} --fresh --stripe-standin --carrier fake-canadapost`,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 400_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The fake Canada Post server the live-mode spec connects to and scripts (e2e/canada-post.spec.ts);
    // its schema checks are the connector tests' job, not the browser tests' (they cost CPU the other specs need).
    // Webhooks may reach the specs' own receivers on 127.0.0.1 (production refuses local addresses).
    env: { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", FAKE_CANADAPOST_PORT: process.env.FAKE_CANADAPOST_PORT ?? "3199", FAKE_CANADAPOST_VALIDATE: "0", WEBHOOKS_ALLOW_LOCAL: "true" },
  },
});
