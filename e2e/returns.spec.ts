import { expect, test } from "./support/fixtures";
import { linkIn, waitForEmail } from "./support/mailbox";
import { paidShipment, readyToShip } from "./support/shipping";

test("a shipper creates a return label from a shipment; the customer gets it by email and opens its page without signing in", async ({ newUser, browser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("returns");
  const { page } = owner;
  await readyToShip(owner);
  const { shipmentId } = await paidShipment(owner, "Return Customer");
  await page.goto(`/b/${owner.slug}/shipments/${shipmentId}`);
  const form = page.getByRole("form", { name: "Create a return label" });
  const customer = `customer-${owner.slug}@example.com`;
  await form.getByLabel("Reason").selectOption({ label: "Wrong size or fit" });
  await form.getByLabel("Customer's email").fill(customer);
  await form.getByLabel("Customer's language").selectOption("fr");
  await form.getByRole("button", { name: "Create the return label" }).click();
  await expect(form.getByText(/^Return R-[A-Z0-9]{6} created: the label was issued\.$/)).toBeVisible();
  const row = page.getByTestId("shipment-return");
  await expect(row).toContainText("Label issued");
  await expect(row).toContainText("Wrong size or fit");
  const label = await page.request.get((await row.getByRole("link").getAttribute("href"))!);
  expect(label.headers()["content-type"]).toBe("application/pdf");

  // The customer: an email in French with the label attached and a link to its page.
  const mail = await waitForEmail(customer, /étiquette de retour/i);
  expect(mail.attachments.map((a) => a.contentType)).toContain("application/pdf");
  const link = linkIn(mail, "/returns/");
  const visitor = await browser.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(/R-[A-Z0-9]{6}/);
  // A wrong secret shows nothing.
  const wrong = await visitor.request.get(link.replace(/[^/]+$/, "not-the-secret"));
  expect(wrong.status()).toBe(404);
  await visitor.close();
});
