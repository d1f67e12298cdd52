import { PDFDocument } from "pdf-lib";
import fs from "node:fs";
import { uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { QUEBEC_RECIPIENT, fillRecipient, importContacts, newBatch, readyToShip } from "./support/shipping";
import { joinBySigningUp, MembersPage } from "./support/pages";

test("a batch of 50 from the address book: rated, paid on account, one merged PDF; then one label voided", async ({ newUser }) => {
  test.setTimeout(180_000);
  const owner = await newUser("fifty");
  const { page } = owner;
  await readyToShip(owner);
  await importContacts(owner, 50);

  await newBatch(owner);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Batch \d+$/);
  await page.getByRole("link", { name: "Add from address book" }).click();
  await page.getByRole("checkbox", { name: "Select every contact shown" }).check();
  await page.getByRole("button", { name: "Add 50 recipients" }).click();
  await expect(page.getByRole("table", { name: "50 shipments" })).toBeVisible();

  // Every row needs a size: the template for all, then rate.
  await page.getByRole("button", { name: "Apply to all rows" }).click();
  await expect(page.getByText("Size and weight of the template given to 50 shipments.")).toBeVisible();
  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(page.getByText("50 shipments rated.")).toBeVisible();
  await expect(page.getByText("Ready", { exact: true })).toHaveCount(50);
  const total = (await page.getByTestId("batch-total").textContent())!;
  expect(total).toMatch(/^\$[\d,]+\.\d\d$/);

  await page.getByRole("button", { name: `Pay ${total} on account` }).click();
  await expect(page.getByText("Paid. Your labels are ready.")).toBeVisible({ timeout: 60_000 });
  await page.reload();
  await expect(page.getByText("Labels ready")).toBeVisible();
  await expect(page.getByText(`Paid ${total} (On account).`)).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download labels (4 × 6 in)" }).click();
  const file = await (await download).path();
  const pdf = await PDFDocument.load(fs.readFileSync(file));
  expect(pdf.getPageCount()).toBe(50);
  expect(pdf.getPage(0).getSize()).toEqual({ width: 288, height: 432 });

  // Void the first label: the row shows it, and the shipment page shows the credit.
  const first = page.getByTestId("row-1");
  const tracking = (await first.getByRole("link").first().textContent())!;
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Void the label of row 1", exact: true }).click();
  await expect(first.getByText("Voided")).toBeVisible();
  await expect(page.getByRole("button", { name: "Void the label of row 1", exact: true })).toHaveCount(0);
  await page.goto(`/b/${owner.slug}/shipments?q=${tracking}`);
  await expect(page.getByTestId(`shipment-${tracking}`)).toContainText("Voided");
  await page.getByRole("link", { name: tracking }).click();
  await expect(page.getByText(/^Credited \$[\d.]+ to the account on /)).toBeVisible();
});

test("a shipper pays for a batch; a viewer sees it but cannot pay", async ({ newUser, newBrowser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("teamship");
  await readyToShip(owner);
  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const shipperLink = await members.invite(uniqueEmail("shipper"), "Shipper");
  const viewerLink = await members.invite(uniqueEmail("viewer"), "Viewer");

  const shipper = await newBrowser();
  await joinBySigningUp(shipper, shipperLink, "Sam Shipper", owner.business);
  await shipper.goto(`/b/${owner.slug}/batches`);
  await shipper.getByRole("button", { name: "New batch" }).click();
  await expect(shipper).toHaveURL(/\/batches\/[a-z0-9]+$/);
  const batchUrl = shipper.url();
  await shipper.getByRole("button", { name: "Add a row" }).click();
  await expect(shipper.getByRole("table", { name: "1 shipment" })).toBeVisible();
  await shipper.getByRole("button", { name: "Edit row 1" }).click();
  const editor = shipper.getByRole("group", { name: "Shipment 1" });
  await fillRecipient(editor, QUEBEC_RECIPIENT);
  await editor.getByLabel("Length (cm)").fill("30");
  await editor.getByLabel("Width (cm)").fill("20");
  await editor.getByLabel("Height (cm)").fill("10");
  await editor.getByLabel("Weight (kg)").fill("2");
  await expect(editor.getByTestId("save-state")).toHaveText("Saved");
  // The draft survives a reload.
  await shipper.reload();
  await expect(shipper.getByRole("textbox", { name: "Name, row 1", exact: true })).toHaveValue("Zoé Gagnon");
  await shipper.getByRole("button", { name: "Rate all" }).click();
  await expect(shipper.getByText("1 shipment rated.")).toBeVisible();
  // The list loads the row's services when it opens (here: takes the focus).
  await shipper.getByRole("combobox", { name: "Service of row 1" }).focus();
  await shipper.getByRole("combobox", { name: "Service of row 1" }).selectOption("DOM.XP");
  // A service chosen with the keyboard is saved on Enter (or on leaving the list), never while browsing.
  await shipper.getByRole("combobox", { name: "Service of row 1" }).press("Enter");
  await expect(shipper.getByRole("combobox", { name: "Service of row 1" })).toHaveValue("DOM.XP");
  await expect(shipper.getByTestId("row-1").getByTestId("row-price")).toHaveText(/^\$\d+\.\d\d$/);

  const viewer = await newBrowser();
  await joinBySigningUp(viewer, viewerLink, "Val Viewer", owner.business);
  await viewer.goto(batchUrl);
  await expect(viewer.getByText("Your role does not allow paying for labels.")).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^Pay / })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Rate all" })).toHaveCount(0);
  // The business account is for owners and admins: the same 404 as for another business.
  expect((await viewer.goto(`/b/${owner.slug}/account`))?.status()).toBe(404);
  expect((await shipper.request.get(`/b/${owner.slug}/account/export`)).status()).toBe(403);

  const pay = shipper.getByRole("button", { name: /^Pay \$[\d.,]+ on account$/ });
  await pay.click();
  await expect(shipper.getByText("Paid. Your labels are ready.")).toBeVisible({ timeout: 30_000 });
  await viewer.goto(batchUrl);
  await expect(viewer.getByText("Labels ready")).toBeVisible();
});

