import fs from "node:fs";
import type { Download } from "@playwright/test";
import Papa from "papaparse";
import { expect, test, type User } from "./support/fixtures";
import { ContactsPage, type ContactFields } from "./support/pages";

const ELODIE = {
  Name: "Élodie Gagnon",
  Company: "Boulangerie Gagnon",
  "Address line 1": "1234 rue Saint-Denis",
  "Postal or ZIP code": "h2x 1y4",
  City: "Montréal",
  "Province or state": "Quebec",
  Email: "elodie@example.com",
  Tags: "Wholesale, VIP",
} satisfies ContactFields;

const MARC = {
  Name: "Marc Tremblay",
  "Address line 1": "500 Centre St S",
  "Postal or ZIP code": "T2P 1J9",
  City: "Calgary",
  "Province or state": "Alberta",
  Tags: "retail",
} satisfies ContactFields;

const JOHN = {
  Name: "John Smith",
  Company: "Empire Trading",
  "Address line 1": "350 Fifth Avenue",
  Country: "United States",
  City: "New York",
  "Province or state": "New York",
  "Postal or ZIP code": "10118-0110",
  Tags: "wholesale",
} satisfies ContactFields;

const CAMILLE = {
  Name: "Camille Martin",
  "Address line 1": "10 rue de Rivoli",
  Country: "France",
  City: "Paris",
  "Postal or ZIP code": "75001",
  Tags: "vip",
} satisfies ContactFields;

/** The downloaded CSV's rows, keyed by its header (it starts with a byte order mark for spreadsheets). */
async function csvOf(download: Download): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const text = fs.readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

test("adding contacts in Canada, the United States and France, editing and deleting one", async ({ newUser }) => {
  const owner = await newUser("contacts");
  const contacts = new ContactsPage(owner.page, owner.slug);
  await contacts.goto();
  await expect(contacts.count).toHaveText("No contacts");
  await expect(owner.page.getByText("Your address book is empty. Add a contact or import a file.")).toBeVisible();

  // Canada is preselected; its postal code is normalised, the tags lower-cased.
  await contacts.openNew();
  await expect(contacts.field("Country")).toHaveValue("CA");
  await contacts.fill(ELODIE);
  await contacts.main.getByRole("button", { name: "Add contact" }).click();
  await expect(owner.page).toHaveURL(`/b/${owner.slug}/contacts?saved=1`);
  await expect(contacts.main.getByRole("status")).toHaveText("Contact saved.");
  await expect(contacts.count).toHaveText("1 contact");
  const elodie = contacts.rows.filter({ hasText: "Élodie Gagnon" });
  await expect(elodie.getByRole("cell")).toHaveText(["Élodie Gagnon", "Boulangerie Gagnon", "Montréal", "H2X 1Y4", "Canada", "wholesalevip"]);

  // The United States: a state and a ZIP+4 code.
  await contacts.add(JOHN);
  await expect(contacts.count).toHaveText("2 contacts");
  await expect(contacts.rows.filter({ hasText: "John Smith" }).getByRole("cell")).toHaveText([
    "John Smith",
    "Empire Trading",
    "New York",
    "10118-0110",
    "United States",
    "wholesale",
  ]);

  // France needs a postal code: left empty, the message says so next to the field, and what was typed stays.
  await contacts.openNew();
  await contacts.fill({ ...CAMILLE, "Postal or ZIP code": undefined });
  // Outside Canada and the United States the region is free text.
  await expect(contacts.main.getByRole("textbox", { name: "Province or state" })).toBeVisible();
  await contacts.main.getByRole("button", { name: "Add contact" }).click();
  const postalCode = contacts.field("Postal or ZIP code");
  await expect(postalCode).toHaveAccessibleDescription("Enter the postal code: addresses in this country need one, for example 33380.");
  await expect(postalCode).toHaveAttribute("aria-invalid", "true");
  await expect(contacts.main.getByRole("alert").first()).toHaveText("Some fields need your attention.");
  await expect(owner.page).toHaveURL(`/b/${owner.slug}/contacts/new`);
  await expect(contacts.field("Name")).toHaveValue("Camille Martin");
  await expect(contacts.field("City")).toHaveValue("Paris");
  // (The country select shows Canada again after the refusal: an app bug, see the test below.
  // Choosing France again is what a user does then, and harmless once the bug is fixed.)
  await contacts.fill({ Country: "France" });
  await postalCode.fill("75001");
  await contacts.main.getByRole("button", { name: "Add contact" }).click();
  await expect(contacts.main.getByRole("status")).toHaveText("Contact saved.");
  await expect(contacts.count).toHaveText("3 contacts");
  await expect(contacts.rows.filter({ hasText: "Camille Martin" }).getByRole("cell").nth(4)).toHaveText("France");

  // Editing: the form shows what is stored; the change is saved and shown in the list.
  await contacts.link("John Smith").click();
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText("John Smith");
  await expect(contacts.field("Country")).toHaveValue("US");
  await expect(contacts.main.getByRole("combobox", { name: "Province or state" })).toHaveValue("NY");
  await expect(contacts.field("Postal or ZIP code")).toHaveValue("10118-0110");
  await expect(contacts.field("Tags")).toHaveValue("wholesale");
  await contacts.fill({ Name: "Johnny Smith", Company: "Empire State Trading", Tags: "wholesale, east" });
  await contacts.main.getByRole("button", { name: "Save contact" }).click();
  await expect(contacts.main.getByRole("status")).toHaveText("Contact saved.");
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText("Johnny Smith");
  await owner.page.reload();
  await expect(contacts.field("Company")).toHaveValue("Empire State Trading");
  await expect(contacts.field("Tags")).toHaveValue("wholesale, east");
  await owner.page.getByRole("link", { name: "Back to the address book" }).click();
  await expect(contacts.rows.filter({ hasText: "Johnny Smith" }).getByRole("cell")).toHaveText([
    "Johnny Smith",
    "Empire State Trading",
    "New York",
    "10118-0110",
    "United States",
    "wholesaleeast",
  ]);
  await expect(contacts.link("John Smith")).toHaveCount(0);

  // Deleting asks first; saying no keeps the contact.
  await contacts.link("Camille Martin").click();
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText("Camille Martin");
  const deleteButton = contacts.main.getByRole("button", { name: "Delete contact" });
  owner.page.once("dialog", (d) => {
    expect(d.message()).toBe("Delete Camille Martin from the address book?");
    void d.dismiss();
  });
  await deleteButton.click();
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText("Camille Martin");
  owner.page.once("dialog", (d) => void d.accept());
  await deleteButton.click();
  await expect(owner.page).toHaveURL(`/b/${owner.slug}/contacts?deleted=1`);
  await expect(contacts.main.getByRole("status")).toHaveText("Contact deleted.");
  await expect(contacts.count).toHaveText("2 contacts");
  await expect(contacts.link("Camille Martin")).toHaveCount(0);
});

