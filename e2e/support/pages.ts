import { expect, type Locator, type Page } from "@playwright/test";
import { PASSWORD } from "./accounts";
import { linkIn, waitForEmail } from "./mailbox";

/** Every business page's 404, for a business that does not exist or that the user is not part of. */
export async function expectNotFound(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("This page does not exist, or you do not have access to it.")).toBeVisible();
}

/** The sign-in page: one form with a password, one that emails a link (each in its own section). */
export class SignInPage {
  readonly passwordForm: Locator;
  readonly linkForm: Locator;

  constructor(readonly page: Page) {
    this.passwordForm = page.getByRole("region", { name: "With your password" });
    this.linkForm = page.getByRole("region", { name: "With a link by email" });
  }

  async goto() {
    await this.page.goto("/signin");
  }

  async signInWithPassword(email: string, password = PASSWORD) {
    await this.passwordForm.getByRole("textbox", { name: "Email" }).fill(email);
    await this.passwordForm.getByLabel("Password", { exact: true }).fill(password);
    await this.passwordForm.getByRole("button", { name: "Sign in" }).click();
  }

  async requestLink(email: string) {
    await this.linkForm.getByRole("textbox", { name: "Email" }).fill(email);
    await this.linkForm.getByRole("button", { name: "Email me a sign-in link" }).click();
  }
}

/** The header's menu of business sections (on a wide screen), in English or French. */
export function sectionsMenu(page: Page, lang: "en" | "fr" = "en"): Locator {
  return page.getByRole("navigation", { name: lang === "fr" ? "Sections de l'entreprise" : "Business sections" });
}

/**
 * Opens a group of the header's menu ("Ship", "Track", "Address book", "Settings") and returns it,
 * so a test can follow one of its links or check which are there.
 */
export async function openMenuGroup(page: Page, group: string, lang: "en" | "fr" = "en"): Promise<Locator> {
  const button = sectionsMenu(page, lang).getByRole("button", { name: group, exact: true });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  return page.locator(`#${await button.getAttribute("aria-controls")}`);
}

/** Follows a link of the header's menu: opens its group first, e.g. ("Track", "Post offices"). */
export async function followMenu(page: Page, group: string, link: string, lang: "en" | "fr" = "en") {
  const links = await openMenuGroup(page, group, lang);
  await links.getByRole("link", { name: link, exact: true }).click();
}

/** The header of every business page. */
export class BusinessHeader {
  constructor(readonly page: Page) {}

  get switcher() {
    return this.page.getByLabel("Switch business");
  }

  async switchTo(business: string) {
    await this.switcher.click();
    await this.page.getByRole("link", { name: business, exact: true }).click();
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL("/");
  }
}

/** /b/<slug>/members, in English. */
export class MembersPage {
  readonly inviteForm: Locator;

  constructor(readonly page: Page, readonly slug: string) {
    this.inviteForm = page.getByRole("form", { name: "Invite someone" });
  }

