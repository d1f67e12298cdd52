import { expect, test } from "./support/fixtures";
import { LocationsPage, RatesPage, TemplatesPage } from "./support/pages";

test("a quick quote without any saved address: every US service compared, sorted, itemised", async ({ newUser }) => {
  const owner = await newUser("rates");
  const rates = new RatesPage(owner.page, owner.slug);
  await rates.goto();
  // No location yet: the form asks for a postal code and says why.
  await expect(rates.form.getByText("Add a ship-from location to quote from it in one click, or type a postal code.")).toBeVisible();
  await rates.textbox("Ship-from postal code").fill("m5v 3l9");
  await rates.form.getByRole("combobox", { name: "Destination" }).selectOption("US");
  await rates.form.getByRole("combobox", { name: "State" }).selectOption("NY");
  await rates.size("20", "15", "10", "1");
  await rates.compare();

  await expect(owner.page.getByRole("heading", { name: "6 services" })).toBeVisible();
  // Xpresspost USA, Ontario to New York, 1 kg: $32.71 + 23 % fuel, no tax.
  await expect(rates.row("USA.XP").getByTestId("total")).toHaveText("$40.23");
  await expect(rates.row("USA.XP")).toContainText("Guaranteed");
  // Small Packet USA Air is not tracked by Canada Post: the list says so, and only there.
  await expect(rates.row("USA.SP.AIR")).toContainText("No tracking");
  await expect(rates.table.getByText("No tracking", { exact: true })).toHaveCount(1);
  // Sorted by price: totals never go down; the first row is marked cheapest.
  const byPrice = await rates.totalsInCents();
  expect(byPrice).toEqual([...byPrice].sort((a, b) => a - b));
  await expect(rates.table.locator("tbody > tr[data-testid]").first()).toContainText("Cheapest");
  await expect(rates.table.getByText("Cheapest")).toHaveCount(1);
  await expect(rates.table.getByText("Fastest")).toHaveCount(1);

  await rates.sortBy("Delivery date");
  const dates = await rates.deliveryDates();
  expect(dates).toEqual([...dates].sort());
  await expect(rates.table.locator("tbody > tr[data-testid]").first()).toContainText("Fastest");

  // One row opened: its lines add up to the total.
  await rates.openDetails("Xpresspost USA");
  const details = rates.details("Xpresspost USA");
  await expect(details).toContainText("Xpresspost USA: Base price (rate code 1)");
  await expect(details).toContainText("Fuel surcharge (23 %)");
  await expect(details.getByRole("row").last()).toHaveText("Total$40.23");

  // Why a service is missing.
  await expect(owner.page.getByTestId("unavailable-USA.PW.ENV")).toHaveText("Priority Worldwide envelope USA: Priority Worldwide envelope USA is limited to 0.5 kg.");
  await expect(owner.page.getByTestId("sandbox-note")).toBeVisible();

  // The quote is a link: a reload keeps it.
  await owner.page.reload();
  await expect(rates.row("USA.XP").getByTestId("total")).toHaveText("$40.23");
});

test("a domestic quote from a saved location with a template in imperial, and the errors next to their fields", async ({ newUser }) => {
  const owner = await newUser("domestic");
  const locations = new LocationsPage(owner.page, owner.slug);
  await locations.goto();
  await locations.add({ "Name of the location": "Warehouse", "Contact name": "Léa Roy", Phone: "514 555 0199", "Address line 1": "5000 rue Iberville", "Postal code": "H2H 2S6", City: "Montréal", "Province or territory": "Quebec" });
  await expect(locations.location("Warehouse")).toBeVisible();
  const templates = new TemplatesPage(owner.page, owner.slug);
  await templates.goto();
  await templates.add({ Name: "Shoe box", Packaging: "Box", length: "35", width: "20", height: "12", weight: "1.5" });
  await expect(templates.template("Shoe box")).toBeVisible();

  const rates = new RatesPage(owner.page, owner.slug);
  await rates.goto();
  await expect(rates.form.getByRole("combobox", { name: "Ship from" })).toHaveValue(/.+/);
  // A mistake first: nothing typed is lost and each message is next to its field.
  await rates.textbox("Destination postal code").fill("K1A 0B1");
  await rates.size("abc", "20", "", "2");
  await rates.compare();
  await expect(rates.form.getByText("Enter a number, like 12.5.")).toBeVisible();
  await expect(rates.form.getByText("This field is required.")).toBeVisible();
  await expect(rates.textbox("Destination postal code")).toHaveValue("K1A 0B1");

  // The template fills the size; imperial shows it in inches and pounds.
  await rates.form.getByRole("combobox", { name: "Template" }).selectOption({ label: "Shoe box" });
  await rates.form.getByText("in and lb").click();
  await expect(rates.textbox("Length (in)")).toHaveValue("13.8");
  await expect(rates.textbox("Weight (lb)")).toHaveValue("3.31");
  await rates.compare();
  await expect(owner.page.getByRole("heading", { name: "4 services" })).toBeVisible();
  for (const code of ["DOM.PC", "DOM.XP", "DOM.EP", "DOM.RP"]) await expect(rates.row(code)).toBeVisible();
  // Shipping to Ontario: HST at 13 %.
  await rates.openDetails("Regular Parcel");
  await expect(rates.details("Regular Parcel")).toContainText("HST (13 %)");
  await expect(rates.row("DOM.RP")).toContainText("Not guaranteed");
});

test("options that conflict are refused with the reason, and a service that cannot take one says so", async ({ newUser }) => {
  const owner = await newUser("options");
  const rates = new RatesPage(owner.page, owner.slug);
  await rates.goto();
  await rates.textbox("Ship-from postal code").fill("T2P 1J9");
  await rates.textbox("Destination postal code").fill("V6B 1A1");
  await rates.size("30", "20", "10", "2");
  await rates.form.getByText("Options", { exact: true }).click();
  await rates.form.getByLabel("Leave at door").check();
  await rates.form.getByLabel("Signature").check();
  await rates.compare();
  await expect(rates.form.getByText("Leave at door and Signature cannot be chosen together.")).toBeVisible();

  await rates.form.getByLabel("Leave at door").uncheck();
  await rates.form.getByLabel("Signature").uncheck();
  await rates.form.getByLabel("Deliver to Post Office").check();
  await rates.compare();
  await expect(owner.page.getByRole("heading", { name: "2 services" })).toBeVisible();
  await expect(owner.page.getByTestId("unavailable-DOM.RP")).toHaveText("Regular Parcel: Regular Parcel does not offer Deliver to Post Office.");
  // In French, the same quote.
  await owner.page.getByRole("button", { name: "Afficher en français" }).click();
  await expect(owner.page.getByTestId("unavailable-DOM.RP")).toHaveText("Colis standard : Colis standard n'offre pas l'option Livrer au bureau de poste.");
});
