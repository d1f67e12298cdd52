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
