import { expect, test } from "./support/fixtures";
import { waitForEmail } from "./support/mailbox";
import { paidShipment, readyToShip } from "./support/shipping";

test("a pickup booked after paying a batch, its rules checked field by field, then changed and cancelled", async ({ newUser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("pickup");
  const { page } = owner;
  await readyToShip(owner);
  const { batchId } = await paidShipment(owner, "Pickup Customer");
  await page.goto(`/b/${owner.slug}/batches/${batchId}`);
  await page.getByRole("link", { name: "Book a pickup for these parcels" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Book a pickup");
  const form = page.getByRole("form", { name: "Book a pickup" });
  // The batch's parcel is counted; the location's contact is filled in.
  await expect(form.getByLabel("Number of parcels")).toHaveValue("1");
  await expect(form.getByLabel("Contact name")).toHaveValue("Léa Roy");
  await expect(form.getByLabel("Contact phone")).toHaveValue("514 555 0199");
  // The location has no email: the confirmation goes to the signed-in user unless changed.
  await expect(form.getByLabel("Contact email")).toHaveValue(owner.email);
  await expect(page.getByTestId("pickup-fee")).toHaveText(/^Fee: \$6\.89 with taxes/); // $5.99 + GST + QST (Montréal)

  // Broken rules, each with its own message.
  await form.getByLabel("Ready at").fill("11:00");
  await form.getByLabel("Closing time").fill("11:30");
  // The instructions stop at Canada Post's 132 characters as they are typed.
  await form.getByLabel("Instructions for the driver").fill("x".repeat(140));
  await expect(form.getByLabel("Instructions for the driver")).toHaveValue("x".repeat(132));
  await form.getByLabel("Contact email").fill("");
  await form.getByRole("button", { name: "Book the pickup" }).click();
  await expect(form.getByText("Parcels must be ready between 12:00 p.m. and 4:00 p.m.")).toBeVisible();
  await expect(form.getByText(/The closing time must be at least an hour after the ready time/)).toBeVisible();
  await expect(form.getByText("Enter an email address for the pickup confirmation.")).toBeVisible();

  // A valid request on the last bookable day.
  const last = (await form.getByLabel("Date").getAttribute("max"))!;
  await form.getByLabel("Date").fill(last);
  await form.getByLabel("Ready at").fill("13:00");
  await form.getByLabel("Closing time").fill("17:00");
  await form.getByLabel("Where the parcels are").selectOption("LOADING_DOCK");
  await form.getByLabel("Instructions for the driver").fill("Door 3, ring twice");
  await form.getByLabel("Contact email").fill("dock@example.com");
  await form.getByRole("button", { name: "Book the pickup" }).click();
  await expect(page.getByText(/^Pickup booked: confirmation number P\d{9}\./)).toBeVisible({ timeout: 20_000 });
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!;
  expect(number).toMatch(/^P\d{9}$/);
  await expect(page.getByTestId("pickup-total")).toHaveText("$6.89, billed to the business account");
  const mail = await waitForEmail("dock@example.com", new RegExp(`^Pickup ${number} booked for`), 30_000);
  expect(mail.text).toContain("Door 3, ring twice");

  // Changed: five parcels are free, the fee is credited.
  const change = page.getByRole("form", { name: "Change the pickup" });
  await change.getByLabel("Number of parcels").fill("5");
  await expect(change.getByTestId("pickup-fee")).toHaveText("No fee for this pickup.");
  await change.getByLabel("Total weight (kg)").fill("9");
  await change.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByText("Pickup changed. A confirmation was emailed.")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId("pickup-total")).toHaveText("No fee");
  await waitForEmail("dock@example.com", new RegExp(`^Pickup ${number} changed`), 30_000);

  // Cancelled.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Cancel the pickup" }).click();
  await expect(page.getByText(`Pickup ${number} cancelled. A confirmation was emailed; no driver will come.`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Cancel the pickup" })).toHaveCount(0);
  await page.goto(`/b/${owner.slug}/pickups`);
  await expect(page.getByTestId("pickup-row").filter({ hasText: number })).toContainText("Cancelled");
  await waitForEmail("dock@example.com", new RegExp(`^Pickup ${number} cancelled$`), 30_000);
  // The account shows the fee and its refund.
  await page.goto(`/b/${owner.slug}/account`);
  await expect(page.getByTestId("transaction").filter({ hasText: `Pickup ${number} fee refunded` })).toBeVisible();

  // The activity log tells each step as a sentence naming its object, linked to its page.
  await page.goto(`/b/${owner.slug}/audit`);
  const entries = page.getByTestId("audit-entry");
  await expect(entries.filter({ hasText: `${owner.name} cancelled pickup ${number}` })).toBeVisible();
  await expect(entries.filter({ hasText: /bought 1 label in batch \d+: \$[\d.]+ on account/ })).toBeVisible();
  await expect(page.getByText(/\b(batch|pickup|shipment)\.[a-z]/)).toHaveCount(0);
  await entries.filter({ hasText: `booked pickup ${number}` }).getByRole("link", { name: `pickup ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(number);
});