test.describe("finding contacts", () => {
  let owner: User;
  let contacts: ContactsPage;

  test.beforeEach(async ({ newUser }) => {
    owner = await newUser("finder");
    contacts = new ContactsPage(owner.page, owner.slug);
    for (const contact of [ELODIE, MARC, JOHN, CAMILLE]) await contacts.add(contact);
    await expect(contacts.count).toHaveText("4 contacts");
  });

  test("search as you type: part of a name, a postal code without its space, a city without its accent", async () => {
    const { search, count } = contacts;
    await search.pressSequentially("trem");
    await expect(count).toHaveText("1 contact");
    await expect(contacts.names).toHaveText(["Marc Tremblay"]);
    await expect(owner.page).toHaveURL(/[?&]q=trem(&|$)/);

    await search.fill("");
    await expect(count).toHaveText("4 contacts");

    await search.pressSequentially("h2x1y4");
    await expect(count).toHaveText("1 contact");
    await expect(contacts.names).toHaveText(["Élodie Gagnon"]);

    await search.fill("");
    await expect(count).toHaveText("4 contacts");
    await search.pressSequentially("montreal");
    await expect(count).toHaveText("1 contact");
    await expect(contacts.names).toHaveText(["Élodie Gagnon"]);

    // Every word must match.
    await search.pressSequentially(" smith");
    await expect(count).toHaveText("No contacts");
    await expect(owner.page.getByText("No contact matches this search.")).toBeVisible();

    // The search is in the address: a reload shows the same list, with the words still in the box.
    await search.fill("paris");
    await expect(count).toHaveText("1 contact");
    await owner.page.reload();
    await expect(search).toHaveValue("paris");
    await expect(count).toHaveText("1 contact");
    await expect(contacts.names).toHaveText(["Camille Martin"]);
  });

  test("filtering by tag and country, and sorting by city", async () => {
    const { count } = contacts;
    await expect(contacts.tagFilter.getByRole("option")).toHaveText(["All tags", "retail", "vip", "wholesale"]);
    await expect(contacts.countryFilter.getByRole("option")).toHaveText(["All countries", "Canada", "France", "United States"]);

    await contacts.tagFilter.selectOption("wholesale");
    await expect(count).toHaveText("2 contacts");
    await expect(contacts.rows.filter({ hasText: "Élodie Gagnon" })).toHaveCount(1);
    await expect(contacts.rows.filter({ hasText: "John Smith" })).toHaveCount(1);

    await contacts.countryFilter.selectOption({ label: "United States" });
    await expect(count).toHaveText("1 contact");
    await expect(contacts.names).toHaveText(["John Smith"]);

    await contacts.countryFilter.selectOption({ label: "France" });
    await expect(count).toHaveText("No contacts");

    await contacts.tagFilter.selectOption({ label: "All tags" });
    await expect(count).toHaveText("1 contact");
    await expect(contacts.names).toHaveText(["Camille Martin"]);

    await contacts.countryFilter.selectOption({ label: "Canada" });
    await expect(count).toHaveText("2 contacts");
    await contacts.countryFilter.selectOption({ label: "All countries" });
    await expect(count).toHaveText("4 contacts");

    // Sorting by the City column, then the other way round.
    const city = contacts.columnHeader("City");
    await expect(city).not.toHaveAttribute("aria-sort");
    await contacts.sortBy("City");
    await expect(city).toHaveAttribute("aria-sort", "ascending");
    await expect(contacts.cities).toHaveText(["Calgary", "Montréal", "New York", "Paris"]);
    await contacts.sortBy("City");
    await expect(city).toHaveAttribute("aria-sort", "descending");
    await expect(contacts.cities).toHaveText(["Paris", "New York", "Montréal", "Calgary"]);

    // The sort stays while filtering.
    await contacts.tagFilter.selectOption("vip");
    await expect(count).toHaveText("2 contacts");
    await expect(contacts.cities).toHaveText(["Paris", "Montréal"]);
    await expect(city).toHaveAttribute("aria-sort", "descending");
  });

  test("exporting the address book, or what the filters show, as CSV", async () => {
    const { page } = owner;
    const [download] = await Promise.all([page.waitForEvent("download"), contacts.exportLink.click()]);
    expect(download.suggestedFilename()).toBe(`contacts-${owner.slug}.csv`);
    const all = await csvOf(download);
    expect(all.header).toEqual(["name", "company", "line1", "line2", "city", "province", "postal_code", "country", "phone", "email", "notes", "tags", "tax_id"]);
    expect(all.rows.map((r) => r.name).sort()).toEqual(["Camille Martin", "John Smith", "Marc Tremblay", "Élodie Gagnon"]);
    expect(all.rows.find((r) => r.name === "Élodie Gagnon")).toEqual({
      name: "Élodie Gagnon",
      company: "Boulangerie Gagnon",
      line1: "1234 rue Saint-Denis",
      line2: "",
      city: "Montréal",
      province: "QC",
      postal_code: "H2X 1Y4",
      country: "CA",
      phone: "",
      email: "elodie@example.com",
      notes: "",
      tags: "wholesale; vip",
      tax_id: "",
    });
    expect(all.rows.find((r) => r.name === "John Smith")).toMatchObject({ city: "New York", province: "NY", postal_code: "10118-0110", country: "US" });
    expect(all.rows.find((r) => r.name === "Camille Martin")).toMatchObject({ city: "Paris", province: "", postal_code: "75001", country: "FR" });

    // With a filter, only what the list shows.
    await contacts.tagFilter.selectOption("wholesale");
    await expect(contacts.count).toHaveText("2 contacts");
    await expect(contacts.exportLink).toHaveAttribute("href", /[?&]tag=wholesale(&|$)/);
    const [filtered] = await Promise.all([page.waitForEvent("download"), contacts.exportLink.click()]);
    expect((await csvOf(filtered)).rows.map((r) => r.name).sort()).toEqual(["John Smith", "Élodie Gagnon"]);
  });
});


