import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, tag, test } from "./support/fixtures";
import { waitForEmail } from "./support/mailbox";
import { trackAsOf } from "./support/operator";
import { followMenu } from "./support/pages";
import { QUEBEC_RECIPIENT, fillRecipient, readyToShip } from "./support/shipping";

test("Deliver to Post Office end to end: the office found near the recipient, the label, tracking and the ready-for-pickup email", async ({ newUser }) => {
  test.setTimeout(180_000);
  const owner = await newUser("d2poflow");
  const { page } = owner;
  await readyToShip(owner);

  // Find the office first: the nearest one to the recipient that holds parcels.
  await followMenu(page, "Track", "Post offices");
  await page.getByLabel("Postal code, address or city").fill("G1R 4P5");
  await page.getByLabel("Only offices that hold Deliver to Post Office parcels").check();
  await page.getByRole("button", { name: "Search" }).click();
  const nearest = page.getByTestId("post-office").first();
  await expect(nearest).toContainText("Deliver to Post Office");
  const officeName = (await nearest.getByRole("heading", { level: 3 }).textContent())!.trim();

  // The shipment: Xpresspost to that office, with the recipient's name, email and phone.
  const recipientEmail = `zoe-${tag()}@example.com`;
  await page.goto(`/b/${owner.slug}/batches`);
  await page.getByRole("button", { name: "New batch" }).click();
  await page.getByRole("button", { name: "Add a row" }).click();
  await page.getByRole("button", { name: "Edit row 1" }).click();
  const editor = page.getByRole("group", { name: "Shipment 1" });
  await fillRecipient(editor, QUEBEC_RECIPIENT);
  await editor.getByLabel("Email", { exact: true }).fill(recipientEmail);
  await editor.getByLabel("Phone", { exact: true }).fill("418 555 0142");
  await editor.getByLabel("Deliver to Post Office").check();
  const offices = editor.getByLabel("Post office to deliver to");
  await expect(offices.locator("option").nth(1)).toContainText(officeName);
  await offices.selectOption({ index: 1 });
  await expect(editor.getByTestId("save-state")).toHaveText("Saved");
  await page.getByRole("button", { name: "Apply to all rows" }).click();
  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(page.getByText("1 shipment rated.")).toBeVisible();
  // Only Xpresspost and Expedited Parcel deliver to a post office.
  const service = page.getByRole("combobox", { name: "Service of row 1" });
  await service.focus();
  await expect(service.locator("option")).toHaveCount(2);
  await expect(service.locator("option", { hasText: "Priority" })).toHaveCount(0);
  await service.selectOption("DOM.XP");
  await service.press("Enter");
  await page.getByRole("button", { name: /^Pay \$[\d.,]+ on account$/ }).click();
  await expect(page.getByText("Labels ready")).toBeVisible({ timeout: 30_000 });
  const link = page.getByTestId("row-1").getByRole("link").first();
  const trackingNumber = (await link.textContent())!;
  await link.click();

  // The label: only what the office needs: the recipient's name, the office's address, held for pickup.
  const response = await page.request.get(`${page.url()}/label?format=PDF_4X6`);
  const file = path.resolve(".data/e2e", `d2po-${trackingNumber}.pdf`);
  fs.writeFileSync(file, await response.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  for (const expected of ["Deliver to Post Office / Livrer au bureau de poste", officeName, "Zoé Gagnon", "Held for pickup / Retenu pour ramassage"]) expect(text).toContain(expected);
  for (const personal of [QUEBEC_RECIPIENT.line1, "418 555 0142", recipientEmail]) expect(text).not.toContain(personal);
  // Sent from the business, its contact below; one piece, the business's customer number, postage paid.
  expect(text).toContain(owner.business);
  expect(text.indexOf(owner.business)).toBeLessThan(text.indexOf("Léa Roy"));
  for (const expected of ["Piece / Colis: 1/1", "Customer no. / No de client: 0001234567", "POSTAGE PAID"]) expect(text).toContain(expected);

  // On the reference carrier's clock a few days later, the parcel waits at the office.
  trackAsOf(owner.slug, new Date(Date.now() + 6 * 86_400_000));
  const mail = await waitForEmail(recipientEmail, /ready for pickup at/, 30_000);
  expect(mail.subject).toContain(officeName);
  expect(mail.text).toContain("government-issued photo ID");
  expect(mail.text).toMatch(/Opening hours/);
  expect(mail.text).toContain("15 days");
  expect(mail.text).toContain(`/track/${trackingNumber}`);
  await page.reload();
  await expect(page.getByTestId("tracking-event").filter({ hasText: "Item available for pickup at Post Office" })).toBeVisible();
});
