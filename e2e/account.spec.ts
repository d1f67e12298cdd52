import { PDFDocument } from "pdf-lib";
import { expect, tag, test } from "./support/fixtures";
import { issueInvoices } from "./support/operator";
import { followMenu } from "./support/pages";
import { paidShipment, readyToShip } from "./support/shipping";

const thisMonth = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit" }).format(new Date()).slice(0, 7);

test("the business account: a charge in the transactions, the month's invoice viewed as PDF and paid by card", async ({ newUser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("billing");
  const { page } = owner;
  await readyToShip(owner);
  await paidShipment(owner, `Billed Customer ${tag()}`);

  await followMenu(page, "Settings", "Business account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Business account");
  const row = page.getByTestId("transaction").first();
  await expect(row).toContainText("Charge");
  await expect(row).toContainText(/Batch \d+ \(1 label\)/);
  const amount = (await row.locator("td").last().textContent())!;
  await expect(page.getByTestId("balance")).toHaveText(amount);
  // The export has it too.
  const csv = await page.request.get(`/b/${owner.slug}/account/export`);
  expect(await csv.text()).toContain("CHARGE");

  issueInvoices(thisMonth());
  await page.reload();
  const invoice = page.getByTestId("invoice-1");
  await expect(invoice).toContainText(amount);
  await expect(invoice).toContainText("Unpaid");
  const pdf = await page.request.get(await invoice.getByRole("link", { name: "View / print" }).getAttribute("href").then((h) => h!));
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await PDFDocument.load(await pdf.body())).getPage(0).getSize()).toEqual({ width: 612, height: 792 });

  await invoice.getByRole("button", { name: "Pay invoice 1 by card" }).click();
  await expect(page.getByRole("heading", { name: "Test payment page" })).toBeVisible();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByText("Invoice paid by card. Thank you.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("invoice-1")).toContainText("Paid");
  await expect(page.getByTestId("balance")).toHaveText("$0.00");
  await expect(page.getByTestId("transaction").first()).toContainText("Payment of invoice 1");
});
