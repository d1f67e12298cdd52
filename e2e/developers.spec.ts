import { expect, test } from "./support/fixtures";
import { sectionsMenu } from "./support/pages";

test("an owner creates an API key, sees it once, uses it, finds the request in the log, revokes it; the reference opens with nothing from outside", async ({ newUser }) => {
  const owner = await newUser("devs");
  const { page } = owner;
  const elsewhere: string[] = [];
  page.on("request", (r) => {
    const host = new URL(r.url()).hostname;
    if (r.url().startsWith("http") && host !== "127.0.0.1") elsewhere.push(r.url());
  });

  const menu = sectionsMenu(page);
  await menu.getByRole("button", { name: "Settings" }).click();
  await menu.getByRole("link", { name: "Developers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Developers" })).toBeVisible();
  await page.getByLabel("Name").fill("Shop checkout");
  await page.getByLabel("Access").selectOption("RATES");
  await page.getByRole("button", { name: "Create key" }).click();

  const shown = page.getByTestId("new-api-key");
  await expect(shown).toContainText("You will not see it again");
  const key = await shown.getByRole("textbox", { name: "The new API key" }).inputValue();
  expect(key).toMatch(/^envoi_test_[A-Za-z0-9_-]{40,}$/);
  const row = page.getByTestId("api-key-Shop checkout");
  await expect(row).toContainText("Rates only (storefront)");
  await expect(row).toContainText(key.slice(0, 15));
  await expect(row).toContainText("Never");

  // The shop's server calls the API with it.
  const rates = (body: unknown) =>
    fetch(new URL("/api/v1/rates", page.url()), { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const request = { from: { postalCode: "H2X 1Y4" }, to: { country: "CA", postalCode: "V6B 1A1" }, parcel: { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 } };
  const answer = await rates(request);
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { rates: unknown[] }).rates.length).toBeGreaterThan(0);

  // Shown once: after a reload only its first characters remain, with when it was last used.
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);
  await expect(row).not.toContainText("Never");

  await page.getByRole("link", { name: "Request log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Request log" })).toBeVisible();
  const logged = page.getByTestId("api-request").first();
  await expect(logged).toContainText("POST /api/v1/rates");
  await expect(logged).toContainText("200");
  await expect(logged).toContainText("Shop checkout");
  await page.getByLabel("Show").selectOption("errors");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No request matches.")).toBeVisible();

  await page.getByRole("link", { name: "Developers" }).last().click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Revoke the key Shop checkout" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await rates(request);
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("revokedKey");

  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/api\/v1\/reference$/);
  await expect(page.getByText("Rates and delivery dates of every service for one parcel").first()).toBeVisible({ timeout: 20_000 });
  expect(elsewhere, "requests that left 127.0.0.1").toEqual([]);
});
