import fs from "node:fs";
import path from "node:path";
import { expect, tag, test, type User } from "./support/fixtures";
import { expectNotFound, SignInPage } from "./support/pages";

const BUSINESS_DIR = path.resolve("app", "b", "[business]");

/**
 * Every page and route handler under app/b/[business], found on disk when the test runs, as URL
 * paths below /b/<slug> ("" for the overview). Route groups "(x)" add nothing to the URL; other
 * dynamic segments cannot be filled in generically, so those files are listed as skipped.
 */
interface RouteFile {
  sub: string;
  /** The HTTP methods the file exports (GET, POST, ...). */
  methods: string[];
}

function businessFiles(): { pages: string[]; routes: RouteFile[]; skipped: string[] } {
  const pages: string[] = [];
  const routes: RouteFile[] = [];
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
        else if (entry.name.startsWith("page.")) pages.push(segments.join("/"));
        else routes.push({ sub: segments.join("/"), methods: exportedMethods(fs.readFileSync(full, "utf8")) });
      }
    }
  };
  walk(BUSINESS_DIR, []);
  return { pages: pages.sort(), routes: routes.sort((x, y) => x.sub.localeCompare(y.sub)), skipped };
}

const METHOD = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/;

/** The HTTP methods a route file exports: `export const GET = ...`, `export async function POST`, `export const { GET, POST } = ...`. */
function exportedMethods(source: string): string[] {
  const direct = [...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+([A-Z]+)\b/g)].map((m) => m[1]!);
  const destructured = [...source.matchAll(/export\s+const\s+\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim()));
  return [...new Set([...direct, ...destructured].filter((n) => METHOD.test(n)))];
}

const url = (slug: string, sub: string) => (sub ? `/b/${slug}/${sub}` : `/b/${slug}`);

test("the business pages and routes to check are found on disk", () => {
  const { pages, routes, skipped } = businessFiles();
  expect(pages).toEqual(expect.arrayContaining(["", "members", "audit"]));
  expect(routes).toContainEqual({ sub: "audit/export", methods: ["GET"] });
  if (skipped.length) test.info().annotations.push({ type: "not checked (other dynamic segments)", description: skipped.join(", ") });
});

test.describe("one business's pages are invisible to another business's user", () => {
  const { pages, routes } = businessFiles();

  let a: User;
  let b: User;
  test.beforeEach(async ({ newUser }) => {
    [a, b] = await Promise.all([
      newUser("alice", { business: `Alpha Widgets ${tag()}` }),
      newUser("bob", { business: `Bravo Parcels ${tag()}` }),
    ]);
  });

  for (const sub of pages) {
    test(`page /b/<other>${sub ? `/${sub}` : ""} is a 404 without the other business's data`, async () => {
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

  for (const { sub, methods } of routes) {
    test(`route /b/<other>/${sub} (${methods.join(", ")}) answers 404 to a non-member`, async () => {
      if (methods.includes("GET")) {
        const own = await b.page.request.get(url(b.slug, sub));
        expect(own.status()).toBe(200);
      }
      for (const method of methods) {
        const response = await a.page.request.fetch(url(b.slug, sub), { method, maxRedirects: 0 });
        expect(response.status(), `${method} /b/<other>/${sub}`).toBe(404);
        const body = await response.text();
        expect(body).not.toContain(b.business);
        expect(body).not.toContain(b.email);
      }
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
  for (const { sub, methods } of routes) {
    for (const method of methods) {
      const response = await a.page.request.fetch(url("no-such-business-anywhere", sub), { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${sub}`).toBe(404);
    }
  }
});

test("a signed-out visitor to a business page is sent to sign in", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const page = await newBrowser();
  const { pages, routes } = businessFiles();
  for (const sub of pages) {
    await page.goto(url(owner.slug, sub));
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Envoi");
    await expect(page.getByText(owner.business)).toHaveCount(0);
  }
  for (const { sub, methods } of routes) {
    for (const method of methods) {
      const response = await page.request.fetch(url(owner.slug, sub), { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${sub}`).toBe(401);
      expect(await response.text()).not.toContain(owner.business);
    }
  }

  // Signing in from there leads into the business.
  await page.goto(url(owner.slug, ""));
  await new SignInPage(page).signInWithPassword(owner.email);
  await expect(page).toHaveURL(url(owner.slug, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(owner.business);
});

test("after signing in, a signed-out visitor gets back to the page they asked for", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const page = await newBrowser();
  const members = url(owner.slug, "members");
  await page.goto(members);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(members)}`, { timeout: 3_000 });
  await new SignInPage(page).signInWithPassword(owner.email);
  await expect(page).toHaveURL(members);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team");
});
