import { uniqueEmail } from "./support/accounts";
import { expect, tag, test } from "./support/fixtures";
import { DefaultsPage, joinBySigningUp, LocationsPage, MembersPage } from "./support/pages";

const WAREHOUSE = {
  "Name of the location": "Warehouse",
  "Contact name": "Léa Roy",
  Phone: "514 555 0199",
  "Address line 1": "5000 rue Iberville",
  "Postal code": "h2h2s6",
  "Province or territory": "Quebec",
} as const;

test("ship-from locations: the city from the postal code, a province check, the default, deleting", async ({ newUser }) => {
  const owner = await newUser("shipfrom");
  const locations = new LocationsPage(owner.page, owner.slug);
  await locations.goto();
  await expect(locations.count).toHaveText("No locations");
  await expect(owner.page.getByText("No location yet. Add the address you ship from.")).toBeVisible();

  // The postal code typed in lower case without its space, the city left empty.
  await locations.add(WAREHOUSE);
  await expect(locations.newForm.getByRole("status")).toHaveText("Location saved.");
  await expect(locations.count).toHaveText("1 location");
  const warehouse = locations.location("Warehouse");
  await expect(warehouse).toContainText("5000 rue Iberville");
  await expect(warehouse).toContainText("Montréal Quebec H2H 2S6");
  // The first location is the default.
  await expect(locations.defaultBadge("Warehouse")).toBeVisible();
  // Its edit form shows what was stored.
  await warehouse.getByText("Edit", { exact: true }).click();
  const edit = owner.page.getByRole("form", { name: "Edit Warehouse" });
  await expect(locations.field(edit, "Postal code")).toHaveValue("H2H 2S6");
  await expect(locations.field(edit, "City")).toHaveValue("Montréal");
  await expect(locations.field(edit, "Province or territory")).toHaveValue("QC");

  // A Toronto postal code with Quebec as the province: the message is next to the postal code,
  // nothing is saved, and everything typed is still there.
  const depot = {
    "Name of the location": "Depot",
    "Contact name": "Sam Chen",
    Phone: "416 555 0123",
    "Address line 1": "100 Front St W",
    "Postal code": "M5V 2T6",
    City: "Toronto",
    "Province or territory": "Quebec",
  } as const;
  await locations.add(depot);
  const postalCode = locations.field(locations.newForm, "Postal code");
  await expect(postalCode).toHaveAccessibleDescription("This postal code belongs to Ontario, not Quebec.");
  await expect(postalCode).toHaveAttribute("aria-invalid", "true");
  await expect(locations.newForm.getByRole("alert").first()).toHaveText("Some fields need your attention.");
  await expect(locations.newForm.getByRole("textbox", { name: "Name of the location" })).toHaveValue("Depot");
  await expect(locations.field(locations.newForm, "Contact name")).toHaveValue("Sam Chen");
  await expect(locations.field(locations.newForm, "Address line 1")).toHaveValue("100 Front St W");
  await expect(postalCode).toHaveValue("M5V 2T6");
  await expect(locations.field(locations.newForm, "City")).toHaveValue("Toronto");
  await expect(locations.count).toHaveText("1 location");
  await owner.page.reload();
  await expect(locations.count).toHaveText("1 location");
  await expect(locations.location("Depot")).toHaveCount(0);

  // With the right province it is saved; the default stays where it was.
  await locations.add(depot);
  await expect(postalCode).toHaveAccessibleDescription("This postal code belongs to Ontario, not Quebec.");
  await locations.fill(locations.newForm, { "Province or territory": "Ontario" });
  await locations.newForm.getByRole("button", { name: "Add location" }).click();
  await expect(locations.newForm.getByRole("status")).toHaveText("Location saved.");
  await expect(locations.count).toHaveText("2 locations");
  await expect(locations.location("Depot")).toContainText("Toronto Ontario M5V 2T6");
  await expect(locations.defaultBadge("Warehouse")).toBeVisible();
  await expect(locations.defaultBadge("Depot")).toHaveCount(0);
  await expect(owner.page.getByRole("button", { name: "Make Warehouse the default" })).toHaveCount(0);

  // Depot becomes the default: the badge moves, and the default is listed first.
  await locations.makeDefault("Depot");
  await expect(locations.defaultBadge("Depot")).toBeVisible();
  await expect(locations.defaultBadge("Warehouse")).toHaveCount(0);
  await expect(locations.rows.first()).toHaveAttribute("data-testid", "location-Depot");
  await expect(owner.page.getByRole("button", { name: "Make Warehouse the default" })).toBeVisible();
  await owner.page.reload();
  await expect(locations.defaultBadge("Depot")).toBeVisible();
  await expect(locations.defaultBadge("Warehouse")).toHaveCount(0);

  // The Defaults page offers it as where shipments leave from.
  const defaults = new DefaultsPage(owner.page, owner.slug);
  await defaults.goto();
  await expect(defaults.chosen(defaults.businessForm, "Ship from")).toHaveText("Depot");
  await expect(defaults.chosen(defaults.myForm, "Ship from")).toHaveText("Business default (Depot)");

  // Deleting the default location hands the default back to the remaining one.
  await locations.goto();
  await locations.remove("Depot");
  await expect(locations.count).toHaveText("1 location");
  await expect(locations.location("Depot")).toHaveCount(0);
  await expect(locations.defaultBadge("Warehouse")).toBeVisible();
  await defaults.goto();
  await expect(defaults.chosen(defaults.businessForm, "Ship from")).toHaveText("Warehouse");

  // And the last one can go too.
  await locations.goto();
  await locations.remove("Warehouse");
  await expect(locations.count).toHaveText("No locations");
  await defaults.goto();
  await expect(defaults.chosen(defaults.businessForm, "Ship from")).toHaveText("None");
});

test("a viewer sees the locations but cannot change them", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const locations = new LocationsPage(owner.page, owner.slug);
  await locations.goto();
  await locations.add(WAREHOUSE);
  await expect(locations.count).toHaveText("1 location");

  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const email = uniqueEmail("viewer");
  const link = await members.invite(email, "Viewer");
  const page = await newBrowser();
  await joinBySigningUp(page, link, `Viewer ${tag()}`, owner.business);

  const theirs = new LocationsPage(page, owner.slug);
  await theirs.goto();
  await expect(theirs.location("Warehouse")).toContainText("Montréal Quebec H2H 2S6");
  await expect(theirs.defaultBadge("Warehouse")).toBeVisible();
  await expect(theirs.newForm).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete Warehouse" })).toHaveCount(0);
  await expect(theirs.location("Warehouse").getByText("Edit", { exact: true })).toHaveCount(0);
});

test("after a refused location, the chosen province is still chosen", async ({ newUser }) => {
  const owner = await newUser("province");
  const locations = new LocationsPage(owner.page, owner.slug);
  await locations.goto();
  await locations.add({ ...WAREHOUSE, "Postal code": "M5V 2T6" });
  const postalCode = locations.field(locations.newForm, "Postal code");
  await expect(postalCode).toHaveAccessibleDescription("This postal code belongs to Ontario, not Quebec.");
  await expect(locations.field(locations.newForm, "Province or territory")).toHaveValue("QC", { timeout: 3_000 });
});
