import { confirmEmail, PASSWORD, signUp, submitSignUp, uniqueEmail } from "./support/accounts";
import { expect, tag, test } from "./support/fixtures";
import { linkIn, waitForEmail } from "./support/mailbox";
import { BusinessHeader, SignInPage } from "./support/pages";

const BAD_CREDENTIALS = "The email or password is incorrect.";

test("signing up asks to confirm the email address first, then lands on the new business", async ({ page }) => {
  const business = `Boutique Lumière ${tag()}`;
  const email = uniqueEmail("signup");
  await submitSignUp(page, { name: "Léa Tremblay", email, business });
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await expect(page.getByText(`We emailed a link to ${email}.`)).toBeVisible();
  // Until then the account opens nothing.
  await page.goto("/account");
  await expect(page).toHaveURL("/verify-email");
  await page.goto("/start");
  await expect(page).toHaveURL("/verify-email");
  // A new link can be asked for.
  await page.getByRole("button", { name: "Email me a new link" }).click();
  await expect(page.getByText(`A new link is on its way to ${email}.`)).toBeVisible();

  await confirmEmail(page, email);
  await expect(page).toHaveURL(/\/b\/boutique-lumiere/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(business);
  await expect(page.getByText("As an owner you manage everything, including the team and other owners.")).toBeVisible();
  await expect(page.getByLabel("Switch business")).toHaveText(business);
  await expect(page.getByRole("link", { name: "Léa Tremblay" })).toBeVisible();
});

test("someone who signs up with another person's address gets nothing: the address's owner signs in by emailed link and holds the account alone", async ({ page, newBrowser }) => {
  const email = uniqueEmail("victim");
  const business = `Pre Hijack ${tag()}`;
  // Someone signs up with the victim's address and a password of their own, and stays signed in.
  await submitSignUp(page, { name: "Not The Owner", email, business, password: "the squatter's password" });
  await page.goto("/businesses/new");
  await expect(page).toHaveURL("/verify-email");

  // The owner of the address signs in with a link from their mailbox.
  const victim = await newBrowser();
  const signIn = new SignInPage(victim);
  await signIn.goto();
  await signIn.requestLink(email);
  await expect(victim.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await victim.goto(linkIn(await waitForEmail(email, /^Your Envoi sign-in link$/), "/api/auth/callback/nodemailer"));
  await expect(victim).toHaveURL(/\/b\/pre-hijack-/);
  await expect(victim.getByRole("heading", { level: 1 })).toHaveText(business);

  // The squatter's session has ended and their password no longer works.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  const squatter = new SignInPage(page);
  await squatter.goto();
  await squatter.signInWithPassword(email, "the squatter's password");
  await expect(squatter.passwordForm.getByRole("alert")).toHaveText(BAD_CREDENTIALS);
  // The owner may set a password of their own.
  await victim.goto("/account");
  await expect(victim.getByText("You sign in with emailed links. Set a password to also sign in with it.")).toBeVisible();
});

test("after signing out, a password sign-in brings the user back to their business", async ({ page }) => {
  const email = uniqueEmail("signin");
  const business = `Atelier ${tag()}`;
  const slug = await signUp(page, { name: "Marc Roy", email, business });

  await new BusinessHeader(page).signOut();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  // Signed out, the business is behind the sign-in page again.
  await page.goto(`/b/${slug}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInWithPassword(email);
  await expect(page).toHaveURL(`/b/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(business);
});

test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
  const email = uniqueEmail("wrongpw");
  await signUp(page, { name: "Nadia Côté", email, business: `Nadia ${tag()}` });
  await new BusinessHeader(page).signOut();

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInWithPassword(email, "not the right password");
  await expect(signIn.passwordForm.getByRole("alert")).toHaveText(BAD_CREDENTIALS);
  await expect(page).toHaveURL(/\/signin/);
  // What was typed stays (except the password).
  await expect(signIn.passwordForm.getByRole("textbox", { name: "Email" })).toHaveValue(email);

  await signIn.goto();
  await signIn.signInWithPassword(uniqueEmail("nobody"), PASSWORD);
  await expect(signIn.passwordForm.getByRole("alert")).toHaveText(BAD_CREDENTIALS);
  await expect(page).toHaveURL(/\/signin/);
});

test("after five wrong passwords in one browser, that browser is paused even with the right password", async ({ page }) => {
  const email = uniqueEmail("limited");
  await signUp(page, { name: "Marc Roy", email, business: `Marc ${tag()}` });
  await new BusinessHeader(page).signOut();

  const signIn = new SignInPage(page);
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn.goto();
    await signIn.signInWithPassword(email, `wrong password ${attempt}`);
    await expect(signIn.passwordForm.getByRole("alert")).toHaveText(BAD_CREDENTIALS);
  }
  await signIn.goto();
  await signIn.signInWithPassword(email, PASSWORD);
  await expect(signIn.passwordForm.getByRole("alert")).toHaveText(/Too many sign-in attempts/);
  await expect(page).toHaveURL(/\/signin/);
});