test("Deliver to Post Office: an office near the recipient is chosen in the sheet and kept", async ({ newUser }) => {
  const owner = await newUser("d2po");
  const { page } = owner;
  await readyToShip(owner);
  await page.goto(`/b/${owner.slug}/batches`);
  await page.getByRole("button", { name: "New batch" }).click();
  await page.getByRole("button", { name: "Add a row" }).click();
  await page.getByRole("button", { name: "Edit row 1" }).click();
  const editor = page.getByRole("group", { name: "Shipment 1" });
  await fillRecipient(editor, QUEBEC_RECIPIENT);
  await editor.getByLabel("Deliver to Post Office").check();
  const offices = editor.getByLabel("Post office to deliver to");
  await expect(offices.locator("option").nth(1)).toHaveText(/ km\)$/);
  await expect(editor.getByText("Sample post offices from Envoi's offline reference carrier.")).toBeVisible();
  const first = (await offices.locator("option").nth(1).getAttribute("value"))!;
  await offices.selectOption(first);
  await expect(editor.getByTestId("save-state")).toHaveText("Saved");
  await page.reload();
  // A batch of one row opens it.
  await expect(page.getByRole("button", { name: "Edit row 1" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("group", { name: "Shipment 1" }).getByTestId("chosen-post-office")).toContainText("G1R");
  // Still missing before payment: the recipient's email and phone.
  await expect(page.getByRole("group", { name: "Shipment 1" }).getByText("Deliver to Post Office needs the recipient's email, to tell them the parcel is ready.")).toBeVisible();
});

test("a value the sheet cannot take is marked on its field only: the rest of the row is saved and survives a reload", async ({ newUser }) => {
  const { page, slug } = await newUser("limits");
  await page.goto(`/b/${slug}/batches`);
  await page.getByRole("button", { name: "New batch" }).click();
  await page.getByRole("button", { name: "Add a row" }).click();
  await page.getByRole("button", { name: "Edit row 1" }).click();
  const editor = page.getByRole("group", { name: "Shipment 1" });
  await fillRecipient(editor, QUEBEC_RECIPIENT);
  // A name longer than Canada Post's 44 characters stops there as it is pasted.
  const name = editor.getByLabel("Name");
  await expect(name).toHaveAttribute("maxlength", "44");
  await name.fill("N".repeat(189));
  await expect(name).toHaveValue("N".repeat(44));
  // A weight that is not a decimal number is refused next to its field, and only there.
  const weight = editor.getByLabel("Weight (kg)");
  await expect(weight).toHaveAttribute("inputmode", "decimal");
  await weight.fill("1e9");
  await expect(weight).toHaveAccessibleDescription("Enter a number, like 12.5.");
  await expect(editor.getByTestId("save-state")).toHaveText("Some fields need your attention.");
  await expect(editor.getByLabel("City")).not.toHaveAttribute("aria-invalid");

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Name, row 1", exact: true })).toHaveValue("N".repeat(44));
  await expect(page.getByRole("textbox", { name: "Postal code, row 1", exact: true })).toHaveValue("G1R 4P5");
  const again = page.getByRole("group", { name: "Shipment 1" });
  await expect(again.getByLabel("Address line 1")).toHaveValue("12 rue Principale");
  await expect(again.getByLabel("Weight (kg)")).toHaveValue("");
  await again.getByLabel("Weight (kg)").fill("0.0001");
  await expect(again.getByLabel("Weight (kg)")).toHaveAccessibleDescription("Weight: at least 0.001 kg");
  await again.getByLabel("Weight (kg)").fill("2.5");
  await expect(again.getByTestId("save-state")).toHaveText("Saved");
});
