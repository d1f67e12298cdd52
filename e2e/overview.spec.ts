import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { paidShipment, readyToShip } from "./support/shipping";

test("the overview is the shipper's home: what to do now, the last shipments, spend and volume, labels one click away, in both languages", async ({ newUser }) => {
  test.setTimeout(180_000);
  const owner = await newUser("overview");
  const { page } = owner;
  await page.goto(`/b/${owner.slug}`);

  // A new business: the set-up steps, nothing to do yet, nothing shipped.
  await expect(page.getByRole("heading", { name: "Ready to ship" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What to do now" })).toBeVisible();
  await expect(page.getByTestId("todo-drafts")).toContainText("No batch in progress.");
  await expect(page.getByTestId("todo-pickups")).toContainText("No pickup booked for today.");
  await expect(page.getByTestId("todo-problems")).toContainText("No parcel needs your attention.");
  await expect(page.getByText("No labels yet: your shipments will be listed here once you buy labels.")).toBeVisible();
  await expect(page.getByText("No labels bought in the last 10 weeks: these charts fill in as you ship.")).toBeVisible();

  // "Create labels" opens a new batch at once; back home, it waits to be finished.
  await page.getByRole("button", { name: "Create labels" }).click();
  await expect(page).toHaveURL(/\/batches\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Batch 1");
  await page.goto(`/b/${owner.slug}`);
  const drafts = page.getByTestId("todo-drafts");
  await expect(drafts.getByRole("link", { name: "Batch 1" })).toBeVisible();
  await expect(drafts).toContainText("no rows yet");

  // One parcel shipped: its labels to print, the parcel in the last shipments, the week's spend and volume.
  await readyToShip(owner);
  const { trackingNumber, batchId } = await paidShipment(owner, "Overview Customer");
  await page.goto(`/b/${owner.slug}`);
  const print = page.getByTestId("todo-print");
  await expect(print).toContainText("1 label, issued");
  await print.getByRole("link", { name: "Batch 2" }).click();
  await expect(page).toHaveURL(new RegExp(`/batches/${batchId}$`));
  await page.goto(`/b/${owner.slug}`);
  const row = page.getByTestId(`recent-${trackingNumber}`);
  await expect(row).toContainText("Overview Customer");
  await expect(row.getByRole("link", { name: trackingNumber })).toBeVisible();
  const spend = page.getByTestId("spend-chart").getByRole("img");
  await expect(spend).toHaveAttribute("aria-label", /^Spend per week over the last 10 weeks: \$\d+\.\d\d in all; the most, \$\d+\.\d\d, in the week of [A-Z][a-z]+ \d+\.$/);
  const volume = page.getByTestId("volume-chart");
  await expect(volume.getByRole("img")).toHaveAttribute("aria-label", /^Parcels per week over the last 10 weeks: 1 parcel in all\. [A-Za-z ]+: 1 parcel\.$/);
  // The figures are also a table for screen readers.
  await expect(volume.getByRole("table")).toContainText("Week of");

  // The page's own content passes axe (WCAG 2.1 AA), charts included.
  const axe = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // In French: French headings, French money.
  await owner.context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: page.url() }]);
  await page.goto(`/b/${owner.slug}`);
  await expect(page.getByRole("heading", { name: "À faire maintenant" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Étiquettes à imprimer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Derniers envois" })).toBeVisible();
  await expect(page.getByTestId("todo-drafts").getByRole("link", { name: "Lot 1" })).toBeVisible();
  await expect(page.getByTestId("spend-chart").getByRole("img")).toHaveAttribute("aria-label", /^Dépenses par semaine ces 10 dernières semaines : \d+,\d\d\s\$ au total/);
  await expect(page.getByRole("button", { name: "Créer des étiquettes" })).toBeVisible();
});
