import { expect, test } from "./support/fixtures";

/** A Shopify-style orders export: the order number in "Name", the billing address before the shipping one. */
function shopifyCsv(count: number): string {
  const header = [
    "Name", "Email", "Financial Status", "Total", "Billing Name", "Billing Address1", "Billing City", "Billing Zip", "Billing Province", "Billing Country",
    "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes",
  ].join(",");
  const rows = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return [
      `#10${n}`, `customer${n}@example.com`, "paid", "25.00", `Payer ${n}`, "1 Bill St", "Ottawa", "K1A 0B1", "ON", "CA",
      `Customer ${n}`, `${i + 1} Front St W`, `${i + 1} Front St W`, "", "", "Toronto", "M5V 2T6", "ON", "CA", "416 555 0100", "",
    ].join(",");
  });
  return [header, ...rows].join("\n");
}

test("a Shopify export of 60 orders becomes 2 batches of 50 and 10 rows, with their recipients", async ({ newUser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("orders");
  const { page } = owner;

  await page.goto(`/b/${owner.slug}/batches`);
  await page.getByRole("link", { name: "Import orders" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import orders");
  await page.getByLabel("CSV, TXT or XML file of orders").setInputFiles({ name: "orders_export.csv", mimeType: "text/csv", buffer: Buffer.from(shopifyCsv(60)) });
  await expect(page.getByTestId("orders-file-summary")).toHaveText("orders_export.csv: 60 rows and 21 columns.");

  // Guessed from the headers: the shipping address, not the billing one, and the order number in "Name".
  const field = (column: string) => page.getByLabel(`Field for the column ${column}`, { exact: true });
  await expect(field("Name")).toHaveValue("reference1");
  await expect(field("Email")).toHaveValue("email");
  await expect(field("Shipping Name")).toHaveValue("name");
  await expect(field("Shipping Address1")).toHaveValue("line1");
  await expect(field("Shipping City")).toHaveValue("city");
  await expect(field("Shipping Zip")).toHaveValue("postalCode");
  await expect(field("Shipping Province")).toHaveValue("province");
  await expect(field("Shipping Country")).toHaveValue("country");
  await expect(field("Shipping Phone")).toHaveValue("phone");
  for (const ignored of ["Billing Name", "Billing Address1", "Shipping Street", "Total"]) await expect(field(ignored)).toHaveValue("");
  await expect(page.getByRole("radio", { name: "Centimetres and kilograms" })).toBeChecked();

  await expect(page.getByTestId("orders-summary")).toHaveText("60 orders in 2 batches (50 rows, 10 rows).");
  const preview = page.getByTestId("orders-preview-row");
  await expect(preview).toHaveCount(10);
  await expect(preview.first()).toContainText("Customer 01");
  await expect(preview.first()).toContainText("Toronto ON M5V 2T6");
  await expect(preview.first()).toContainText("#1001");

  await page.getByRole("button", { name: "Create 2 batches" }).click();
  await expect(page).toHaveURL(`/b/${owner.slug}/batches?imported=2`);
  await expect(page.getByText("2 batches were created from your file. Open each one to check its rows, rate it and pay.")).toBeVisible();
  const list = page.getByRole("table", { name: "Batches" });
  // Newest first: the second batch holds the last 10 orders.
  await expect(list.getByRole("row").nth(1).getByRole("cell").nth(0)).toHaveText("Batch 2");
  await expect(list.getByRole("row").nth(1).getByRole("cell").nth(2)).toHaveText("10");
  await expect(list.getByRole("row").nth(2).getByRole("cell").nth(0)).toHaveText("Batch 1");
  await expect(list.getByRole("row").nth(2).getByRole("cell").nth(2)).toHaveText("50");

  await list.getByRole("link", { name: "Batch 2" }).click();
  await expect(page.getByRole("table", { name: "10 shipments" })).toBeVisible();
  await expect(page.getByTestId("row-1")).toContainText("Customer 51");
  await expect(page.getByTestId("row-10")).toContainText("Customer 60");

  await page.goto(`/b/${owner.slug}/batches`);
  await list.getByRole("link", { name: "Batch 1" }).click();
  await expect(page.getByRole("table", { name: "50 shipments" })).toBeVisible();
  await expect(page.getByTestId("row-1")).toContainText("Customer 01");
  await expect(page.getByTestId("row-50")).toContainText("Customer 50");
});
