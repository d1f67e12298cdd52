import { uniqueEmail } from "./support/accounts";
import { expect, tag, test } from "./support/fixtures";
import { joinBySigningUp, MembersPage, TemplatesPage } from "./support/pages";

test("a parcel template in metric, shown in imperial, edited and deleted", async ({ newUser }) => {
  const owner = await newUser("templates");
  const templates = new TemplatesPage(owner.page, owner.slug);
  await templates.goto();
  await expect(templates.unitButton("Metric")).toHaveAttribute("aria-pressed", "true");
  await expect(templates.unitButton("Imperial")).toHaveAttribute("aria-pressed", "false");
  await expect(templates.list.getByRole("heading")).toHaveText("No templates");

  await templates.add({ Name: "Small box", Packaging: "Box", length: "30", width: "20", height: "10", weight: "0.25" });
  await expect(templates.newForm.getByRole("status")).toHaveText("Template saved.");
  await expect(templates.list.getByRole("heading")).toHaveText("1 template");
  await expect(templates.template("Small box")).toContainText("Box");
  await expect(templates.dimensions("Small box")).toHaveText("30 × 20 × 10 cm");
  await expect(templates.weight("Small box")).toHaveText("0.25 kg");

  // Imperial: the same box in inches (one decimal) and pounds (two decimals); the form asks in inches.
  await templates.switchUnits("Imperial");
  await expect(templates.unitButton("Metric")).toHaveAttribute("aria-pressed", "false");
  await expect(templates.dimensions("Small box")).toHaveText("11.8 × 7.9 × 3.9 in");
  await expect(templates.weight("Small box")).toHaveText("0.55 lb");
  await expect(templates.newForm.getByRole("textbox", { name: "Length (in)" })).toBeVisible();
  await expect(templates.newForm.getByRole("textbox", { name: "Empty weight (lb)" })).toBeVisible();
  // The choice is this member's and sticks.
  await owner.page.reload();
  await expect(templates.unitButton("Imperial")).toHaveAttribute("aria-pressed", "true");
  await expect(templates.dimensions("Small box")).toHaveText("11.8 × 7.9 × 3.9 in");

  // Back to metric: nothing drifted.
  await templates.switchUnits("Metric");
  await expect(templates.dimensions("Small box")).toHaveText("30 × 20 × 10 cm");
  await expect(templates.weight("Small box")).toHaveText("0.25 kg");
  await expect(templates.newForm.getByRole("textbox", { name: "Length (cm)" })).toBeVisible();

  // Editing: the form holds the stored values in cm and kg.
  const edit = await templates.openEdit("Small box");
  await expect(edit.getByRole("textbox", { name: "Name" })).toHaveValue("Small box");
  await expect(templates.field(edit, "length")).toHaveValue("30");
  await expect(templates.field(edit, "weight")).toHaveValue("0.25");
  await templates.fill(edit, { Name: "Medium box", length: "40.5", weight: "0.4" });
  await edit.getByRole("button", { name: "Save template" }).click();
  await expect(templates.template("Medium box")).toBeVisible();
  await expect(templates.template("Small box")).toHaveCount(0);
  await expect(templates.dimensions("Medium box")).toHaveText("40.5 × 20 × 10 cm");
  await expect(templates.weight("Medium box")).toHaveText("0.4 kg");
  await owner.page.reload();
  await expect(templates.dimensions("Medium box")).toHaveText("40.5 × 20 × 10 cm");

  // Deleting asks first.
  await templates.remove("Medium box");
  await expect(templates.template("Medium box")).toHaveCount(0);
  await expect(templates.list.getByRole("heading")).toHaveText("No templates");
  await expect(owner.page.getByText("No template yet.")).toBeVisible();
});

