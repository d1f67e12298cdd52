import { expect, tag, test } from "./support/fixtures";
import { ratedOneRowBatch, readyToShip } from "./support/shipping";

test("pay a batch by card on the payment page, then void its label and see the refund", async ({ newUser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("card");
  const { page } = owner;
  await readyToShip(owner);
  await ratedOneRowBatch(owner, `Card Customer ${tag()}`);
  const total = (await page.getByTestId("batch-total").textContent())!;
  await page.getByLabel("By card (secure payment page by Stripe; saved cards offered)").check();
  await page.getByRole("button", { name: `Pay ${total} by card` }).click();

  // Stripe's page (the local stand-in): the amount computed on the server.
  await expect(page.getByRole("heading", { name: "Test payment page" })).toBeVisible();
  await expect(page.getByTestId("amount")).toHaveText(`${total} CAD`);
  await page.getByRole("button", { name: "Pay", exact: true }).click();

  await expect(page.getByText("Card payment received. Your labels are ready.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Labels ready")).toBeVisible();
  await expect(page.getByText(`Paid ${total} (Card).`)).toBeVisible();

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Void the label of row 1", exact: true }).click();
  await expect(page.getByTestId("row-1").getByText("Voided")).toBeVisible();
  await page.getByTestId("row-1").getByRole("link").first().click();
  await expect(page.getByTestId("refund")).toHaveText(new RegExp(`^Refunded ${total.replace("$", "\\$")} to the card on `));
});

test("a declined card leaves the batch payable again, with a clear message", async ({ newUser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("declined");
  const { page } = owner;
  await readyToShip(owner);
  await ratedOneRowBatch(owner, `Declined Customer ${tag()}`);
  await page.getByLabel("By card (secure payment page by Stripe; saved cards offered)").check();
  await page.getByRole("button", { name: /^Pay \$[\d.,]+ by card$/ }).click();
  await page.getByRole("button", { name: "Use a card that is declined" }).click();
  await expect(page.getByRole("heading", { name: "Your card was declined" })).toBeVisible();
  await page.getByRole("link", { name: "Back to Envoi" }).click();

  await expect(page.getByText("The card payment did not go through (cancelled, declined or expired). Nothing was charged; the batch can be paid again.")).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Pay \$[\d.,]+ on account$/ })).toBeEnabled();
});
