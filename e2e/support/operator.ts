import { execFileSync } from "node:child_process";
import { E2E_DATA_DIR } from "../../playwright.config";

/** What Envoi's operators do for a business (npm run admin), against the browser tests' database. */
export function setCreditLimit(slug: string, dollars: number) {
  execFileSync("npx", ["tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/admin.ts", "--data", E2E_DATA_DIR, "credit", slug, String(dollars)], { stdio: "pipe" });
}

/** Issues the invoices of a month now (what the server does on the first of the month). */
export function issueInvoices(period: string) {
  execFileSync("npx", ["tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/admin.ts", "--data", E2E_DATA_DIR, "invoices", period], { stdio: "pipe" });
}

/** The reference carrier's tracking of a business's parcels as of `at` (its simulated clock). */
export function trackAsOf(slug: string, at: Date) {
  execFileSync("npx", ["tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/admin.ts", "--data", E2E_DATA_DIR, "tracking", slug, at.toISOString()], { stdio: "pipe" });
}
