import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { paidShipment, ratedOneRowBatch, readyToShip } from "./support/shipping";

/**
 * Checks the page as shown against WCAG 2.1 A and AA with axe; each finding reads
 * "rule: selector (help)", and every page is reported, not only the first one with findings.
 */
async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${v.help})`));
  expect.soft(found, what).toEqual([]);
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page, path);
}

test("the pages seen signed out pass axe (WCAG 2.1 AA), and none asks for a file that is not there (the favicon)", async ({ page }) => {
  test.setTimeout(120_000);
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  for (const path of ["/", "/signin", "/signup", "/track"]) await visit(page, path);
  const icon = await page.locator('link[rel="icon"]').getAttribute("href");
  expect((await page.request.get(icon!)).headers()["content-type"]).toContain("image/svg+xml");
  expect(missing).toEqual([]);
});

test("every page of a new business passes axe (WCAG 2.1 AA), with a menu group open and in the phone drawer", async ({ newUser }) => {
  test.setTimeout(420_000);
  const owner = await newUser("axe");
  const { page } = owner;
  const base = `/b/${owner.slug}`;
  for (const path of ["", "/batches", "/rates", "/templates", "/defaults", "/shipments", "/pickups", "/pickups/new", "/post-offices", "/contacts", "/contacts/new", "/locations", "/settings", "/members", "/settings/carriers", "/account", "/audit"]) {
    await visit(page, `${base}${path}`);
  }
  await visit(page, "/account");
  // The business's public returns page, as its customers see it (signed out: same page).
  await visit(page, `/returns/${owner.slug}`);

  await page.goto(base);
  await page.getByRole("navigation", { name: "Business sections" }).getByRole("button", { name: "Settings" }).click();
  await expectNoViolations(page, "Settings group open");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("navigation", { name: "Business sections" })).toBeVisible();
  await expectNoViolations(page, "phone drawer open");
});

test("a batch being prepared, a paid batch, its shipment and its public tracking page pass axe (WCAG 2.1 AA)", async ({ newUser, newBrowser }) => {
  test.setTimeout(360_000);
  const owner = await newUser("axeship");
  const { page } = owner;
  await readyToShip(owner);
  const draft = await ratedOneRowBatch(owner, "Draft Recipient");
  // A row with nothing in it yet: its empty cells and "Complete the row" hints are checked too.
  await page.getByRole("button", { name: "Add a row" }).click();
  await expect(page.getByTestId("row-2")).toBeVisible();
  const paid = await paidShipment(owner, "Paid Recipient");
  const base = `/b/${owner.slug}`;
  for (const path of ["", `/batches/${draft}`, `/batches/${paid.batchId}`, "/shipments", `/shipments/${paid.shipmentId}`, "/audit"]) {
    await visit(page, `${base}${path}`);
  }
  await visit(await newBrowser(), `/track/${paid.trackingNumber}`);
});
