import fs from "node:fs";
import path from "node:path";
import { expect, test, type User } from "./support/fixtures";
import { expectNotFound, SignInPage } from "./support/pages";

const BUSINESS_DIR = path.resolve("app", "b", "[business]");

/**
 * Every page and route handler under app/b/[business], found on disk when the test runs, as URL
 * paths below /b/<slug> ("" for the overview). Route groups "(x)" add nothing to the URL; other
 * dynamic segments cannot be filled in generically, so those files are listed as skipped.
 */
function businessFiles(): { pages: string[]; routes: string[]; skipped: string[] } {
  const pages: string[] = [];
  const routes: string[] = [];
  const skipped: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue; // private folders, parallel slots
        walk(full, /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) {
        const rel = path.relative(BUSINESS_DIR, full);
        if (segments.some((s) => s.startsWith("["))) skipped.push(rel);
        else (entry.name.startsWith("page.") ? pages : routes).push(segments.join("/"));
      }
    }
  };
  walk(BUSINESS_DIR, []);
  return { pages: pages.sort(), routes: routes.sort(), skipped };
}

const url = (slug: string, sub: string) => (sub ? `/b/${slug}/${sub}` : `/b/${slug}`);

test.describe("one business's pages are invisible to another business's user", () => {
  const { pages, routes, skipped } = businessFiles();

  test("the app has business pages and routes to check", () => {
    expect(pages).toContain("");
    expect(pages).toContain("members");
    expect(routes.length).toBeGreaterThan(0);
    if (skipped.length) test.info().annotations.push({ type: "skipped (dynamic segments)", description: skipped.join(", ") });
  });

  let a: User;
  let b: User;
  test.beforeEach(async ({ newUser }) => {
    [a, b] = await Promise.all([newUser("alice", { business: `Alpha Widgets ${Date.now()}` }), newUser("bob", { business: `Bravo Parcels ${Date.now()}` })]);
  });

  for (const sub of pages) {
    test(`page /b/<other>/${sub} is a 404 without the other business's data`, async () => {
      // B, its member, sees the page (so A's 404 below is about access, not a broken page).
      const own = await b.page.goto(url(b.slug, sub));
      expect(own?.status()).toBe(200);
      await expect(b.page.getByLabel("Switch business")).toHaveText(b.business);

      const response = await a.page.goto(url(b.slug, sub));
      expect(response?.status()).toBe(404);
      await expectNotFound(a.page);
      const html = await a.page.content();
      expect(html).not.toContain(b.business);
      expect(html).not.toContain(b.email);
      expect(html).not.toContain(b.name);
      expect(await a.page.title()).not.toContain(b.business);
    });
  }

  for (const sub of routes) {
    test(`route /b/<other>/${sub} answers 404 to a non-member`, async () => {
      const own = await b.page.request.get(url(b.slug, sub));
      expect(own.status()).toBe(200);

      const response = await a.page.request.get(url(b.slug, sub), { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      const body = await response.text();
      expect(body).not.toContain(b.business);
      expect(body).not.toContain(b.email);
    });
  }
});

test("a business that does not exist is the same 404", async ({ newUser }) => {
  const a = await newUser("alice");
  const { pages, routes } = businessFiles();
  for (const sub of pages) {
    const response = await a.page.goto(url("no-such-business-anywhere", sub));
    expect(response?.status()).toBe(404);
    await expectNotFound(a.page);
  }
  for (const sub of routes) {
    const response = await a.page.request.get(url("no-such-business-anywhere", sub), { maxRedirects: 0 });
    expect(response.status()).toBe(404);
  }
});

test("a signed-out visitor to a business page is sent to sign in, then back", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const page = await newBrowser();
  const members = `/b/${owner.slug}/members`;
  await page.goto(members);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(members)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Envoi");
  await expect(page.getByText(owner.business)).toHaveCount(0);

  const { routes } = businessFiles();
  for (const sub of routes) {
    const response = await page.request.get(url(owner.slug, sub), { maxRedirects: 0 });
    expect(response.status()).toBe(401);
  }

  await new SignInPage(page).signInWithPassword(owner.email);
  await expect(page).toHaveURL(members);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team");
});
