import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { newBatch, readyToShip } from "./support/shipping";

/** Pastes text into a cell as a spreadsheet's copy does (text/plain, tab-separated). */
async function paste(cell: Locator, text: string) {
  await cell.focus();
  await cell.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const cell = (page: Page, column: string, position: number) => page.getByRole("textbox", { name: `${column}, row ${position}`, exact: true });
const notice = (page: Page) => page.getByTestId("sheet-notice");

const ADDRESSES = [
  ["Zoé Gagnon", "", "12 rue Principale", "", "Québec", "QC", "G1R 4P5"],
  ["Sam Lee", "Atelier Lee", "800 Burrard St", "", "Vancouver", "BC", "V6Z 2H6"],
  ["Ana Silva", "", "100 Queen St W", "", "Toronto", "ON", "M5H 2N2"],
];

test("keyboard only: a batch is built cell by cell, rated, its service chosen without buying by accident, and paid", async ({ newUser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("sheetkeys");
  const { page } = owner;
  await readyToShip(owner);
  await newBatch(owner);

  // Nothing priced: no "Pay $0.00", but why the button waits.
  await expect(page.getByText("Nothing is priced yet: rate the batch to see its total, then pay.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pay", exact: true })).toBeDisabled();

  await page.getByRole("button", { name: "Add a row" }).focus();
  await page.keyboard.press("Enter");
  // The new row's first cell takes the focus.
  await expect(cell(page, "Name", 1)).toBeFocused();
  for (const value of ["Zoé Gagnon", "", "12 rue Principale", "", "Québec", "QC", "G1R 4P5", "", "", "", "30", "20", "10", "2"]) {
    if (value) await page.keyboard.type(value);
    await page.keyboard.press("Tab");
  }
  // Enter and the arrows move through the cells as in a spreadsheet.
  await cell(page, "City", 1).focus();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "Prov.", 1)).toBeFocused();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowLeft");
  await expect(cell(page, "City", 1)).toBeFocused();

  await page.getByRole("button", { name: "Rate all" }).focus();
  await page.keyboard.press("Enter");
  // The result is announced and takes the focus; the row shows its services at once.
  await expect(notice(page)).toHaveText("1 shipment rated.");
  await expect(notice(page)).toBeFocused();
  const service = page.getByRole("combobox", { name: "Service of row 1" });
  await expect(service).toBeVisible();
  const price = (await page.getByTestId("row-1").getByTestId("row-price").textContent())!;
  const total = (await page.getByTestId("batch-total").textContent())!;

  // Arrow keys only browse the services: nothing is saved, and the list keeps the focus.
  await page.waitForLoadState("networkidle"); // the sheet has taken the rated rows in
  await service.focus();
  // The list loads the row's services as it takes the focus.
  await expect(service).not.toHaveAttribute("aria-busy", "true");
  await expect(service.locator("option")).not.toHaveCount(1);
  const first = await service.inputValue();
  // Browse down to a service of another price (two services can cost the same near home).
  const selectedText = () => service.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "");
  const count = await service.locator("option").count();
  for (let i = 0; i < count && (await selectedText()).includes(price); i++) await page.keyboard.press("ArrowDown");
  expect(await selectedText()).not.toContain(price);
  await expect(service).not.toHaveValue(first);
  await expect(service).toBeFocused();
  await expect(service).toBeEnabled();
  await expect(page.getByTestId("batch-total")).toHaveText(total);
  // Enter chooses.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("batch-total")).not.toHaveText(total);
  await expect(page.getByTestId("row-1").getByTestId("row-price")).not.toHaveText(price);
  await expect(service).toBeFocused();
  const chosenTotal = (await page.getByTestId("batch-total").textContent())!;

  const pay = page.getByRole("button", { name: `Pay ${chosenTotal} on account` });
  await pay.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Paid. Your labels are ready.")).toBeVisible({ timeout: 30_000 });

  // A void asks, then says so at once, and the row shows it without a reload.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Void the label of row 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(notice(page)).toHaveText("Label voided; the amount is returned to the account.");
  await expect(notice(page)).toBeFocused();
  await expect(page.getByTestId("row-1").getByText("Voided")).toBeVisible();
});

