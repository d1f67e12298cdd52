import { PASSWORD, uniqueEmail } from "./support/accounts";
import { expect, tag, test } from "./support/fixtures";
import { BusinessHeader, expectNotFound, joinBySigningUp, MembersPage, openMenuGroup, SignInPage } from "./support/pages";

test("an invited colleague joins as shipper, then the owner makes them a viewer", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const colleague = { name: `Colleague ${tag()}`, email: uniqueEmail("colleague") };

  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const link = await members.invite(colleague.email, "Shipper");
  await expect(owner.page.getByTestId(`invitation-${colleague.email}`)).toContainText("Shipper");

  // The colleague opens the emailed link and creates their account through it (email prefilled).
  const page = await newBrowser();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${owner.business} on Envoi` })).toBeVisible();
  await expect(page.getByText("You are invited as Shipper.")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  const email = page.getByRole("textbox", { name: "Email" });
  await expect(email).toHaveValue(colleague.email);
  await expect(email).not.toBeEditable();
  await expect(page.getByRole("textbox", { name: "Business name" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Your name" }).fill(colleague.name);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(`/b/${owner.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(owner.business);
  await expect(page.getByText("As a shipper you create shipments and pay for labels.")).toBeVisible();

  // The owner sees them in the team, and makes them a viewer.
  await members.goto();
  await expect(members.member(colleague.email)).toContainText(colleague.name);
  await expect(members.member(colleague.email)).toContainText("Shipper");
  await expect(owner.page.getByTestId(`invitation-${colleague.email}`)).toHaveCount(0);
  await members.changeRole(colleague.name, "Viewer");
  await expect(members.member(colleague.email).getByRole("status")).toHaveText("Role changed.");
  await expect(members.member(colleague.email).getByRole("cell").nth(1)).toHaveText("Viewer");
  await members.goto();
  await expect(members.member(colleague.email).getByRole("cell").nth(1)).toHaveText("Viewer");
  await expect(members.roleSelect(colleague.name)).toHaveValue("VIEWER");

  // The colleague's next page reflects it.
  await page.reload();
  await expect(page.getByText("As a viewer you can see this business's information but not change it.")).toBeVisible();
});

test("a removed member loses access at once", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const removed = { name: `Removed ${tag()}`, email: uniqueEmail("removed") };
  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const link = await members.invite(removed.email, "Admin");
  const page = await newBrowser();
  await joinBySigningUp(page, link, removed.name, owner.business);

  await members.goto();
  await expect(members.member(removed.email)).toBeVisible();
  await members.remove(removed.name);
  await expect(members.member(removed.email)).toHaveCount(0);
  await expect(owner.page.getByRole("heading", { name: "1 member" })).toBeVisible();

  // Their sessions have ended: their open page of the business now asks them to sign in...
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  // ...and signed in again, the business is a 404, as are its other pages.
  await new SignInPage(page).signInWithPassword(removed.email, PASSWORD);
  await expect(page).toHaveURL(`/b/${owner.slug}`);
  await expectNotFound(page);
  await expect(page.getByText(owner.business)).toHaveCount(0);
  await page.goto(`/b/${owner.slug}/members`);
  await expectNotFound(page);
});

test("the last owner cannot leave their business", async ({ newUser }) => {
  const owner = await newUser("solo");
  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  owner.page.once("dialog", (d) => d.accept());
  await members.leaveButton(owner.business).click();
  await expect(owner.page.getByRole("region", { name: "Leave this business" }).getByRole("alert")).toHaveText(
    "A business needs at least one owner. Make someone else an owner first.",
  );
  await owner.page.goto(`/b/${owner.slug}`);
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText(owner.business);
});

