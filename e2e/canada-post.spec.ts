import { PDFDocument } from "pdf-lib";
import fs from "node:fs";
import { expect, test } from "./support/fixtures";
import { followMenu } from "./support/pages";
import { importContacts, newBatch, readyToShip } from "./support/shipping";

/** The local fake Canada Post server the e2e app talks to (playwright.config.ts starts it with the app). */
const FAKE = `http://127.0.0.1:${process.env.FAKE_CANADAPOST_PORT ?? 3199}`;
const control = (body: object) => fetch(`${FAKE}/__fake/control`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

test("live Canada Post: connect an account, rate and buy 50 labels, one merged PDF, a refund request, a pickup, tracking, post offices; a failing Canada Post says so and loses nothing", async ({ newUser }) => {
  test.setTimeout(300_000);
  const owner = await newUser("canadapost");
  const { page } = owner;
  await readyToShip(owner);

  // Settings, Carrier accounts: connect the sandbox account and test it.
  await followMenu(page, "Settings", "Carrier accounts");
  await page.getByLabel("API user name").fill("envoi-test");
  await page.getByLabel("API password").fill("fake-password");
  await page.getByLabel("Customer number", { exact: true }).fill("2004381");
  await page.getByRole("button", { name: "Connect the account" }).click();
  // Connected: the account's summary replaces the form's empty state.
  await expect(page.getByRole("region", { name: "Canada Post" }).getByText("Not tested yet")).toBeVisible();
  await page.getByRole("button", { name: "Test the connection of the Canada Post account" }).click();
  await expect(page.getByText(/Canada Post answered: \d+ services/)).toBeVisible();
  await expect(page.content()).resolves.not.toContain("fake-password");

  await importContacts(owner, 50);
  await newBatch(owner);
  await page.getByRole("link", { name: "Add from address book" }).click();
  await page.getByRole("checkbox", { name: "Select every contact shown" }).check();
  await page.getByRole("button", { name: "Add 50 recipients" }).click();
  await page.getByRole("button", { name: "Apply to all rows" }).click();
  await expect(page.getByText("Size and weight of the template given to 50 shipments.")).toBeVisible();

  // Canada Post refusing to rate: every row says so in Canada Post's words, nothing typed is lost; the next try rates.
  // (Not answering at all is the integration suite's case: tests/canadapost/live-purchase.test.ts.)
  expect((await control({ action: "failNext", count: 500, kind: "messages", operation: "rating", code: "9999", description: "Rating is not available for this account right now." })).ok).toBe(true);
  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(page.getByText("Canada Post: Rating is not available for this account right now.").first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("table", { name: "50 shipments" })).toContainText("Customer 50");
  await control({ action: "reset" });
  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(page.getByText("Ready", { exact: true })).toHaveCount(50, { timeout: 60_000 });

  // The pay step says who sells and who bills: Canada Post's test system, nothing charged by Envoi.
  await expect(page.getByTestId("batch-seller")).toHaveText("Labels from Canada Post's test system (sandbox): they cannot be mailed and nothing is charged.");
  await expect(page.getByText("Bought with your Canada Post account 2004381", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Buy test labels" }).click();
  await expect(page.getByText("Labels ready")).toBeVisible({ timeout: 120_000 });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download labels (4 × 6 in)" }).click();
  const pdf = await PDFDocument.load(fs.readFileSync((await (await download).path())!));
  expect(pdf.getPageCount()).toBe(50);

  // A void with Canada Post is a refund request.
  const first = page.getByTestId("row-1");
  const tracking = (await first.getByRole("link").first().textContent())!;
  expect(tracking).toMatch(/^\d{16}$/);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Void the label of row 1", exact: true }).click();
  await expect(first.getByText("Refund requested")).toBeVisible({ timeout: 30_000 });

  // The refund request's detail: Canada Post's ticket, and Canada Post refunds the business itself.
  await page.getByRole("link", { name: tracking }).click();
  await expect(page.getByTestId("refund-request")).toContainText("Canada Post's service ticket:");
  await expect(page.getByTestId("refund-request")).toContainText("Envoi charged nothing for this label.");
  await page.goBack();

  // A pickup booked with Canada Post for the batch's parcels, its fee billed by Canada Post.
  await page.getByRole("link", { name: "Book a pickup for these parcels" }).click();
  const form = page.getByRole("form", { name: "Book a pickup" });
  await expect(form.getByLabel("Number of parcels")).toHaveValue("49");
  await form.getByLabel("Date").fill((await form.getByLabel("Date").getAttribute("max"))!);
  await form.getByLabel("Ready at").fill("13:00");
  await form.getByLabel("Closing time").fill("17:00");
  await form.getByLabel("Contact email").fill("dock@example.com");
  await form.getByRole("button", { name: "Book the pickup" }).click();
  await expect(page.getByText(/^Pickup booked: confirmation number \w+\./)).toBeVisible({ timeout: 30_000 });
  const booked = (await (await fetch(`${FAKE}/__fake/requests`)).json()) as { path: string; method: string; status: number }[];
  expect(booked.some((c) => c.method === "POST" && /^\/enab\/2004381\/pickuprequest$/.test(c.path) && c.status < 300)).toBe(true);

  // Tracking comes from Canada Post.
  await page.goto(`/b/${owner.slug}/shipments?q=${tracking}`);
  await page.getByRole("link", { name: tracking }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tracking);

  // Post offices from Canada Post (real data in production; the fake's here), not "sample" ones.
  await page.goto(`/b/${owner.slug}/post-offices`);
  await page.getByRole("search").getByRole("textbox", { name: "Postal code, address or city" }).fill("H2H 2S6");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("post-office").first()).toBeVisible();
  const calls = (await (await fetch(`${FAKE}/__fake/requests`)).json()) as { path: string }[];
  expect(calls.some((c) => c.path.startsWith("/rs/postoffice"))).toBe(true);
});