test("a block pasted from a spreadsheet fills rows and adds them; fill down, a service for the selected rows, sort, remove", async ({ newUser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("sheetpaste");
  const { page } = owner;
  await readyToShip(owner);
  await newBatch(owner);
  await page.getByRole("button", { name: "Add a row" }).click();
  await expect(cell(page, "Name", 1)).toBeFocused();

  await paste(cell(page, "Name", 1), ADDRESSES.map((r) => r.join("\t")).join("\r\n") + "\r\n");
  await expect(notice(page)).toHaveText("3 rows pasted, 2 of them added.");
  await expect(page.getByRole("table", { name: "3 shipments" })).toBeVisible();
  await expect(cell(page, "Company", 2)).toHaveValue("Atelier Lee");
  await expect(cell(page, "Postal code", 3)).toHaveValue("M5H 2N2");
  // Sizes for every row, pasted at the Length column.
  await paste(cell(page, "Length (cm)", 1), "30\t20\t10\t2\n30\t20\t10\t1\n40\t30\t20\t3");
  await expect(notice(page)).toHaveText("3 rows pasted.");
  await expect(cell(page, "Weight (kg)", 3)).toHaveValue("3");

  // Ctrl+D copies the cell above.
  await cell(page, "Reference 1", 1).fill("ORDER-7");
  await cell(page, "Reference 1", 2).focus();
  await page.keyboard.press("Control+d");
  await expect(cell(page, "Reference 1", 2)).toHaveValue("ORDER-7");
  // Fill down the selected rows: the first selected row's value goes to the others.
  await page.getByRole("checkbox", { name: "Select every row" }).check();
  await expect(page.getByText("3 rows selected")).toBeVisible();
  await page.getByLabel("Column to fill down").selectOption({ label: "Weight (kg)" });
  await page.getByRole("button", { name: "Fill down" }).click();
  await expect(notice(page)).toHaveText("2 rows changed.");
  await expect(cell(page, "Weight (kg)", 3)).toHaveValue("2");
  await page.reload();
  await expect(cell(page, "Reference 1", 2)).toHaveValue("ORDER-7");
  await expect(cell(page, "Weight (kg)", 3)).toHaveValue("2");

  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(notice(page)).toHaveText("3 shipments rated.");
  await page.getByRole("checkbox", { name: "Select every row" }).check();
  await page.getByLabel("Service for the selected rows").selectOption({ label: "Xpresspost" });
  await page.getByRole("button", { name: "Set service" }).click();
  await expect(notice(page)).toHaveText("3 rows changed.");
  for (const n of [1, 2, 3]) await expect(page.getByRole("combobox", { name: `Service of row ${n}` })).toHaveValue("DOM.XP");

  // Sorted by city: Québec, Toronto, Vancouver.
  await page.getByRole("button", { name: "Sort by City" }).click();
  await expect.poll(() => page.locator("tbody tr[data-testid]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")))).toEqual(["row-1", "row-3", "row-2"]);

  // Remove the selected rows (after a question).
  await page.getByRole("checkbox", { name: "Select every row" }).uncheck();
  await page.getByRole("checkbox", { name: "Select row 2" }).check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Remove selected rows" }).click();
  await expect(notice(page)).toHaveText("1 row removed.");
  await expect(page.getByRole("table", { name: "2 shipments" })).toBeVisible();
});

