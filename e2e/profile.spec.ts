import { uniqueEmail } from "./support/accounts";
import { expect, tag, test, type User } from "./support/fixtures";
import { DefaultsPage, joinBySigningUp, MembersPage, ProfilePage, TemplatesPage } from "./support/pages";

/** Invites someone into the owner's business with `role`; returns their page, signed in and in the business. */
async function colleague(owner: User, newBrowser: () => Promise<import("@playwright/test").Page>, role: "Viewer" | "Shipper") {
  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const link = await members.invite(uniqueEmail(role.toLowerCase()), role);
  const page = await newBrowser();
  await joinBySigningUp(page, link, `${role} ${tag()}`, owner.business);
  return page;
}

test("an owner fills in the business profile, and it is there after a reload", async ({ newUser }) => {
  const owner = await newUser("profile");
  const profile = new ProfilePage(owner.page, owner.slug);
  await profile.goto();
  await expect(profile.field("Display name")).toHaveValue(owner.business);
  await expect(profile.creditLimit).toHaveText("$0.00");

  const renamed = `${owner.business} Ltd`;
  await profile.field("Display name").fill(renamed);
  await profile.field("Legal name").fill("Envoi Test Shipping Inc.");
  await profile.field("Phone").fill("514 555 0100");
  await profile.field("Email").fill("Billing@Example.com");
  await profile.field("Business number (BN)").fill("123456789");
  await profile.field("GST/HST number").fill("123456789 RT 0001");
  await profile.field("Account number").fill("0001234567");
  const eori = profile.taxId(0);
  await eori.type.selectOption({ label: "EORI (EU)" });
  await eori.country.fill("fr");
  await eori.number.fill("FR12345678901");
  await profile.saveButton.click();
  await expect(profile.form.getByRole("status")).toHaveText("The business profile is saved.");
  // The header follows the new name.
  await expect(owner.page.getByLabel("Switch business")).toHaveText(renamed);

  await owner.page.reload();
  await expect(profile.field("Display name")).toHaveValue(renamed);
  await expect(profile.field("Legal name")).toHaveValue("Envoi Test Shipping Inc.");
  await expect(profile.field("Phone")).toHaveValue("514 555 0100");
  await expect(profile.field("Email")).toHaveValue("billing@example.com");
  await expect(profile.field("Business number (BN)")).toHaveValue("123456789");
  await expect(profile.field("GST/HST number")).toHaveValue("123456789RT0001");
  await expect(profile.field("Account number")).toHaveValue("0001234567");
  await expect(profile.taxId(0).type).toHaveValue("EORI");
  await expect(profile.taxId(0).country).toHaveValue("FR");
  await expect(profile.taxId(0).number).toHaveValue("FR12345678901");
  // A blank row is offered for another identifier.
  await expect(profile.taxId(1).number).toHaveValue("");
  // The credit limit is Envoi's to set: shown, not a field.
  await expect(profile.creditLimit).toHaveText("$0.00");
  await expect(profile.form.getByRole("textbox", { name: "Credit limit" })).toHaveCount(0);
});

test("a wrong GST/HST number, account number or EORI is refused next to its field, and nothing is saved", async ({ newUser }) => {
  const owner = await newUser("badtax");
  const profile = new ProfilePage(owner.page, owner.slug);
  await profile.goto();
  await profile.field("GST/HST number").fill("123456789RT0001");
  await profile.saveButton.click();
  await expect(profile.form.getByRole("status")).toHaveText("The business profile is saved.");
  await owner.page.reload();

  await profile.field("GST/HST number").fill("12345RT1");
  await profile.field("Account number").fill("12345");
  await profile.taxId(0).number.fill("12345");
  await profile.saveButton.click();
  await expect(profile.form.getByRole("alert").first()).toHaveText("Some fields need your attention.");
  await expect(profile.field("GST/HST number")).toHaveAccessibleDescription("A GST/HST number looks like 123456789RT0001.");
  await expect(profile.field("GST/HST number")).toHaveAttribute("aria-invalid", "true");
  await expect(profile.field("Account number")).toHaveAccessibleDescription("An account number has 10 digits, like 0001234567.");
  await expect(profile.taxId(0).number).toHaveAccessibleDescription("An EORI number starts with a country code, like FR12345678901.");
  await expect(profile.field("Business number (BN)")).not.toHaveAttribute("aria-invalid");
  // What was typed stays, to be corrected.
  await expect(profile.field("GST/HST number")).toHaveValue("12345RT1");

  await owner.page.reload();
  await expect(profile.field("GST/HST number")).toHaveValue("123456789RT0001");
  await expect(profile.field("Account number")).toHaveValue("");
  await expect(profile.taxId(0).number).toHaveValue("");
});