test("someone else's wrong passwords do not lock the owner out of the browser they use", async ({ page, newBrowser }) => {
  const email = uniqueEmail("target");
  const slug = await signUp(page, { name: "Lina Roy", email, business: `Lina ${tag()}` });
  await new BusinessHeader(page).signOut();

  // Another client tries five wrong passwords, then the right one: it is stopped.
  const attacker = new SignInPage(await newBrowser());
  for (let attempt = 0; attempt < 5; attempt++) {
    await attacker.goto();
    await attacker.signInWithPassword(email, `guess number ${attempt}`);
    await expect(attacker.passwordForm.getByRole("alert")).toHaveText(BAD_CREDENTIALS);
  }
  await attacker.goto();
  await attacker.signInWithPassword(email, PASSWORD);
  await expect(attacker.passwordForm.getByRole("alert")).toHaveText(/Too many sign-in attempts/);

  // The owner, in the browser they signed in with before, still gets in with the right password.
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInWithPassword(email);
  await expect(page).toHaveURL(`/b/${slug}`);
});

test("signing in with an emailed link lands signed in on the business", async ({ page }) => {
  const email = uniqueEmail("link");
  const business = `Courrier ${tag()}`;
  const slug = await signUp(page, { name: "Sami Haddad", email, business });
  await new BusinessHeader(page).signOut();

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink(email);
  // (The address bar may keep Auth.js's /api/auth/verify-request, which redirects to this page.)
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(/a sign-in link is on its way/)).toBeVisible();

  const mail = await waitForEmail(email, /^Your Envoi sign-in link$/);
  await page.goto(linkIn(mail, "/api/auth/callback/nodemailer"));
  await expect(page).toHaveURL(`/b/${slug}`, { timeout: 5_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(business);
});

test("an emailed sign-in link works only once", async ({ page }) => {
  const email = uniqueEmail("once");
  const business = `Messagerie ${tag()}`;
  const slug = await signUp(page, { name: "Inès Roy", email, business });
  await new BusinessHeader(page).signOut();

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink(email);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = linkIn(await waitForEmail(email, /^Your Envoi sign-in link$/), "/api/auth/callback/nodemailer");

  // First use: signed in (checked on the app's own origin, whatever page the link lands on).
  await page.goto(link);
  await page.goto(`/b/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(business);

  // Second use, signed out again: refused, with a way to ask for a new link.
  await new BusinessHeader(page).signOut();
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin\?error=Verification/);
  await expect(signIn.page.getByRole("alert").filter({ hasText: "expired" })).toHaveText(
    "This sign-in link has expired or was already used. Ask for a new one below.",
  );
  await expect(signIn.linkForm.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
  await page.goto(`/b/${slug}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("a too-short password is explained next to the field, and nothing typed is lost", async ({ page }) => {
  const email = uniqueEmail("short");
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Your name" }).fill("Chloé Martin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("textbox", { name: "Business name" }).fill(`Chloé ${tag()}`);
  await page.getByRole("button", { name: "Create account" }).click();

  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription("Use at least 10 characters.");
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page).toHaveURL("/signup");
  await expect(page.getByRole("textbox", { name: "Your name" })).toHaveValue("Chloé Martin");
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(email);

  // Fixing the password is enough to get through.
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/verify-email");
});
