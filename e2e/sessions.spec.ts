import type { APIRequestContext, Page } from "@playwright/test";
import { PASSWORD, signIn } from "./support/accounts";
import { expect, test, type User } from "./support/fixtures";
import { BusinessHeader } from "./support/pages";

/** The user's session cookie as the browser holds it (what someone could copy). */
async function sessionCookie(user: User): Promise<string> {
  const cookies = await user.context.cookies();
  const session = cookies.filter((c) => /authjs\.session-token/.test(c.name));
  expect(session.length).toBeGreaterThan(0);
  return session.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Replays a copied cookie against a business page, over plain HTTP (no browser). */
async function replay(request: APIRequestContext, cookie: string, slug: string) {
  const response = await request.get(`/b/${slug}`, { headers: { cookie }, maxRedirects: 0 });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}

/** The same account signed in on a second device. */
async function secondDevice(user: User, open: () => Promise<Page>): Promise<Page> {
  const phone = await open();
  await signIn(phone, user.email);
  await expect(phone).toHaveURL(`/b/${user.slug}`);
  return phone;
}

test("a session cookie copied before signing out no longer opens the business", async ({ newUser, request }) => {
  const user = await newUser("replay");
  const cookie = await sessionCookie(user);
  // While signed in, the copied cookie works (the check below is not vacuous).
  expect((await replay(request, cookie, user.slug)).status).toBe(200);

  await new BusinessHeader(user.page).signOut();
  const after = await replay(request, cookie, user.slug);
  expect(after.status).toBe(307);
  expect(after.location).toContain(`/signin?callbackUrl=${encodeURIComponent(`/b/${user.slug}`)}`);
});

test("signing out everywhere from the account page ends the sessions of every device", async ({ newUser, newBrowser }) => {
  const user = await newUser("everywhere");
  const phone = await secondDevice(user, newBrowser);

  await user.page.goto("/account");
  user.page.once("dialog", (dialog) => dialog.accept());
  await user.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(user.page).toHaveURL("/signin?signedOut=everywhere");
  await expect(user.page.getByText("You are signed out on every device. Sign in again to continue.")).toBeVisible();

  await phone.goto(`/b/${user.slug}`);
  await expect(phone).toHaveURL(/\/signin\?callbackUrl=/);
  // Signing in again works as usual.
  await signIn(user.page, user.email);
  await expect(user.page).toHaveURL(`/b/${user.slug}`);
});

test("changing the password keeps this session and ends every other one", async ({ newUser, newBrowser, request }) => {
  const user = await newUser("pwchange");
  const phone = await secondDevice(user, newBrowser);
  const before = await sessionCookie(user);

  await user.page.goto("/account");
  const form = user.page.getByRole("region", { name: "Password" });
  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password").fill("a brand new passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Your password is changed.")).toBeVisible();

  // This browser stays signed in...
  await user.page.goto(`/b/${user.slug}`);
  await expect(user.page.getByRole("heading", { level: 1 })).toHaveText(user.business);
  // ...while the other device, and a copy of this browser's cookie from before the change, are signed out.
  await phone.goto(`/b/${user.slug}`);
  await expect(phone).toHaveURL(/\/signin\?callbackUrl=/);
  expect((await replay(request, before, user.slug)).status).toBe(307);
  // The new password is the one that works.
  await signIn(phone, user.email, "a brand new passphrase");
  await expect(phone).toHaveURL(`/b/${user.slug}`);
});
