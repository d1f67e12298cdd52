import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { uniqueEmail } from "./support/accounts";
import { expect, tag, test } from "./support/fixtures";
import { waitForEmail } from "./support/mailbox";
import { trackAsOf } from "./support/operator";
import { ratedOneRowBatch, readyToShip } from "./support/shipping";

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect.soft(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${v.help})`)), what).toEqual([]);
}

test("a customer returns an item on the shop's returns page without signing in; the carrier's first scan charges the business", async ({ newUser, newBrowser }) => {
  test.setTimeout(300_000);
  const owner = await newUser("returnspage");
  const { page } = owner;
  await readyToShip(owner);
  const customer = uniqueEmail("shopper");
  const order = `ORD-${tag()}`;
  const batchId = await ratedOneRowBatch(owner, "Ana Silva", async (editor) => {
    await editor.getByLabel("Reference 1").fill(order);
    await editor.getByLabel("Email", { exact: true }).fill(customer);
    await editor.getByRole("button", { name: "Add an item" }).click();
    const item = editor.getByRole("group", { name: "Item 1" });
    await item.getByLabel("Item", { exact: true }).fill("Wool mittens, grey");
    await item.getByLabel("SKU (optional)").fill("MIT-GR-M");
    await item.getByLabel("Quantity").fill("2");
  });
  await page.getByRole("button", { name: /^Pay \$[\d.,]+ on account$/ }).click();
  await expect(page.getByText("Labels ready")).toBeVisible({ timeout: 30_000 });
  const shipmentLink = (await page.getByTestId("row-1").getByRole("link").first().getAttribute("href"))!;
  expect(batchId).toBeTruthy();

  // The shop links to the address its settings show.
  await page.goto(`/b/${owner.slug}/settings`);
  const address = new URL(await page.getByTestId("returns-page-url").inputValue()).pathname;
  expect(address).toBe(`/returns/${owner.slug}`);

  // The customer, signed out.
  const visitor = await newBrowser();
  await visitor.goto(address);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Return items to ${owner.business}`);
  const lookup = visitor.getByRole("form", { name: "Find your order" });
  await lookup.getByLabel("Order number").fill(order);
  await lookup.getByLabel("Email or postal code of the order").fill("someone-else@example.com");
  await lookup.getByRole("button", { name: "Find my order" }).click();
  await expect(lookup.getByRole("alert")).toHaveText("We could not find an order with that number and email or postal code. Check both and try again.");
  // What was typed stays.
  await expect(lookup.getByLabel("Order number")).toHaveValue(order);
  await lookup.getByLabel("Email or postal code of the order").fill(customer.toUpperCase());
  await lookup.getByRole("button", { name: "Find my order" }).click();

  const request = visitor.getByRole("form", { name: `Order ${order}: what are you returning?` });
  await expect(request).toBeVisible();
  await expect(request.getByTestId("return-payer")).toHaveText("Return shipping is free.");
  await expect(request.getByLabel("Email to send the label to")).toHaveValue(customer);
  await expectNoViolations(visitor, "the returns page, step 2");
  // Nothing checked: the form says so next to the items, and keeps the reason chosen.
  await request.getByLabel("Reason for the return").selectOption({ label: "Wrong size or fit" });
  await request.getByRole("button", { name: "Get my return label" }).click();
  await expect(visitor.getByText("Items to return: check at least one item.")).toBeVisible();
  await expect(request.getByLabel("Reason for the return")).toHaveValue("wrongSize");
  await request.getByRole("checkbox", { name: /Wool mittens, grey/ }).check();
  await request.getByLabel("How many Wool mittens, grey").fill("1");
  await request.getByLabel("Note for", { exact: false }).fill("A size too small");
  await request.getByRole("button", { name: "Get my return label" }).click();

  const done = visitor.getByRole("heading", { name: /^Return R-[A-Z0-9]{6} is ready$/ });
  await expect(done).toBeVisible();
  const number = (await done.textContent())!.match(/R-[A-Z0-9]{6}/)![0];
  await expect(visitor.getByText(`We emailed your return label to ${customer}.`)).toBeVisible();
  await expectNoViolations(visitor, "the returns page, confirmation");
  await visitor.getByRole("link", { name: "Open and print your return label" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Return label ${number}`);
  // The label opens in the browser's own PDF viewer, to print.
  const pdf = await visitor.request.get((await visitor.getByRole("link", { name: "Open the label to print it (PDF)" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const mail = await waitForEmail(customer, new RegExp(number), 30_000);
  expect(mail.attachments.map((a) => a.contentType)).toContain("application/pdf");

  // The business sees the customer's return on the shipment; nothing is charged before the carrier scans it.
  await page.goto(shipmentLink);
  const row = page.getByTestId("shipment-return").filter({ hasText: number });
  await expect(row).toContainText("Label issued");
  await expect(row).toContainText("Wrong size or fit");
  expect((await row.textContent())!.match(/\$\d+\.\d{2}/g)).toHaveLength(1);
  // Days later on the reference carrier's clock, the parcel was scanned on its way back: charged once, the estimate.
  trackAsOf(owner.slug, new Date(Date.now() + 3 * 86_400_000));
  await page.reload();
  await expect(row).toContainText(/On its way back|Arrived/);
  const amounts = (await row.textContent())!.match(/\$\d+\.\d{2}/g)!;
  expect(amounts).toHaveLength(2);
  expect(amounts[1]).toBe(amounts[0]);
});

test("a shop's returns page turned off and a shop that does not exist are the same 404", async ({ newUser, newBrowser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("returnsoff");
  const visitor = await newBrowser();
  expect((await visitor.goto(`/returns/${owner.slug}`))?.status()).toBe(200);
  await expectNoViolations(visitor, "the returns page, step 1");

  await owner.page.goto(`/b/${owner.slug}/settings`);
  await owner.page.getByLabel("Customers can ask for a return on your returns page").uncheck();
  await owner.page.getByRole("button", { name: "Save return settings" }).click();
  await expect(owner.page.getByText("The return settings are saved.")).toBeVisible();

  const off = await visitor.goto(`/returns/${owner.slug}`);
  expect(off?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Returns page not available");
  // The title streams in after the heading (Next.js metadata): wait for it rather than read it at once.
  await expect(visitor).toHaveTitle("Returns page not available · Envoi");
  const offText = await visitor.locator("main").innerText();
  expect(await visitor.content()).not.toContain(owner.business);

  const unknown = await visitor.goto(`/returns/no-such-shop-${tag()}`);
  expect(unknown?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Returns page not available");
  expect(await visitor.locator("main").innerText()).toBe(offText);
  await expect(visitor).toHaveTitle("Returns page not available · Envoi");
});
