import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { linkIn, waitForEmail } from "./mailbox";

/** A unique email per test, so specs run in parallel on one database. */
export function uniqueEmail(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString("hex")}@example.com`;
}

export const PASSWORD = "correct horse battery";

/**
 * Fills in and sends the sign-up form (in the current interface language); the new account lands
 * on "confirm your email address".
 */
export async function submitSignUp(page: Page, opts: { name: string; email: string; business: string; password?: string }) {
  await page.goto("/signup");
  await page.locator('input[name="name"]').fill(opts.name);
  await page.locator('input[name="email"]').fill(opts.email);
  await page.locator('input[name="password"]').fill(opts.password ?? PASSWORD);
  await page.locator('input[name="businessName"]').fill(opts.business);
  // Scoped to the sign-up form: the header's language switcher is a form with a submit button too.
  await page.locator('form:has(input[name="businessName"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/\/verify-email$/);
}

/** Follows the confirmation link emailed to `email` (from the dev mail catcher) in this browser. */
export async function confirmEmail(page: Page, email: string) {
  const mail = await waitForEmail(email, /^(Confirm your email address for Envoi|Confirmez votre adresse courriel pour Envoi)$/);
  await page.goto(linkIn(mail, "/verify-email/"));
}

/** Signs up through the real form, confirms the address from the mailbox, and lands on the new business. */
export async function signUp(page: Page, opts: { name: string; email: string; business: string; password?: string }) {
  await submitSignUp(page, opts);
  await confirmEmail(page, opts.email);
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
