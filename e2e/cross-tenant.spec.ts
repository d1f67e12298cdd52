import fs from "node:fs";
import path from "node:path";
import { expect, tag, test, type User } from "./support/fixtures";
import { ContactsPage, expectNotFound, SignInPage } from "./support/pages";
import { paidShipment, readyToShip } from "./support/shipping";

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

/**
 * Pages with a dynamic segment other than [business], and how to get a real id for one: the
 * business's member creates the record through the UI and reads its id from the page.
 */
/** A draft batch of `owner` with one row addressed to a secret name (through the sheet). */
async function makeBatch(owner: User): Promise<{ id: string; secret: string; heading: RegExp }> {
  const secret = `Secret Recipient ${tag()}`;
  await owner.page.goto(url(owner.slug, "batches"));
  await owner.page.getByRole("button", { name: "New batch" }).click();
  await expect(owner.page).toHaveURL(/\/batches\/[a-z0-9]+$/);
  const id = owner.page.url().split("/").pop()!;
  await owner.page.getByRole("button", { name: "Add a row" }).click();
  await owner.page.getByRole("button", { name: "Edit row 1" }).click();
  const editor = owner.page.getByRole("group", { name: "Shipment 1" });
  await editor.getByLabel("Name").fill(secret);
  await expect(editor.getByTestId("save-state")).toHaveText("Saved");
  await owner.page.reload();
  await expect(owner.page.getByTestId("row-1")).toContainText(secret);
  return { id, secret, heading: /^Batch \d+$/ };
}

const RECORD_MAKERS: Record<string, { path: (id: string) => string; make: (owner: User) => Promise<{ id: string; secret: string; heading?: RegExp | string }> }> = {
  "batches/[id]/page.tsx": { path: (id) => `batches/${id}`, make: makeBatch },
  "shipments/[id]/page.tsx": {
    path: (id) => `shipments/${id}`,
    make: async (owner) => {
      await readyToShip(owner);
      const secret = `Secret Recipient ${tag()}`;
      const { shipmentId, trackingNumber } = await paidShipment(owner, secret);
      return { id: shipmentId, secret, heading: trackingNumber };
    },
  },
  "pickups/[id]/page.tsx": {
    path: (id) => `pickups/${id}`,
    make: async (owner) => {
      await readyToShip(owner);
      const secret = `Secret dock ${tag()}`;
      await owner.page.goto(url(owner.slug, "pickups/new"));
      const form = owner.page.getByRole("form", { name: "Book a pickup" });
      await form.getByLabel("Date").fill((await form.getByLabel("Date").getAttribute("max"))!);
      await form.getByLabel("Ready at").fill("13:00");
      await form.getByLabel("Instructions for the driver").fill(secret);
      await form.getByLabel("Contact email").fill("hidden@example.com");
      await form.getByLabel("Total weight (kg)").fill("2");
      await form.getByRole("button", { name: "Book the pickup" }).click();
      await expect(owner.page.getByText(/^Pickup booked/)).toBeVisible({ timeout: 20_000 });
      const heading = (await owner.page.getByRole("heading", { level: 1 }).textContent())!;
      return { id: owner.page.url().split("/").pop()!.split("?")[0]!, secret, heading };
    },
  },
  "developers/webhooks/[id]/page.tsx": {
    path: (id) => `developers/webhooks/${id}`,
    make: async (owner) => {
      const secret = `https://secret-${tag()}.example.com/hooks`;
      await owner.page.goto(url(owner.slug, "developers/webhooks"));
      const form = owner.page.getByRole("form", { name: "Add an endpoint" });
      await form.getByLabel("Endpoint URL").fill(secret);
      await form.getByRole("button", { name: "Add endpoint" }).click();
      await expect(owner.page.getByTestId("webhook-secret")).toBeVisible();
      const href = (await owner.page.getByRole("link", { name: secret }).getAttribute("href"))!;
      return { id: href.split("/").pop()!, secret };
    },
  },
  "batches/[id]/add-contacts/page.tsx": { path: (id) => `batches/${id}/add-contacts`, make: async (owner) => ({ ...(await makeBatch(owner)), heading: "Add from address book" }) },
  "contacts/[id]/page.tsx": {
    path: (id) => `contacts/${id}`,
    make: async (owner) => {
      const secret = `Secret Customer ${tag()}`;
      const contacts = new ContactsPage(owner.page, owner.slug);
      await contacts.add({ Name: secret, "Address line 1": "77 Hidden Lane", "Postal or ZIP code": "K1A 0B1", City: "Ottawa", "Province or state": "Ontario", Email: "hidden@example.com" });
      return { id: await contacts.idOf(secret), secret };
    },
  },
};

test("every page with an [id] segment is checked below, or listed as not checked", () => {
  const { skipped } = businessFiles();
  const unchecked = skipped.filter((rel) => !RECORD_MAKERS[rel.split(path.sep).join("/")]);
  expect(skipped.map((rel) => rel.split(path.sep).join("/"))).toEqual(expect.arrayContaining(Object.keys(RECORD_MAKERS)));
  if (unchecked.length) test.info().annotations.push({ type: "not checked (no record maker)", description: unchecked.join(", ") });
});