test("a batch of 50 pasted rows stays usable: typing in the last row is saved, and the whole batch rates", async ({ newUser }) => {
  test.setTimeout(180_000);
  const owner = await newUser("sheet50");
  const { page } = owner;
  await readyToShip(owner);
  await newBatch(owner);
  await page.getByRole("button", { name: "Add a row" }).click();
  const block = Array.from({ length: 50 }, (_, i) => [`Customer ${i + 1}`, "", `${i + 1} Front St W`, "", "Toronto", "ON", "M5V 2T6", "CA", "", "", "30", "20", "10", "1"].join("\t")).join("\n");
  await paste(cell(page, "Name", 1), block);
  await expect(notice(page)).toHaveText("50 rows pasted, 49 of them added.");
  await expect(page.getByRole("table", { name: "50 shipments" })).toBeVisible();
  const last = cell(page, "Name", 50);
  await last.fill("Customer fifty");
  await last.press("Tab");
  await expect(cell(page, "Company", 50)).toBeFocused();
  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(notice(page)).toHaveText("50 shipments rated.", { timeout: 60_000 });
  await expect(page.getByText("Ready", { exact: true })).toHaveCount(50);
  await page.reload();
  await expect(cell(page, "Name", 50)).toHaveValue("Customer fifty");
});

test("on a 390 px phone every row is a card with its labels, editable in place", async ({ newUser }) => {
  const owner = await newUser("sheetphone");
  const { page } = owner;
  await readyToShip(owner);
  await newBatch(owner);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Add a row" }).click();
  const row = page.getByTestId("row-1");
  await expect(row.getByText("Postal code", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sort by City" })).toBeHidden();
  await cell(page, "Name", 1).fill("Zoé Gagnon");
  await cell(page, "Name", 1).press("Tab");
  await expect(row).toContainText("Zoé Gagnon");
  // The card fits the screen: nothing to scroll sideways.
  const box = (await row.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.reload();
  await expect(cell(page, "Name", 1)).toHaveValue("Zoé Gagnon");
});

test("a value the server cannot take is named on its cell and nothing else is lost; an incomplete row says so after Rate all", async ({ newUser }) => {
  test.setTimeout(120_000);
  const owner = await newUser("sheetlimits");
  const { page } = owner;
  await readyToShip(owner);
  await newBatch(owner);
  await page.getByRole("button", { name: "Add a row" }).click();
  // Inputs carry the schema's limits.
  await expect(cell(page, "Name", 1)).toHaveAttribute("maxlength", "44");
  await cell(page, "Name", 1).fill("N".repeat(189));
  await expect(cell(page, "Name", 1)).toHaveValue("N".repeat(44));
  await cell(page, "Name", 1).press("Tab");
  // A paste is not held by maxlength: the server names the field and keeps every other cell.
  await paste(cell(page, "Name", 1), ["N".repeat(189), "", "12 rue Principale", "", "Québec", "QC", "G1R 4P5"].join("\t") + "\n" + ["Sam Lee", "", "800 Burrard St", "", "Vancouver", "BC", "V6Z 2H6", "CA", "", "", "30", "20", "10", ""].join("\t"));
  await expect(notice(page)).toContainText("Row 1: Name: at most 44 characters");
  await expect(cell(page, "City", 1)).toHaveValue("Québec");
  await expect(page.getByTestId("row-1")).not.toContainText("No recipient yet");
  await page.reload();
  await expect(cell(page, "Name", 1)).toHaveValue("N".repeat(44));
  await expect(cell(page, "Address line 1", 1)).toHaveValue("12 rue Principale");
  // The row without a size: each problem on its cell, naming its field.
  await expect(page.getByTestId("row-1").getByText("Length: This field is required.")).toBeVisible();
  await expect(page.getByTestId("row-2").getByText("Weight: This field is required.")).toBeVisible();
  await expect(cell(page, "Weight (kg)", 2)).toHaveAttribute("aria-invalid", "true");
  await expect(cell(page, "City", 2)).not.toHaveAttribute("aria-invalid");

  await paste(cell(page, "Length (cm)", 1), "30\t20\t10\t2");
  await expect(notice(page)).toHaveText("1 row pasted.");
  await page.getByRole("button", { name: "Rate all" }).click();
  await expect(notice(page)).toHaveText("1 shipment rated; 1 could not be priced: its row says why.");
  await expect(page.getByRole("combobox", { name: "Service of row 1" })).toBeVisible();
  await expect(page.getByTestId("row-2")).toContainText("Complete the row to rate it");
  await expect(page.getByText("One shipment has problems to fix before paying.")).toBeVisible();
});
