import { PDFDocument } from "pdf-lib";
import { expect, test } from "./support/fixtures";
import { trackAsOf } from "./support/operator";
import { readyToShip } from "./support/shipping";

test("a shipper makes an open return template, prints 2 labels as one PDF, sees them used and charged, and retires it", async ({ newUser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("openreturns");
  const { page } = owner;
  await readyToShip(owner);

  // Reached from Settings, beside the return settings.
  await page.goto(`/b/${owner.slug}/settings`);
  await page.getByRole("link", { name: "Open return labels" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open return labels");
  await expect(page.getByText("No open return template yet.")).toBeVisible();

  const form = page.getByRole("form", { name: "New open return template" });
  await expect(form.getByLabel("Comes back to")).toHaveValue(/.+/);
  await form.getByLabel("Service").selectOption({ label: "Expedited Parcel" });
  await form.getByLabel("Length (cm)").fill("30");
  await form.getByLabel("Width (cm)").fill("20");
  await form.getByLabel("Height (cm)").fill("10");
  await form.getByLabel("Weight (kg)").fill("1");
  // A wrong count is named next to its field, and nothing typed is lost.
  await form.getByLabel("Labels at most").fill("0");
  await form.getByRole("button", { name: "Price per use" }).click();
  await expect(form.getByText("Labels at most: at least 1")).toBeVisible();
  await expect(form.getByLabel("Length (cm)")).toHaveValue("30");
  await form.getByLabel("Labels at most").fill("5");
  await form.getByRole("button", { name: "Price per use" }).click();
  const quoted = form.getByText(/^Each label used will cost \$\d+\.\d\d\.$/);
  await expect(quoted).toBeVisible();
  const price = (await quoted.textContent())!.match(/\$\d+\.\d\d/)![0];
  await form.getByRole("button", { name: "Create the template" }).click();
  await expect(form.getByText(`Template created: up to 5 labels at ${price} per label used.`)).toBeVisible();

  const row = page.getByTestId("open-return-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Warehouse, Montréal");
  await expect(row).toContainText("Expedited Parcel");
  await expect(row).toContainText(price);
  await expect(row).toContainText("Active");
  await expect(row.getByTestId("labels-issued")).toHaveText("0");
  await row.getByRole("link").first().click();

  // Print 2 labels on letter paper: one PDF of 2 pages.
  const print = page.getByRole("form", { name: "Print labels" });
  await print.getByLabel("Number of labels").fill("2");
  await print.getByLabel("Print size").selectOption("letter");
  await print.getByRole("button", { name: "Print labels" }).click();
  await expect(page.getByTestId("printed")).toHaveText("2 labels issued.");
  const href = (await page.getByRole("link", { name: "Download the PDF" }).getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = await PDFDocument.load(await response.body());
  expect(pdf.getPageCount()).toBe(2);
  expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  const labels = page.getByTestId("open-return-label");
  await expect(labels).toHaveCount(2);
  await expect(labels.first()).toContainText(/\d{16}/);

  // Weeks later on the reference carrier's clock, the customers mailed them back: used and charged.
  trackAsOf(owner.slug, new Date(Date.now() + 20 * 86_400_000));
  await page.reload();
  await expect(labels.first()).toContainText(price);
  await expect(labels.last()).toContainText(price);
  await page.goto(`/b/${owner.slug}/returns/open`);
  await expect(row.getByTestId("labels-issued")).toHaveText("2");
  await expect(row.getByTestId("uses")).toHaveText("2");
  await row.getByRole("link").first().click();

  // Retired: no more printing.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Retire" }).click();
  await expect(page.getByRole("form", { name: "Print labels" })).toHaveCount(0);
  await expect(page.getByText(/^Retired on .+: it issues no more labels\./)).toBeVisible();
  await page.goto(`/b/${owner.slug}/returns/open`);
  await expect(row).toContainText("Retired");
});
