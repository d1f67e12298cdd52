import type { Locator } from "@playwright/test";
import { expect, type User } from "./fixtures";
import { setCreditLimit } from "./operator";
import { LocationsPage, ProfilePage, TemplatesPage } from "./pages";

/** A business that can pay on account: a location, a box template, an account number, a credit limit. */
export async function readyToShip(owner: User) {
  const locations = new LocationsPage(owner.page, owner.slug);
  await locations.goto();
  await locations.add({ "Name of the location": "Warehouse", "Contact name": "Léa Roy", Phone: "514 555 0199", "Address line 1": "5000 rue Iberville", "Postal code": "H2H 2S6", City: "Montréal", "Province or territory": "Quebec" });
  await expect(locations.location("Warehouse")).toBeVisible();
  const templates = new TemplatesPage(owner.page, owner.slug);
  await templates.goto();
  await templates.add({ Name: "Small box", Packaging: "Box", length: "30", width: "20", height: "10", weight: "1.2" });
  await expect(templates.template("Small box")).toBeVisible();
  const profile = new ProfilePage(owner.page, owner.slug);
  await profile.goto();
  await profile.field("Account number").fill("0001234567");
  await profile.saveButton.click();
  await expect(owner.page.getByText("The business profile is saved.")).toBeVisible();
  setCreditLimit(owner.slug, 5000);
}


export interface Recipient {
  name: string;
  line1: string;
  city: string;
  province: string;
  postalCode: string;
}

/** Zoé Gagnon in Québec, the recipient of most sheet tests. */
export const QUEBEC_RECIPIENT: Recipient = { name: "Zoé Gagnon", line1: "12 rue Principale", city: "Québec", province: "QC", postalCode: "G1R 4P5" };

/** Types a recipient's address into a row editor of the batch sheet. */
export async function fillRecipient(editor: Locator, r: Recipient) {
  await editor.getByLabel("Name").fill(r.name);
  await editor.getByLabel("Address line 1").fill(r.line1);
  await editor.getByLabel("City").fill(r.city);
  await editor.getByLabel("Province or territory").selectOption(r.province);
  await editor.getByLabel("Postal code").fill(r.postalCode);
}

/**
 * A draft batch of `owner` (ready to ship) with one rated row to `name` in Ottawa; `more` types
 * into the row's editor before it is rated. Returns its id.
 */
export async function ratedOneRowBatch(owner: User, name: string, more?: (editor: Locator) => Promise<void>): Promise<string> {
  const { page } = owner;
  await page.goto(`/b/${owner.slug}/batches`);
  await page.getByRole("button", { name: "New batch" }).click();
  await expect(page).toHaveURL(/\/batches\/[a-z0-9]+$/);
  const batchId = page.url().split("/").pop()!;
  await page.getByRole("button", { name: "Add a row" }).click();
  await page.getByRole("button", { name: "Edit row 1" }).click();
  const editor = page.getByRole("group", { name: "Shipment 1" });
  await fillRecipient(editor, { name, line1: "77 Hidden Lane", city: "Ottawa", province: "ON", postalCode: "K1A 0B1" });
  await more?.(editor);
  await expect(editor.getByTestId("save-state")).toHaveText("Saved");
  await page.getByRole("button", { name: "Apply to all rows" }).click();
  await expect(page.getByText("Size and weight of the template given to 1 shipment.")).toBeVisible();
  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(page.getByText("1 shipment rated.")).toBeVisible();
  return batchId;
}

/** One paid shipment of `owner` (ready to ship): a batch with one row to `name`, rated and paid on account. */
export async function paidShipment(owner: User, name: string): Promise<{ shipmentId: string; batchId: string; trackingNumber: string }> {
  const { page } = owner;
  const batchId = await ratedOneRowBatch(owner, name);
  await page.getByRole("button", { name: /^Pay \$[\d.,]+ on account$/ }).click();
  await expect(page.getByText("Labels ready")).toBeVisible({ timeout: 30_000 });
  const link = page.getByTestId("row-1").getByRole("link").first();
  const trackingNumber = (await link.textContent())!;
  const shipmentId = (await link.getAttribute("href"))!.split("/").pop()!;
  return { shipmentId, batchId, trackingNumber };
}

/** Imports `count` contacts in Toronto through the address book import. */
export async function importContacts(owner: User, count: number) {
  const rows = Array.from({ length: count }, (_, i) => `Customer ${String(i + 1).padStart(2, "0")},,${i + 1} Front St W,,Toronto,ON,M5V 2T6,CA,416 555 0100,,,,`);
  const csv = ["name,company,line1,line2,city,province,postal_code,country,phone,email,notes,tags,tax_id", ...rows].join("\n");
  await owner.page.goto(`/b/${owner.slug}/contacts/import`);
  await owner.page.getByLabel("CSV, TXT or XML file").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await owner.page.getByRole("button", { name: `Import ${count} contacts` }).click();
  await expect(owner.page.getByTestId("import-result")).toHaveText(`Imported ${count} contacts.`);
}

/** A new empty batch; returns its URL. */
export async function newBatch(owner: User): Promise<string> {
  await owner.page.goto(`/b/${owner.slug}/batches`);
  await owner.page.getByRole("button", { name: "New batch" }).click();
  await expect(owner.page).toHaveURL(/\/batches\/[a-z0-9]+$/);
  return owner.page.url();
}