test("more than 50 contacts, imported from a file, are shown 50 to a page", async ({ newUser }) => {
  const owner = await newUser("pager");
  const { page } = owner;
  const contacts = new ContactsPage(page, owner.slug);
  // A file in the export's own format, which imports as it is.
  const rows = Array.from({ length: 55 }, (_, i) => `Customer ${String(i + 1).padStart(2, "0")},,${i + 1} Front St W,,Toronto,ON,M5V 2T6,CA,,,,bulk,`);
  const csv = ["name,company,line1,line2,city,province,postal_code,country,phone,email,notes,tags,tax_id", ...rows].join("\n");

  await contacts.goto();
  await contacts.main.getByRole("link", { name: "Import a file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import contacts");
  await page.getByLabel("CSV, TXT or XML file").setInputFiles({ name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("import-summary")).toHaveText("55 rows are ready to import.");
  await page.getByRole("button", { name: "Import 55 contacts" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("Imported 55 contacts.");
  await page.getByRole("link", { name: "Open the address book" }).click();

  await expect(contacts.count).toHaveText("55 contacts");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 2");
  await expect(contacts.rows).toHaveCount(50);
  await expect(contacts.names.first()).toHaveText("Customer 01");
  await expect(contacts.names.last()).toHaveText("Customer 50");
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(pages).toContainText("Page 2 of 2");
  await expect(contacts.names).toHaveText(["Customer 51", "Customer 52", "Customer 53", "Customer 54", "Customer 55"]);
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
  // The count is of every match, not of the page.
  await expect(contacts.count).toHaveText("55 contacts");
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(pages).toContainText("Page 1 of 2");
  await expect(contacts.rows).toHaveCount(50);

  // Sorting the other way, from page 2, starts again on page 1.
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(pages).toContainText("Page 2 of 2");
  await contacts.sortBy("Name");
  await expect(contacts.columnHeader("Name")).toHaveAttribute("aria-sort", "descending");
  await expect(pages).toContainText("Page 1 of 2");
  await expect(contacts.names.first()).toHaveText("Customer 55");

  // A search narrows to one page of results.
  await contacts.search.pressSequentially("customer 1");
  await expect(contacts.count).toHaveText("15 contacts");
  await expect(pages).toHaveCount(0);
  await expect(contacts.rows).toHaveCount(15);
});


test("after a refused submit, the country chosen for a contact is still chosen", async ({ newUser }) => {
  const owner = await newUser("refused");
  const contacts = new ContactsPage(owner.page, owner.slug);
  await contacts.openNew();
  await contacts.fill({ ...CAMILLE, "Postal or ZIP code": undefined });
  await contacts.main.getByRole("button", { name: "Add contact" }).click();
  await expect(contacts.field("Postal or ZIP code")).toHaveAttribute("aria-invalid", "true");
  await expect(contacts.field("Country")).toHaveValue("FR", { timeout: 3_000 });
});

test("sorting by name puts accented names among the others", async ({ newUser }) => {
  const owner = await newUser("accents");
  const contacts = new ContactsPage(owner.page, owner.slug);
  for (const name of ["Zoé Zed", "Émile Roy", "Adam Ames"]) await contacts.add({ Name: name, "Address line 1": "1 Main St", "Postal or ZIP code": "T2P 1J9", City: "Calgary", "Province or state": "Alberta" });
  await expect(contacts.count).toHaveText("3 contacts");
  await expect(contacts.names).toHaveText(["Adam Ames", "Émile Roy", "Zoé Zed"], { timeout: 3_000 });
});

test("importing a CSV with a bad row shows that row's error, and imports the valid rows", async ({ newUser }) => {
  const owner = await newUser("importer");
  const { page } = owner;
  const contacts = new ContactsPage(page, owner.slug);
  const csv = [
    "Nom;Adresse;Ville;Province;Code postal;Pays;Courriel",
    "Léa Roy;5000 rue Iberville;Montréal;QC;H2H 2S6;Canada;lea@example.com",
    "Marc Côté;1 Front St W;Toronto;QC;M5J 2X5;Canada;marc@example.com",
    "Ann Lee;350 5th Ave;New York;NY;10118;United States;ann@example.com",
  ].join("\n");

  await contacts.goto();
  await contacts.main.getByRole("link", { name: "Import a file" }).click();
  await page.getByLabel("CSV, TXT or XML file").setInputFiles({ name: "clients.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  // French headers and a semicolon file are understood without help.
  await expect(page.getByTestId("import-summary")).toHaveText("2 rows are ready to import; 1 row has errors.");
  const problems = page.getByTestId("row-problems");
  await expect(problems).toContainText("Row 3");
  await expect(problems).toContainText("This postal code belongs to Ontario, not Quebec.");

  // All or nothing refuses while a row is wrong; only the valid rows goes ahead.
  await page.getByLabel("All or nothing").check();
  await expect(page.getByTestId("import-submit")).toBeDisabled();
  await page.getByLabel("Only the valid rows").check();
  await page.getByRole("button", { name: "Import 2 contacts" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported 2 contacts");
  await page.getByRole("link", { name: "Open the address book" }).click();
  await expect(contacts.count).toHaveText("2 contacts");
  await expect(contacts.names).toHaveText(["Ann Lee", "Léa Roy"]);
});
