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

export const test = base.extend<Fixtures>({
  newBrowser: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
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
