import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { inviteMember } from "@/lib/members/invite-member";
import { listMyBusinesses } from "@/lib/tenancy/membership";
import { mailCatcherForFile } from "@/tests/mail";
import { createTestBusiness } from "@/tests/fixtures";
import { claimAccountByEmailLink, redeemEmailVerification, resendEmailVerification } from "./email-verification";
import { checkPasswordSignIn } from "./password-sign-in";
import { signUpSchema } from "./schemas";
import { sessionHolder } from "./session-version";
import { signUp } from "./sign-up";

const mail = mailCatcherForFile("verify");

const input = (email: string, extra: Record<string, string> = {}) =>
  signUpSchema.parse({ name: "Léa", email, password: "correct horse battery", businessName: "Boutique Léa", locale: "fr", ...extra });

/** The token of the newest confirmation link emailed to `email`. */
async function linkTokenFor(email: string): Promise<string> {
  const messages = await mail.to(email);
  const text = messages.at(-1)?.text ?? "";
  const match = text.match(/\/verify-email\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no confirmation link to ${email}: ${text}`);
  return match[1]!;
}

const signInWith = (email: string, password: string) => checkPasswordSignIn({ email, password, device: null, address: null });

async function versionOf(userId: string) {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

describe("confirming the email address of a new account", () => {
  it("emails a confirmation link at sign-up, and the account waits for it; the link confirms it, once", async () => {
    const { userId, verified } = await signUp(input("lea@example.com"));
    expect(verified).toBe(false);
    // Signed in, the account is only "waiting for its email": no page, action or route lets it in.
    expect(await sessionHolder(userId, await versionOf(userId))).toMatchObject({ email: "lea@example.com", verified: false });

    const [message] = await mail.to("lea@example.com");
    expect(message!.subject).toBe("Confirmez votre adresse courriel pour Envoi");
    expect(message!.text).toContain("Si vous n'avez pas créé de compte Envoi, ignorez ce courriel");
    const token = await linkTokenFor("lea@example.com");

    const confirmed = await redeemEmailVerification(token);
    expect(confirmed).toMatchObject({ id: userId, email: "lea@example.com" });
    expect(confirmed!.emailVerified).toBeInstanceOf(Date);
    expect(await sessionHolder(userId, await versionOf(userId))).toMatchObject({ verified: true });
    // The password set at sign-up keeps working, and the link does not work twice.
    expect((await signInWith("lea@example.com", "correct horse battery")).outcome).toBe("ok");
    expect(await redeemEmailVerification(token)).toBeNull();
  });

  it("refuses an expired or made-up link", async () => {
    const { userId } = await signUp(input("late@example.com"));
    const token = await linkTokenFor("late@example.com");
    await db().emailVerification.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await redeemEmailVerification(token)).toBeNull();
    expect(await redeemEmailVerification("not-a-token-not-a-token-not-a-token")).toBeNull();
    expect(await sessionHolder(userId, await versionOf(userId))).toMatchObject({ verified: false });
  });

  it("takes an invitation link as proof: an invitee who signs up through it is confirmed at once", async () => {
    const business = await createTestBusiness("verify-invite");
    await inviteMember({ businessId: business.id, userId: business.owner.id, role: "OWNER", slug: business.slug }, { email: "invitee@example.com", role: "VIEWER" }, "en");
    const invitation = (await mail.to("invitee@example.com")).at(-1)!;
    const token = invitation.text!.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
    const { userId, verified } = await signUp(input("invitee@example.com", { invite: token, businessName: "" }));
    expect(verified).toBe(true);
    expect(await sessionHolder(userId, await versionOf(userId))).toMatchObject({ verified: true });
    expect((await mail.to("invitee@example.com")).map((m) => m.subject)).not.toContain("Confirmez votre adresse courriel pour Envoi");
    // An invitation to someone else proves nothing about this address.
    const other = await signUp(input("someone-else@example.com", { invite: token, businessName: "" }));
    expect(other.verified).toBe(false);
  });

  it("sends a new link on request, a few times only", async () => {
    const { userId } = await signUp(input("again@example.com"));
    const user = { id: userId, email: "again@example.com" };
    expect(await resendEmailVerification(user, null, "en")).toBe(true);
    expect((await mail.to("again@example.com")).at(-1)!.subject).toBe("Confirmez votre adresse courriel pour Envoi");
    expect(await resendEmailVerification(user, null, "en")).toBe(true);
    expect(await resendEmailVerification(user, null, "en")).toBe(true);
    expect(await resendEmailVerification(user, null, "en")).toBe(false);
    expect(await mail.to("again@example.com")).toHaveLength(4);
  });
});

describe("account pre-hijacking", () => {
  it("signing in with an emailed link takes an unconfirmed account back: the password set by someone else stops working and their session ends", async () => {
    // Someone signs up with the victim's address and a password of their own, and stays signed in.
    const { userId } = await signUp(input("victim@example.com", { businessName: "Attacker's Shop" }));
    const attackerSession = await versionOf(userId);
    expect((await signInWith("victim@example.com", "correct horse battery")).outcome).toBe("ok");

    // The victim signs in with a link sent to their mailbox (what the Auth.js signIn callback does).
    expect(await claimAccountByEmailLink(userId)).toBe(true);

    expect((await signInWith("victim@example.com", "correct horse battery")).outcome).toBe("wrong");
    expect(await sessionHolder(userId, attackerSession)).toBeNull();
    const victimSession = await versionOf(userId);
    expect(await sessionHolder(userId, victimSession)).toMatchObject({ email: "victim@example.com", verified: true });
    // The business the account created stays, owned by the person who holds the address now.
    expect(await listMyBusinesses(userId)).toEqual([expect.objectContaining({ name: "Attacker's Shop", role: "OWNER" })]);
    // Confirmation links sent before are void.
    expect(await db().emailVerification.count({ where: { userId } })).toBe(0);
  });

  it("leaves a confirmed account's password and sessions alone when it signs in with a link", async () => {
    const { userId } = await signUp(input("owner@example.com"));
    await redeemEmailVerification(await linkTokenFor("owner@example.com"));
    const version = await versionOf(userId);
    expect(await claimAccountByEmailLink(userId)).toBe(false);
    expect(await sessionHolder(userId, version)).not.toBeNull();
    expect((await signInWith("owner@example.com", "correct horse battery")).outcome).toBe("ok");
  });
});