test("a template typed in imperial is stored and shown in metric too", async ({ newUser }) => {
  const owner = await newUser("imperial");
  const templates = new TemplatesPage(owner.page, owner.slug);
  await templates.goto();
  await templates.switchUnits("Imperial");
  await templates.add({ Name: "Tube", Packaging: "Tube", length: "36", width: "4", height: "4", weight: "1" });
  await expect(templates.newForm.getByRole("status")).toHaveText("Template saved.");
  await expect(templates.dimensions("Tube")).toHaveText("36 × 4 × 4 in");
  await expect(templates.weight("Tube")).toHaveText("1 lb");
  await templates.switchUnits("Metric");
  await expect(templates.dimensions("Tube")).toHaveText("91.4 × 10.2 × 10.2 cm");
  await expect(templates.weight("Tube")).toHaveText("0.454 kg");
});

test("a side over 2 m, a missing size and too much weight are refused next to their fields", async ({ newUser }) => {
  const owner = await newUser("toolong");
  const templates = new TemplatesPage(owner.page, owner.slug);
  await templates.goto();
  const form = templates.newForm;
  // A size left empty first.
  await templates.add({ Name: "Ski box", length: "201", width: "30", height: "", weight: "31" });
  await expect(form.getByRole("alert").first()).toHaveText("Some fields need your attention.");
  await expect(templates.field(form, "height")).toHaveAccessibleDescription("This field is required.");
  // Then the sizes are checked against Canada Post's limits.
  await templates.fill(form, { height: "15" });
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(templates.field(form, "length")).toHaveAccessibleDescription("No side can be longer than 2 m (78.7 in).");
  await expect(templates.field(form, "length")).toHaveAttribute("aria-invalid", "true");
  await expect(templates.field(form, "weight")).toHaveAccessibleDescription("A parcel can weigh at most 30 kg (66 lb).");
  await expect(templates.field(form, "height")).not.toHaveAttribute("aria-invalid");
  await expect(templates.field(form, "width")).not.toHaveAttribute("aria-invalid");
  // Nothing was saved, and what was typed is still there.
  await expect(templates.list.getByRole("heading")).toHaveText("No templates");
  await expect(form.getByRole("textbox", { name: "Name" })).toHaveValue("Ski box");
  await expect(templates.field(form, "length")).toHaveValue("201");

  // In imperial the limit is the same 2 m: 79 in is over it, 78.7 in is not.
  await templates.switchUnits("Imperial");
  await owner.page.reload(); // a fresh form, so the message below is the new submit's
  await expect(templates.field(form, "length")).not.toHaveAttribute("aria-invalid");
  await templates.add({ Name: "Ski box", length: "79", width: "12", height: "6", weight: "10" });
  await expect(templates.field(form, "length")).toHaveAccessibleDescription("No side can be longer than 2 m (78.7 in).");
  await templates.fill(form, { length: "78.7" });
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(form.getByRole("status")).toHaveText("Template saved.");
  await expect(templates.dimensions("Ski box")).toHaveText("78.7 × 12 × 6 in");
});

test("a viewer sees the templates and switches units for themselves, but cannot change templates", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const templates = new TemplatesPage(owner.page, owner.slug);
  await templates.goto();
  await templates.add({ Name: "Envelope", Packaging: "Envelope", length: "30", width: "20", height: "1", weight: "0.05" });
  await expect(templates.newForm.getByRole("status")).toHaveText("Template saved.");

  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const link = await members.invite(uniqueEmail("viewer"), "Viewer");
  const page = await newBrowser();
  await joinBySigningUp(page, link, `Viewer ${tag()}`, owner.business);

  const theirs = new TemplatesPage(page, owner.slug);
  await theirs.goto();
  await expect(theirs.dimensions("Envelope")).toHaveText("30 × 20 × 1 cm");
  await expect(theirs.newForm).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete Envelope" })).toHaveCount(0);
  await theirs.switchUnits("Imperial");
  await expect(theirs.dimensions("Envelope")).toHaveText("11.8 × 7.9 × 0.4 in");

  // The owner's units did not change.
  await templates.goto();
  await expect(templates.unitButton("Metric")).toHaveAttribute("aria-pressed", "true");
  await expect(templates.dimensions("Envelope")).toHaveText("30 × 20 × 1 cm");
});
