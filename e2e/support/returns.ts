import { execFileSync } from "node:child_process";
import { E2E_DATA_DIR } from "../../playwright.config";

/** A customer asks to return the parcel `trackingNumber` (what the public returns page records); returns the request's number. */
export function customerRequestsReturn(trackingNumber: string, email: string, locale: "en" | "fr", reason = "wrongSize"): string {
  const out = execFileSync("npx", ["tsx", "--import", "./scripts/server-only-hook.mjs", "e2e/support/request-return-script.ts", E2E_DATA_DIR, trackingNumber, email, locale, reason], { stdio: "pipe" });
  return out.toString().trim().split("\n").pop()!;
}
