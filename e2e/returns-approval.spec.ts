import { uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { linkIn, waitForEmail } from "./support/mailbox";
import { DefaultsPage, sectionsMenu } from "./support/pages";
import { customerRequestsReturn } from "./support/returns";
import { paidShipment, readyToShip } from "./support/shipping";

test("returns needing approval: the business is told, sees the waiting badge, approves one (the customer gets the label) and refuses another with a reason (the customer is told why, in French)", async ({ newUser }) => {
  test.setTimeout(180_000);
  const owner = await newUser("approver");
  const { page } = owner;
  await readyToShip(owner);

  // Returns need approval; the business's notification address hears of requests.
  await page.goto(`/b/${owner.slug}/settings`);
  await page.getByLabel("Approve each return before the customer gets a label").check();
  await page.getByRole("button", { name: "Save return settings" }).click();
  await expect(page.getByText("The return settings are saved.")).toBeVisible();
  const ops = uniqueEmail("ops");
  const defaults = new DefaultsPage(page, owner.slug);
  await defaults.goto();
  await defaults.businessForm.getByLabel("Notification emails").fill(ops);
  await defaults.businessForm.getByRole("button", { name: "Save business defaults" }).click();
  await expect(page.getByText("Defaults saved.")).toBeVisible();

  const { trackingNumber } = await paidShipment(owner, "Return Customer");
  const sam = uniqueEmail("sam");
  const lea = uniqueEmail("lea");
  const samNumber = customerRequestsReturn(trackingNumber, sam, "en", "wrongSize");
  const leaNumber = customerRequestsReturn(trackingNumber, lea, "fr", "noLongerNeeded");
  expect(samNumber).toMatch(/^R-[A-Z0-9]{6}$/);

  // The customer hears the request was received; the business that it waits, with a link to the list.
  const received = await waitForEmail(sam, /was received$/);
  expect(received.subject).toBe(`Your return request ${samNumber} to ${owner.business} was received`);
  const notice = await waitForEmail(ops, new RegExp(`${leaNumber} is waiting for your approval`));
  const link = linkIn(notice, `/b/${owner.slug}/returns`);

  // Returns is under Track in the menu; the badge counts the two waiting requests.
  await page.goto(`/b/${owner.slug}`);
  await sectionsMenu(page).getByRole("button", { name: "Track" }).click();
  await sectionsMenu(page).getByRole("link", { name: "Returns" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Returns");
  await expect(page.getByTestId("waiting-badge")).toHaveText("2 requests waiting for approval");

  // The email's link opens the list of requests waiting for approval.
  await page.goto(link);
  await expect(page.getByLabel("Status")).toHaveValue("waiting");
  const samRow = page.getByTestId(`return-${samNumber}`);
  const leaRow = page.getByTestId(`return-${leaNumber}`);
  await expect(samRow).toContainText("Wrong size or fit");
  await expect(samRow).toContainText(sam);
  await expect(samRow).toContainText("Customer's returns page");
  await expect(samRow).toContainText("Waiting for approval");

  // Approve Sam's: the row leaves the waiting list, the badge counts one, Sam gets the label.
  await samRow.getByRole("button", { name: `Approve return ${samNumber} and send its label` }).click();
  await expect(samRow).toBeHidden();
  await expect(page.getByTestId("waiting-badge")).toHaveText("1 request waiting for approval");
  const label = await waitForEmail(sam, /Your return label/);
  expect(label.subject).toContain(samNumber);
  expect(label.attachments.map((a) => a.contentType)).toContain("application/pdf");

  // Refuse Léa's with a reason.
  await leaRow.getByText("Refuse…").click();
  const refuse = leaRow.getByRole("form", { name: `Refuse return ${leaNumber}` });
  await refuse.getByLabel("Reason given to the customer (optional)").fill("Les articles soldés ne sont pas repris.");
  await refuse.getByRole("button", { name: "Refuse the return" }).click();
  await expect(leaRow).toBeHidden();
  await expect(page.getByTestId("waiting-badge")).toHaveText("No request waiting for approval");
  const refused = await waitForEmail(lea, /a été refusée$/);
  expect(refused.text).toContain("Sa raison : Les articles soldés ne sont pas repris.");

  // Every return, with its status.
  await page.getByLabel("Status").selectOption("");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(samRow).toContainText("Label issued");
  await expect(samRow.getByRole("link", { name: /^\d{16}$/ })).toBeVisible();
  await expect(leaRow).toContainText("Refused");
  await expect(leaRow).toContainText("Les articles soldés ne sont pas repris.");
  // Search by the customer's email.
  await page.getByLabel("Search", { exact: true }).fill(lea);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(leaRow).toBeVisible();
  await expect(samRow).toBeHidden();
});