test("a user in two businesses switches between them", async ({ newUser }) => {
  const user = await newUser("multi");
  const { page } = user;
  const header = new BusinessHeader(page);
  const second = `Second Shop ${tag()}`;

  await header.switcher.click();
  await expect(page.getByRole("link", { name: user.business, exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Create another business" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a business");
  await page.getByRole("textbox", { name: "Business name" }).fill(second);
  await page.getByRole("button", { name: "Create business" }).click();
  await expect(page).toHaveURL(/\/b\/second-shop-/);
  const secondSlug = new URL(page.url()).pathname.split("/")[2];
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
  await expect(header.switcher).toHaveText(second);

  await header.switchTo(user.business);
  await expect(page).toHaveURL(`/b/${user.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(user.business);
  await expect(header.switcher).toHaveText(user.business);

  await header.switchTo(second);
  await expect(page).toHaveURL(`/b/${secondSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
});

test("an existing user signs in from the invitation and joins", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const invitee = await newUser("invitee");
  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const link = await members.invite(invitee.email, "Viewer");

  // Signed out (another browser): the invitation offers to sign in with the invited address.
  const page = await newBrowser();
  await page.goto(link);
  await expect(page.getByText(`This invitation is for ${invitee.email}.`)).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  const signIn = new SignInPage(page);
  await expect(signIn.passwordForm.getByRole("textbox", { name: "Email" })).toHaveValue(invitee.email);
  await signIn.signInWithPassword(invitee.email);

  // Back on the invitation, signed in: join.
  await expect(page).toHaveURL(new URL(link).pathname);
  await expect(page.getByText("You are invited as Viewer.")).toBeVisible();
  await page.getByRole("button", { name: `Join ${owner.business}` }).click();
  await expect(page).toHaveURL(`/b/${owner.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(owner.business);

  // Both businesses are in their switcher now.
  const header = new BusinessHeader(page);
  await header.switchTo(invitee.business);
  await expect(page).toHaveURL(`/b/${invitee.slug}`);

  await members.goto();
  await expect(members.member(invitee.email)).toContainText("Viewer");
});

test("viewers and shippers see the team but cannot manage it", async ({ newUser, newBrowser }) => {
  const owner = await newUser("owner");
  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const viewer = { name: `Viewer ${tag()}`, email: uniqueEmail("viewer") };
  const shipper = { name: `Shipper ${tag()}`, email: uniqueEmail("shipper") };
  const viewerLink = await members.invite(viewer.email, "Viewer");
  const shipperLink = await members.invite(shipper.email, "Shipper");

  for (const [person, link] of [
    [viewer, viewerLink],
    [shipper, shipperLink],
  ] as const) {
    const page = await newBrowser();
    await joinBySigningUp(page, link, person.name, owner.business);
    const settings = await openMenuGroup(page, "Settings");
    await expect(settings.getByRole("link", { name: "Team" })).toBeVisible();
    await expect(settings.getByRole("link", { name: "Activity log" })).toHaveCount(0);

    const theirs = new MembersPage(page, owner.slug);
    await theirs.goto();
    // They see who is on the team...
    await expect(theirs.member(owner.email)).toContainText("Owner");
    await expect(theirs.member(person.email)).toContainText("(you)");
    // ...but no invitation form, no role or remove controls, no way to cancel invitations.
    await expect(theirs.inviteForm).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Invite someone" })).toHaveCount(0);
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Change the role of/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Cancel the invitation/ })).toHaveCount(0);
    // Leaving is theirs to decide.
    await expect(theirs.leaveButton(owner.business)).toBeVisible();
    // The activity log and its export are for owners and admins.
    await page.goto(`/b/${owner.slug}/audit`);
    await expect(page.getByText("Only owners and admins can see the activity log.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    expect((await page.request.get(`/b/${owner.slug}/audit/export`)).status()).toBe(403);
  }
});

test("an invitation opened while signed in with another email says so", async ({ newUser }) => {
  const owner = await newUser("owner");
  const other = await newUser("other");
  const invited = uniqueEmail("invited");
  const members = new MembersPage(owner.page, owner.slug);
  await members.goto();
  const link = await members.invite(invited, "Shipper");

  await other.page.goto(link);
  await expect(other.page.getByText(`This invitation is for ${invited}, but you are signed in as ${other.email}.`)).toBeVisible();
  await expect(other.page.getByRole("button", { name: `Join ${owner.business}` })).toHaveCount(0);
  await other.page.goto(`/b/${owner.slug}`);
  await expectNotFound(other.page);
});