  async goto() {
    await this.page.goto(`/b/${this.slug}/members`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Team");
  }

  /** Invites `email` and returns the link from the invitation email. */
  async invite(email: string, role: "Owner" | "Admin" | "Shipper" | "Viewer"): Promise<string> {
    await this.inviteForm.getByRole("textbox", { name: "Their email" }).fill(email);
    await this.inviteForm.getByRole("combobox", { name: "Role" }).selectOption({ label: role });
    await this.inviteForm.getByRole("button", { name: "Send invitation" }).click();
    await expect(this.inviteForm.getByRole("status")).toHaveText(`Invitation sent to ${email}.`);
    const mail = await waitForEmail(email, /invited you to .* on Envoi/);
    return linkIn(mail, "/invite/");
  }

  /** A member's row in the team table. */
  member(email: string): Locator {
    return this.page.getByTestId(`member-${email}`);
  }

  roleSelect(name: string): Locator {
    return this.page.getByRole("combobox", { name: `Role of ${name}` });
  }

  changeRoleButton(name: string): Locator {
    return this.page.getByRole("button", { name: `Change the role of ${name}` });
  }

  removeButton(name: string): Locator {
    return this.page.getByRole("button", { name: `Remove ${name}` });
  }

  async changeRole(name: string, role: "Owner" | "Admin" | "Shipper" | "Viewer") {
    await this.roleSelect(name).selectOption({ label: role });
    await this.changeRoleButton(name).click();
  }

  async remove(name: string) {
    this.page.once("dialog", (d) => d.accept());
    await this.removeButton(name).click();
  }

  leaveButton(business: string): Locator {
    return this.page.getByRole("button", { name: `Leave ${business}` });
  }
}

/** Opens an invitation link signed out and creates the account through it; lands in the business. */
export async function joinBySigningUp(page: Page, link: string, name: string, business: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${business} on Envoi` })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByText(`Create your account to join ${business}.`)).toBeVisible();
  await page.getByRole("textbox", { name: "Your name" }).fill(name);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/b\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(business);
}

/** Fills a form's fields by their labels (text boxes, or selects by the visible option). */
async function fillByLabel(scope: Locator, values: Record<string, string | undefined>, selects: readonly string[] = []) {
  for (const [label, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (selects.includes(label)) await scope.getByRole("combobox", { name: label, exact: true }).selectOption({ label: value });
    else await scope.getByRole("textbox", { name: label, exact: true }).fill(value);
  }
}

/** What a user types in the ship-from location form; absent fields are left as they are. */
export interface LocationFields {
  "Name of the location"?: string;
  "Contact name"?: string;
  Company?: string;
  Phone?: string;
  Email?: string;
  "Address line 1"?: string;
  "Address line 2"?: string;
  "Postal code"?: string;
  City?: string;
  /** The province's name as the select shows it ("Quebec"). */
  "Province or territory"?: string;
}

/** /b/<slug>/locations: the list (the default first) and the "Add a location" form. */
export class LocationsPage {
  readonly newForm: Locator;
  readonly list: Locator;

  constructor(readonly page: Page, readonly slug: string) {
    this.newForm = page.getByRole("form", { name: "Add a location" });
    this.list = page.getByRole("region", { name: /^(No locations|\d+ locations?)$/ });
  }

  async goto() {
    await this.page.goto(`/b/${this.slug}/locations`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Ship-from locations");
  }

  async fill(form: Locator, fields: LocationFields) {
    await fillByLabel(form, { ...fields }, ["Province or territory"]);
  }

  /** Fills the new-location form and submits it (the outcome is for the test to check). */
  async add(fields: LocationFields) {
    await this.fill(this.newForm, fields);
    await this.newForm.getByRole("button", { name: "Add location" }).click();
  }

  field(form: Locator, label: keyof LocationFields): Locator {
    return label === "Province or territory" ? form.getByRole("combobox", { name: label }) : form.getByRole("textbox", { name: label, exact: true });
  }

  /** The card title, "2 locations". */
  get count(): Locator {
    return this.list.getByRole("heading", { level: 2 });
  }

  location(label: string): Locator {
    return this.page.getByTestId(`location-${label}`);
  }

  /** Every location's name in list order, with "Default" after the default one's name. */
  get rows(): Locator {
    return this.list.getByRole("listitem");
  }

  defaultBadge(label: string): Locator {
    return this.location(label).getByText("Default", { exact: true });
  }

  async makeDefault(label: string) {
    await this.page.getByRole("button", { name: `Make ${label} the default` }).click();
  }

  async remove(label: string) {
    this.page.once("dialog", (d) => {
      expect(d.message()).toBe(`Delete the location ${label}?`);
      void d.accept();
    });
    await this.page.getByRole("button", { name: `Delete ${label}` }).click();
  }
}

/** /b/<slug>/defaults: the business's defaults (owners, admins) and "My defaults" (everyone who ships). */
export class DefaultsPage {
  readonly businessForm: Locator;
  readonly myForm: Locator;

  constructor(readonly page: Page, readonly slug: string) {
    this.businessForm = page.getByRole("form", { name: "The business's defaults" });
    this.myForm = page.getByRole("form", { name: "My defaults" });
  }

  async goto() {
    await this.page.goto(`/b/${this.slug}/defaults`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Defaults");
  }

  /** The option a select of `form` shows as chosen. */
  chosen(form: Locator, label: string): Locator {
    return form.getByRole("combobox", { name: label, exact: true }).locator("option:checked");
  }
}

/** What a user types in the contact form; absent fields are left as they are. */
export interface ContactFields {
  Name?: string;
  Company?: string;
  "Address line 1"?: string;
  "Address line 2"?: string;
  /** The country's name as the select shows it ("United States"). */
  Country?: string;
  "Postal or ZIP code"?: string;
  City?: string;
  /** A province or state name for Canada and the United States (a select), free text elsewhere. */
  "Province or state"?: string;
  Phone?: string;
  Email?: string;
  Tags?: string;
}

/** /b/<slug>/contacts: the address book, its search and filters, and the contact pages. */
export class ContactsPage {
  readonly main: Locator;

  constructor(readonly page: Page, readonly slug: string) {
    this.main = page.getByRole("main");
  }

  async goto(query = "") {
    await this.page.goto(`/b/${this.slug}/contacts${query}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Address book");
  }

