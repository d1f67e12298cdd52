import { verifyWebhookSignature } from "../lib/webhooks/signature";
import { startReceiver } from "../tests/webhooks/receiver";
import { expect, test } from "./support/fixtures";
import { paidShipment, readyToShip } from "./support/shipping";

test("an owner adds a webhook endpoint, sees its secret once, gets signed events of a purchase, re-sends one and changes the endpoint", async ({ newUser }) => {
  test.setTimeout(150_000);
  const receiver = await startReceiver();
  try {
    const owner = await newUser("hooks");
    const { page } = owner;
    await page.goto(`/b/${owner.slug}/developers/webhooks`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
    await expect(page.getByText("No endpoint yet. Add one below.")).toBeVisible();
    const form = page.getByRole("form", { name: "Add an endpoint" });

    // Bad input first: not an address, and no event chosen.
    await form.getByLabel("Endpoint URL").fill("shop.example.com/hooks");
    for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(form.getByText("Enter a full web address, like https://shop.example.com/webhooks.")).toBeVisible();
    await expect(form.getByText("Choose at least one event to send.")).toBeVisible();

    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByLabel("Description (optional)").fill("Shop back office");
    await form.getByLabel("Label bought (shipment.purchased)").check();
    await form.getByLabel("Label ready to print (label.ready)").check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const shown = page.getByTestId("webhook-secret");
    await expect(shown).toContainText("Copy this secret now");
    const secret = await shown.getByTestId("webhook-secret-value").inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByTestId("webhook-endpoint")).toContainText(receiver.url);
    // Live events unless test ones are asked for (what test API keys do goes to test endpoints only).
    await expect(page.getByTestId("webhook-endpoint")).toContainText("Live");
    // Shown once: not on the page any more once it is opened again.
    await page.reload();
    await expect(page.getByText(secret)).toHaveCount(0);

    await readyToShip(owner);
    const { shipmentId } = await paidShipment(owner, "Webhook Customer");
    await expect.poll(() => receiver.received.map((r) => r.json.type).sort(), { timeout: 30_000 }).toEqual(["label.ready", "shipment.purchased"]);
    for (const r of receiver.received) expect(verifyWebhookSignature(r.body, r.headers["envoi-signature"] as string, secret)).toBe(true);
    const purchased = receiver.received.find((r) => r.json.type === "shipment.purchased")!;
    expect(purchased.json.data.object).toMatchObject({ object: "shipment", id: shipmentId, status: "labelled" });
    expect(purchased.json.livemode).toBe(true);

    // Its log: both delivered, with the receiver's 200.
    await page.goto(`/b/${owner.slug}/developers/webhooks`);
    await page.getByRole("link", { name: receiver.url }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(receiver.url);
    const rows = page.getByTestId("webhook-delivery");
    await expect(rows).toHaveCount(2);
    const row = rows.filter({ hasText: "shipment.purchased" });
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("200");

    // Re-sent: the same event arrives again, signed afresh, and the log counts two attempts.
    await row.getByRole("button", { name: "Re-send" }).click();
    await expect(row.getByText("Sending again now.")).toBeVisible();
    await expect.poll(() => receiver.received.filter((r) => r.json.id === purchased.json.id).length, { timeout: 30_000 }).toBe(2);
    await page.reload();
    await expect(page.getByTestId("webhook-delivery").filter({ hasText: "shipment.purchased" }).getByText("2", { exact: true })).toBeVisible();

    // Changed: it now asks for delivery events only; the page shows what was saved.
    const change = page.getByRole("form", { name: "Change the endpoint" });
    await change.getByLabel("Description (optional)").fill("Warehouse");
    await change.getByLabel("Label bought (shipment.purchased)").uncheck();
    await change.getByLabel("Label ready to print (label.ready)").uncheck();
    await change.getByLabel("Parcel delivered (shipment.delivered)").check();
    await change.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Endpoint saved: the next events go to it as it is now.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Warehouse")).toBeVisible();
    await expect(page.getByRole("form", { name: "Change the endpoint" }).getByLabel("Parcel delivered (shipment.delivered)")).toBeChecked();
    await expect(page.getByRole("form", { name: "Change the endpoint" }).getByLabel("Label bought (shipment.purchased)")).not.toBeChecked();
  } finally {
    await receiver.close();
  }
});
