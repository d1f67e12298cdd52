import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** A unique email per test, so specs run in parallel on one database. */
export function uniqueEmail(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString("hex")}@example.com`;
}

export const PASSWORD = "correct horse battery";

/** Signs up through the real form (in the current interface language) and lands on the new business. */
export async function signUp(page: Page, opts: { name: string; email: string; business: string; password?: string }) {
  await page.goto("/signup");
  await page.locator('input[name="name"]').fill(opts.name);
  await page.locator('input[name="email"]').fill(opts.email);
  await page.locator('input[name="password"]').fill(opts.password ?? PASSWORD);
  await page.locator('input[name="businessName"]').fill(opts.business);
  // Scoped to the sign-up form: the header's language switcher is a form with a submit button too.
  await page.locator('form:has(input[name="businessName"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/\/b\/[a-z0-9-]+$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** Signs in with a password through the real form. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.locator('form:has(input[name="password"]) input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
}
