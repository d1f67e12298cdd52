import crypto from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./accounts";

/** A person using the app in their own browser (own cookies), signed up with their own business. */
export interface User {
  context: BrowserContext;
  page: Page;
  name: string;
  email: string;
  business: string;
  slug: string;
}

/** A short random tag to keep names (and so business slugs) apart between parallel tests. */
export function tag(): string {
  return crypto.randomBytes(3).toString("hex");
}

interface Fixtures {
  /** A new browser (cookies and all) for another person in the same test; closed after the test. */
  newBrowser: () => Promise<Page>;
  /** A new browser in which a new person signs up with their own business. */
  newUser: (label: string, opts?: { name?: string; business?: string }) => Promise<User>;
}

/**
 * Collects what the browser refuses under the Content-Security-Policy (an inline script without the
 * nonce, a style, a frame...): every browser test is also a test that the policy lets the app work.
 */
function watchPolicy(page: Page, violations: string[]) {
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const violations: string[] = [];
    watchPolicy(page, violations);
    await use(page);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },

  newBrowser: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    const violations: string[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      watchPolicy(page, violations);
      return page;
    });
    for (const context of contexts) await context.close();
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },

  newUser: async ({ newBrowser }, use) => {
    await use(async (label, opts = {}) => {
      const page = await newBrowser();
      const t = tag();
      const name = opts.name ?? `${label[0]!.toUpperCase()}${label.slice(1)} ${t}`;
      const email = uniqueEmail(label);
      const business = opts.business ?? `${label[0]!.toUpperCase()}${label.slice(1)} Co ${t}`;
      const slug = await signUp(page, { name, email, business, password: PASSWORD });
      return { context: page.context(), page, name, email, business, slug };
    });
  },
});

export { expect };