test.describe("another business's records, by their real id", () => {
  let a: User;
  let b: User;
  test.beforeEach(async ({ newUser }) => {
    [a, b] = await Promise.all([
      newUser("alice", { business: `Alpha Widgets ${tag()}` }),
      newUser("bob", { business: `Bravo Parcels ${tag()}` }),
    ]);
  });

  for (const [file, maker] of Object.entries(RECORD_MAKERS)) {
    test(`page /b/<other>/${file.replace(/\/page\.tsx$/, "")} with the other business's id is a 404 without its data`, async () => {
      test.setTimeout(120_000);
      const { id, secret, heading } = await maker.make(b);
      const made = { heading };
      // B sees its record.
      const own = await b.page.goto(url(b.slug, maker.path(id)));
      expect(own?.status()).toBe(200);
      await expect(b.page.getByRole("heading", { level: 1 })).toHaveText(made.heading ?? secret);

      // A, under B's slug or under its own, gets the same 404 as for anything that does not exist.
      for (const slug of [b.slug, a.slug]) {
        const response = await a.page.goto(url(slug, maker.path(id)));
        expect(response?.status(), `/b/${slug === a.slug ? "<own>" : "<other>"}/${maker.path("<id>")}`).toBe(404);
        await expectNotFound(a.page);
        const html = await a.page.content();
        expect(html).not.toContain(secret);
        expect(html).not.toContain("Hidden Lane");
        expect(html).not.toContain(b.business);
        expect(await a.page.title()).not.toContain(secret);
      }
      // An id that does not exist anywhere looks the same.
      const none = await a.page.goto(url(a.slug, maker.path("no-such-id")));
      expect(none?.status()).toBe(404);
      await expectNotFound(a.page);
    });
  }

  test("the contacts export of another business is a 404, without its contacts", async () => {
    const { secret } = await RECORD_MAKERS["contacts/[id]/page.tsx"]!.make(b);
    const own = await b.page.request.get(url(b.slug, "contacts/export"));
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain(secret);

    for (const query of ["", `?q=${encodeURIComponent(secret)}`, "?country=CA"]) {
      const response = await a.page.request.get(url(b.slug, `contacts/export${query}`));
      expect(response.status()).toBe(404);
      const body = await response.text();
      expect(body).not.toContain(secret);
      expect(body).not.toContain(b.business);
    }
    // A's own export has none of B's contacts either.
    const mine = await a.page.request.get(url(a.slug, "contacts/export"));
    expect(mine.status()).toBe(200);
    expect(await mine.text()).not.toContain(secret);
  });

  test("a contact form tampered with the other business's contact id changes and deletes nothing", async () => {
    const { id, secret } = await RECORD_MAKERS["contacts/[id]/page.tsx"]!.make(b);
    const mine = await RECORD_MAKERS["contacts/[id]/page.tsx"]!.make(a);
    const contacts = new ContactsPage(a.page, a.slug);
    await a.page.goto(url(a.slug, `contacts/${mine.id}`));
    await expect(a.page.getByRole("heading", { level: 1 })).toHaveText(mine.secret);

    // Saving A's own contact form, with B's contact id put in its hidden field.
    await a.page.locator('form:has(button:text-is("Save contact")) input[name="id"]').evaluate((input, other) => ((input as HTMLInputElement).value = other), id);
    await contacts.field("Name").fill("Overwritten");
    await contacts.main.getByRole("button", { name: "Save contact" }).click();
    await expect(contacts.main.getByRole("alert").first()).toHaveText("We could not find that. It may have been removed, or you may not have access to it.");

    // The same with the delete form.
    await a.page.reload();
    await a.page.locator('form:has(button:text-is("Delete contact")) input[name="id"]').evaluate((input, other) => ((input as HTMLInputElement).value = other), id);
    a.page.once("dialog", (d) => void d.accept());
    await contacts.main.getByRole("button", { name: "Delete contact" }).click();
    await expect(contacts.main.getByRole("alert").first()).toHaveText("We could not find that. It may have been removed, or you may not have access to it.");

    // B's contact is untouched, and A's own is still there under its name.
    await b.page.goto(url(b.slug, `contacts/${id}`));
    await expect(b.page.getByRole("heading", { level: 1 })).toHaveText(secret);
    await expect(new ContactsPage(b.page, b.slug).field("Name")).toHaveValue(secret);
    await a.page.goto(url(a.slug, `contacts/${mine.id}`));
    await expect(a.page.getByRole("heading", { level: 1 })).toHaveText(mine.secret);
  });
});

test("another business's labels (one shipment's, a batch's merged PDF) are a 404", async ({ newUser }) => {
  test.setTimeout(120_000);
  const [a, b] = await Promise.all([newUser("alice", { business: `Alpha Widgets ${tag()}` }), newUser("bob", { business: `Bravo Parcels ${tag()}` })]);
  await readyToShip(b);
  const { shipmentId, batchId } = await paidShipment(b, `Secret Recipient ${tag()}`);
  const paths = [`shipments/${shipmentId}/label?format=PDF_4X6`, `shipments/${shipmentId}/label?format=PDF_LETTER`, `batches/${batchId}/labels?format=PDF_4X6`, `batches/${batchId}/labels?format=PDF_LETTER`];
  for (const p of paths) {
    const own = await b.page.request.get(url(b.slug, p));
    expect(own.status(), p).toBe(200);
    expect(own.headers()["content-type"]).toBe("application/pdf");
    for (const slug of [b.slug, a.slug]) {
      const response = await a.page.request.get(url(slug, p));
      expect(response.status(), `${slug === a.slug ? "<own>" : "<other>"}/${p}`).toBe(404);
      expect(await response.text()).not.toContain(b.business);
    }
  }
});
