import { PDFDocument } from "pdf-lib";
import { pageText } from "../lib/labels/pdf-test-tools";
import { expect, test } from "./support/fixtures";
import { DefaultsPage } from "./support/pages";
import { ratedOneRowBatch, readyToShip } from "./support/shipping";

async function pdfAt(page: import("@playwright/test").Page, href: string) {
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  const bytes = new Uint8Array(await response.body());
  const doc = await PDFDocument.load(bytes);
  return { bytes, sizes: doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]) };
}

test("a shipper lists a parcel's items, turns packing slips on, and prints them with the labels in 4 x 6 and letter, and on their own", async ({ newUser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("slips");
  const { page } = owner;
  await readyToShip(owner);

  const defaults = new DefaultsPage(page, owner.slug);
  await defaults.goto();
  await defaults.businessForm.getByLabel("Print a packing slip after each label").check();
  await defaults.businessForm.getByLabel("Note on every packing slip (optional)").fill("Thank you for your order!");
  await defaults.businessForm.getByRole("button", { name: "Save business defaults" }).click();
  await expect(defaults.businessForm.getByText("Defaults saved.")).toBeVisible();

  const batchId = await ratedOneRowBatch(owner, "Ana Silva", async (editor) => {
    await editor.getByLabel("Reference 1").fill("ORD-1042");
    await editor.getByRole("button", { name: "Add an item" }).click();
    const item = editor.getByRole("group", { name: "Item 1" });
    await item.getByLabel("Item", { exact: true }).fill("Wool mittens, grey");
    await item.getByLabel("SKU (optional)").fill("MIT-GR-M");
    await item.getByLabel("Quantity").fill("2");
  });
  await page.getByRole("button", { name: /^Pay \$[\d.,]+ on account$/ }).click();
  await expect(page.getByText("Labels ready")).toBeVisible({ timeout: 30_000 });

  // With the labels: the slip right after its label, in the label's size.
  const thermal = await pdfAt(page, `/b/${owner.slug}/batches/${batchId}/labels?format=PDF_4X6`);
  expect(thermal.sizes).toEqual([[288, 432], [288, 432]]);
  const slip = pageText(thermal.bytes, 2);
  for (const text of ["Packing slip", "ORD-1042", "Wool mittens, grey", "MIT-GR-M", "Total items: 2", "Thank you for your order!"]) expect(slip).toContain(text);
  const letter = await pdfAt(page, `/b/${owner.slug}/batches/${batchId}/labels?format=PDF_LETTER`);
  expect(letter.sizes).toEqual([[612, 792], [612, 792]]);
  expect(pageText(letter.bytes, 2)).toContain("Wool mittens, grey");

  // On their own, from the batch page.
  const alone = await pdfAt(page, (await page.getByRole("link", { name: "Packing slips (8.5 × 11 in)" }).getAttribute("href"))!);
  expect(alone.sizes).toEqual([[612, 792]]);
  expect(pageText(alone.bytes, 1)).toContain("ORD-1042");
});