test("a viewer sees the profile and the credit limit, read-only", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const profile = new ProfilePage(owner.page, owner.slug);
  await profile.goto();
  await profile.field("GST/HST number").fill("123456789RT0001");
  await profile.field("Account number").fill("0001234567");
  await profile.saveButton.click();
  await expect(profile.form.getByRole("status")).toHaveText("The business profile is saved.");

  const page = await colleague(owner, newBrowser, "Viewer");
  const theirs = new ProfilePage(page, owner.slug);
  await theirs.goto();
  await expect(page.getByRole("main").getByRole("status").first()).toHaveText("Only owners and admins can change the business profile.");
  await expect(theirs.field("GST/HST number")).toHaveValue("123456789RT0001");
  await expect(theirs.field("Account number")).toHaveValue("0001234567");
  for (const label of ["Display name", "GST/HST number", "Account number"] as const) await expect(theirs.field(label)).not.toBeEditable();
  await expect(theirs.taxId(0).number).not.toBeEditable();
  await expect(theirs.saveButton).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  await expect(theirs.creditLimit).toHaveText("$0.00");
  await expect(page.getByText("Set by Envoi; contact us to change it.")).toBeVisible();
});

test("a shipper cannot change the business defaults, but saves their own, and they stick", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const page = await colleague(owner, newBrowser, "Shipper");

  const defaults = new DefaultsPage(page, owner.slug);
  await defaults.goto();
  await expect(page.getByRole("region", { name: "The business's defaults" })).toContainText("Only owners and admins change the business defaults.");
  await expect(defaults.businessForm).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save business defaults" })).toHaveCount(0);

  const units = defaults.myForm.getByRole("combobox", { name: "Units" });
  await expect(defaults.chosen(defaults.myForm, "Units")).toHaveText("Business default (Metric (cm, kg))");
  await units.selectOption({ label: "Imperial (in, lb)" });
  await defaults.myForm.getByRole("textbox", { name: "Reference printed on labels" }).fill("SHIP-42");
  await defaults.myForm.getByRole("button", { name: "Save my defaults" }).click();
  await expect(defaults.myForm.getByRole("status")).toHaveText("Defaults saved.");

  await page.reload();
  await expect(units).toHaveValue("IMPERIAL");
  await expect(defaults.myForm.getByRole("textbox", { name: "Reference printed on labels" })).toHaveValue("SHIP-42");
  // Their templates page follows their units; the owner's does not.
  const theirTemplates = new TemplatesPage(page, owner.slug);
  await theirTemplates.goto();
  await expect(theirTemplates.unitButton("Imperial")).toHaveAttribute("aria-pressed", "true");
  const ownerTemplates = new TemplatesPage(owner.page, owner.slug);
  await ownerTemplates.goto();
  await expect(ownerTemplates.unitButton("Metric")).toHaveAttribute("aria-pressed", "true");
  const ownerDefaults = new DefaultsPage(owner.page, owner.slug);
  await ownerDefaults.goto();
  await expect(ownerDefaults.chosen(ownerDefaults.businessForm, "Units")).toHaveText("Metric (cm, kg)");
  await expect(ownerDefaults.chosen(ownerDefaults.myForm, "Units")).toHaveText("Business default (Metric (cm, kg))");
});

test("after saving, a select shows the choice that was saved", async ({ newUser }) => {
  const owner = await newUser("owner");
  const defaults = new DefaultsPage(owner.page, owner.slug);
  await defaults.goto();
  const units = defaults.businessForm.getByRole("combobox", { name: "Units" });
  await units.selectOption({ label: "Imperial (in, lb)" });
  await defaults.businessForm.getByRole("button", { name: "Save business defaults" }).click();
  await expect(defaults.businessForm.getByRole("status")).toHaveText("Defaults saved.");
  await expect(units).toHaveValue("IMPERIAL", { timeout: 3_000 });
});
