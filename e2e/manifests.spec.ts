import { pageText } from "../lib/labels/pdf-test-tools";
import { expect, test } from "./support/fixtures";
import { ProfilePage } from "./support/pages";
import { paidShipment, readyToShip } from "./support/shipping";

test("a contract shipper closes the day, prints the manifest, finds it again, and a void afterwards is a refund request", async ({ newUser }) => {
  test.setTimeout(150_000);
  const owner = await newUser("manifest");
  const { page } = owner;
  await readyToShip(owner);
  // Without a contract there is no end-of-day step.
  await expect(page.getByRole("link", { name: "Manifests" })).toHaveCount(0);
  const profile = new ProfilePage(page, owner.slug);
  await profile.goto();
  await profile.field("Contract number").fill("0042708517");
  await profile.saveButton.click();
  await expect(page.getByText("The business profile is saved.")).toBeVisible();

  const { shipmentId, trackingNumber } = await paidShipment(owner, "Manifest Customer");
  await page.goto(`/b/${owner.slug}/manifests`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manifests");
  const pending = page.getByTestId("pending-location");
  await expect(pending).toContainText("Warehouse");
  await expect(pending).toContainText("1 parcel, 1.2 kg");
  page.once("dialog", (d) => void d.accept());
  await pending.getByRole("button", { name: "Close the day at Warehouse" }).click();
  // Straight to the manifest to print, with the parcel on it.
  await expect(page.getByText("Day closed: 1 parcel transmitted on this manifest. Print it and hand it over with the parcels.")).toBeVisible();
  await expect(page.getByTestId("manifest-shipment")).toContainText(trackingNumber);
  await page.getByRole("link", { name: "All manifests" }).click();
  await expect(page.getByText("Nothing waiting: every contract label is on a manifest.")).toBeVisible();

  const row = page.getByTestId("manifest-row");
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText("Scheduled");
  const number = (await row.getByRole("link").first().textContent())!.trim();
  const pdf = await page.request.get(`/b/${owner.slug}/manifests/${(await row.getByRole("link").first().getAttribute("href"))!.split("/").pop()}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = pageText(new Uint8Array(await pdf.body()), 1);
  expect(text).toContain(`Manifest ${number}`);
  expect(text).toContain(trackingNumber.replace(/(\d{4})(?=\d)/g, "$1 "));

  // Found by its number, and its page lists the shipment.
  await page.getByLabel("Manifest number").fill(number.slice(0, 6));
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("manifest-row")).toHaveCount(1);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Manifest ${number}`);
  await expect(page.getByTestId("manifest-shipment")).toContainText(trackingNumber);

  // Transmitted: a void is now a refund request.
  await page.goto(`/b/${owner.slug}/shipments/${shipmentId}`);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Void label" }).click();
  await expect(page.getByTestId("refund-request")).toBeVisible();

  // A daily close time on the location: the manifests page says when Envoi closes it.
  await page.goto(`/b/${owner.slug}/locations`);
  await page.getByTestId("location-Warehouse").getByText("Edit", { exact: true }).click();
  const edit = page.getByRole("form", { name: "Edit Warehouse" });
  await expect(edit.getByText("Envoi closes the day and makes the manifest at this time; leave empty to close by hand.")).toBeVisible();
  await edit.getByLabel("Daily close time").fill("23:45");
  await edit.getByRole("button", { name: "Save location" }).click();
  await expect(edit.getByRole("status")).toHaveText("Location saved.");
  await page.goto(`/b/${owner.slug}/manifests`);
  await expect(page.getByTestId("close-time")).toHaveText("Warehouse: closes automatically at 23:45");
});