  get search(): Locator {
    return this.page.getByRole("searchbox", { name: "Search contacts" });
  }

  get tagFilter(): Locator {
    return this.page.getByRole("combobox", { name: "Tag" });
  }

  get countryFilter(): Locator {
    return this.page.getByRole("combobox", { name: "Country" });
  }

  /** "3 contacts", updated as the list follows the search and filters. */
  get count(): Locator {
    return this.page.getByTestId("contact-count");
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: "Address book" });
  }

  get rows(): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("cell") });
  }

  /** The names in the list, in order. */
  get names(): Locator {
    return this.rows.locator("td:nth-child(1)");
  }

  /** The cities in the list, in order. */
  get cities(): Locator {
    return this.rows.locator("td:nth-child(3)");
  }

  link(name: string): Locator {
    return this.table.getByRole("link", { name, exact: true });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole("columnheader").filter({ has: this.page.getByRole("link", { name: `Sort by ${name}` }) });
  }

  async sortBy(name: string) {
    await this.page.getByRole("link", { name: `Sort by ${name}` }).click();
  }

  /** Opens the new-contact page from the list. */
  async openNew() {
    if (new URL(this.page.url()).pathname !== `/b/${this.slug}/contacts`) await this.goto();
    await this.main.getByRole("link", { name: "Add a contact" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("New contact");
  }

  async fill(fields: ContactFields) {
    // The country first: the province field changes with it.
    const { Country, ...rest } = fields;
    if (Country) await this.main.getByRole("combobox", { name: "Country", exact: true }).selectOption({ label: Country });
    const isSelect = await this.main.getByRole("combobox", { name: "Province or state" }).count();
    await fillByLabel(this.main, rest, isSelect ? ["Province or state"] : []);
  }

  field(label: keyof ContactFields): Locator {
    return this.main.getByRole(label === "Country" ? "combobox" : "textbox", { name: label, exact: true });
  }

  /** Adds a contact through the form, and waits for the list that says it is saved. */
  async add(fields: ContactFields) {
    await this.page.goto(`/b/${this.slug}/contacts/new`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("New contact");
    await this.fill(fields);
    await this.main.getByRole("button", { name: "Add contact" }).click();
    await expect(this.page).toHaveURL(`/b/${this.slug}/contacts?saved=1`);
    await expect(this.main.getByRole("status")).toHaveText("Contact saved.");
  }

  /** The id of a contact, from its link in the list. */
  async idOf(name: string): Promise<string> {
    const href = await this.link(name).getAttribute("href");
    const id = href?.split("/").pop();
    if (!id) throw new Error(`No link for ${name}`);
    return id;
  }

  get exportLink(): Locator {
    return this.main.getByRole("link", { name: "Export CSV" });
  }
}

/** What a user sees and types in a parcel template form, in the current units. */
export interface TemplateFields {
  Name?: string;
  Packaging?: "Box" | "Envelope" | "Tube" | "Pak";
  length?: string;
  width?: string;
  height?: string;
  weight?: string;
}

/** /b/<slug>/templates: the units switch, the new-template form and the list. */
export class TemplatesPage {
  readonly newForm: Locator;
  readonly units: Locator;
  readonly list: Locator;

  constructor(readonly page: Page, readonly slug: string) {
    this.newForm = page.getByRole("form", { name: "New template" });
    this.units = page.getByRole("group", { name: "Units" });
    this.list = page.getByRole("region", { name: /^(No templates|\d+ templates?)$/ });
  }

  async goto() {
    await this.page.goto(`/b/${this.slug}/templates`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Parcel templates");
  }

  unitButton(units: "Metric" | "Imperial"): Locator {
    return this.units.getByRole("button", { name: units === "Metric" ? "Metric (cm, kg)" : "Imperial (in, lb)" });
  }

  async switchUnits(units: "Metric" | "Imperial") {
    await this.unitButton(units).click();
    await expect(this.unitButton(units)).toHaveAttribute("aria-pressed", "true");
  }

  /** The dimension fields are labelled with their unit: "Length (cm)". */
  field(form: Locator, name: "length" | "width" | "height" | "weight"): Locator {
    const label = { length: /^Length \((cm|in)\)$/, width: /^Width \((cm|in)\)$/, height: /^Height \((cm|in)\)$/, weight: /^Empty weight \((kg|lb)\)$/ }[name];
    return form.getByRole("textbox", { name: label });
  }

  async fill(form: Locator, fields: TemplateFields) {
    if (fields.Name !== undefined) await form.getByRole("textbox", { name: "Name" }).fill(fields.Name);
    if (fields.Packaging) await form.getByRole("combobox", { name: "Packaging" }).selectOption({ label: fields.Packaging });
    for (const name of ["length", "width", "height", "weight"] as const) {
      if (fields[name] !== undefined) await this.field(form, name).fill(fields[name]);
    }
  }

  async add(fields: TemplateFields) {
    await this.fill(this.newForm, fields);
    await this.newForm.getByRole("button", { name: "Add template" }).click();
  }

  template(name: string): Locator {
    return this.page.getByTestId(`template-${name}`);
  }

  dimensions(name: string): Locator {
    return this.template(name).getByTestId("dimensions");
  }

  weight(name: string): Locator {
    return this.template(name).getByTestId("weight");
  }

  /** Opens a template's edit form (under its "Edit" disclosure) and returns it. */
  async openEdit(name: string): Promise<Locator> {
    await this.template(name).getByText("Edit", { exact: true }).click();
    const form = this.page.getByRole("form", { name: `Edit ${name}` });
    await expect(form).toBeVisible();
    return form;
  }

  async remove(name: string) {
    this.page.once("dialog", (d) => {
      expect(d.message()).toBe(`Delete the template ${name}?`);
      void d.accept();
    });
    await this.page.getByRole("button", { name: `Delete ${name}` }).click();
  }
}

/** /b/<slug>/settings: the business profile. */
export class ProfilePage {
  readonly form: Locator;

  constructor(readonly page: Page, readonly slug: string) {
    this.form = page.getByRole("main").locator("form");
  }

  async goto() {
    await this.page.goto(`/b/${this.slug}/settings`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Business profile");
  }

  field(label: "Display name" | "Legal name" | "Phone" | "Email" | "Business number (BN)" | "GST/HST number" | "QST number" | "Account number" | "Contract number"): Locator {
    return this.form.getByRole("textbox", { name: label, exact: true });
  }

  /** One row of "Tax identifiers for international shipments" (0 is the first). */
  taxId(row: number) {
    return {
      type: this.form.getByRole("combobox", { name: "Type", exact: true }).nth(row),
      country: this.form.getByRole("textbox", { name: "Country", exact: true }).nth(row),
      number: this.form.getByRole("textbox", { name: "Number", exact: true }).nth(row),
    };
  }

  get saveButton(): Locator {
    return this.form.getByRole("button", { name: "Save profile" });
  }

  get creditLimit(): Locator {
    return this.page.getByTestId("credit-limit");
  }
}

/** /b/<slug>/rates: the quick-quote form and the table of services. */
export class RatesPage {
  readonly form: Locator;
  readonly table: Locator;

  constructor(readonly page: Page, readonly slug: string) {
    this.form = page.getByRole("form", { name: "Compare rates" });
    this.table = page.getByRole("table", { name: /services?$/ });
  }

  async goto() {
    await this.page.goto(`/b/${this.slug}/rates`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Compare rates");
  }

  textbox(name: string | RegExp): Locator {
    return this.form.getByRole("textbox", { name });
  }

  async size(length: string, width: string, height: string, weight: string) {
    await this.form.getByRole("textbox", { name: /^Length/ }).fill(length);
    await this.form.getByRole("textbox", { name: /^Width/ }).fill(width);
    await this.form.getByRole("textbox", { name: /^Height/ }).fill(height);
    await this.form.getByRole("textbox", { name: /^Weight/ }).fill(weight);
  }

  async compare() {
    await this.form.getByRole("button", { name: "Compare services" }).click();
  }

  row(serviceCode: string): Locator {
    return this.page.getByTestId(`quote-${serviceCode}`);
  }

  /** Service names in table order. */
  get serviceNames(): Locator {
    return this.table.locator("> tbody > tr[data-testid] td:first-child > div:first-child");
  }

  async totalsInCents(): Promise<number[]> {
    return this.table.locator("> tbody > tr[data-testid]").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-total-cents"))));
  }

  async deliveryDates(): Promise<string[]> {
    return this.table.locator("> tbody > tr[data-testid]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-delivery") ?? ""));
  }

  async sortBy(label: "Price" | "Delivery date") {
    await this.page.getByRole("group", { name: "Sort by" }).getByRole("button", { name: label }).click();
  }

  details(serviceName: string): Locator {
    return this.page.getByRole("table", { name: `Price details of ${serviceName}` });
  }

  async openDetails(serviceName: string) {
    await this.page.getByRole("button", { name: `Price details of ${serviceName}` }).click();
  }
}
