import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { startMailCatcher, type MailCatcher } from "@/lib/email/catcher";
import { acceptInvitation, findInvitation } from "@/lib/members/accept-invitation";
import { changeMemberRole } from "@/lib/members/change-role";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { leaveBusiness, removeMember } from "@/lib/members/remove-member";
import { listMyBusinesses } from "@/lib/tenancy/membership";
import type { Actor } from "@/lib/tenancy/actor";
import { db } from "@/lib/db/client";
import { adminQuery } from "./db";
import { addMember, createTestBusiness, createUser, type TestBusiness } from "./fixtures";

const MAIL_DIR = `.data/mail-members-${process.pid}`;
let catcher: MailCatcher;
let business: TestBusiness;
let owner: Actor;

async function lastMailTo(email: string) {
  const files = fs.readdirSync(MAIL_DIR).sort().reverse();
  for (const f of files) {
    const mail = await simpleParser(fs.readFileSync(`${MAIL_DIR}/${f}`));
    const to = Array.isArray(mail.to) ? mail.to.map((x) => x.text).join() : (mail.to?.text ?? "");
    if (to.includes(email)) return mail;
  }
  throw new Error(`no mail to ${email}`);
}

function tokenFrom(text: string): string {
  const match = text.match(/\/invite\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no invitation link in ${text}`);
  return match[1]!;
}

beforeAll(async () => {
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  catcher = await startMailCatcher({ dir: MAIL_DIR });
  process.env.SMTP_URL = catcher.url;
  business = await createTestBusiness("members");
  owner = { businessId: business.id, userId: business.owner.id, role: "OWNER", slug: business.slug };
});

afterAll(async () => {
  await catcher.stop();
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
});

describe("invitations", () => {
  it("emails a link that makes the invited person a member with the role", async () => {
    const invitee = await createUser("invitee");
    await inviteMember(owner, { email: invitee.email, role: "SHIPPER" }, "en");
    const mail = await lastMailTo(invitee.email);
    expect(mail.subject).toBe("members-owner invited you to members Business on Envoi");
    expect(mail.html).toContain("Accept the invitation");
    const token = tokenFrom(mail.text ?? "");
    expect(await findInvitation(token)).toMatchObject({ email: invitee.email, role: "SHIPPER", businessName: "members Business", status: "pending" });
    const { slug } = await acceptInvitation(invitee, token);
    expect(slug).toBe(business.slug);
    expect(await listMyBusinesses(invitee.id)).toEqual([expect.objectContaining({ slug: business.slug, role: "SHIPPER" })]);
    expect(await findInvitation(token)).toMatchObject({ status: "used" });
    // Accepting again (a double click) is harmless.
    await expect(acceptInvitation(invitee, token)).resolves.toEqual({ slug: business.slug });
    const audit = await adminQuery(`SELECT action FROM "AuditLog" WHERE "businessId" = $1 ORDER BY "createdAt"`, [business.id]);
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(["invitation.created", "member.joined"]));
  });

  it("writes to a French user in French", async () => {
    const francophone = await createUser("franco");
    await db().user.update({ where: { id: francophone.id }, data: { locale: "fr" } });
    await inviteMember(owner, { email: francophone.email, role: "VIEWER" }, "en");
    const mail = await lastMailTo(francophone.email);
    expect(mail.subject).toBe("members-owner vous invite à rejoindre members Business sur Envoi");
    expect(mail.text).toContain("comme Observateur");
  });

  it("refuses someone signed in with another email, and a revoked or replaced link", async () => {
    await inviteMember(owner, { email: "someone@example.com", role: "VIEWER" }, "en");
    const first = tokenFrom((await lastMailTo("someone@example.com")).text ?? "");
    const stranger = await createUser("stranger");
    await expect(acceptInvitation(stranger, first)).rejects.toMatchObject({ code: "invitationWrongEmail" });
    await inviteMember(owner, { email: "someone@example.com", role: "ADMIN" }, "en");
    expect(await findInvitation(first)).toMatchObject({ status: "used" });
    const someone = await db().user.create({ data: { email: "someone@example.com" }, select: { id: true, email: true } });
    await expect(acceptInvitation(someone, first)).rejects.toMatchObject({ code: "invitationInvalid" });
    const second = tokenFrom((await lastMailTo("someone@example.com")).text ?? "");
    await acceptInvitation(someone, second);
    const { members } = await listMembers(owner);
    expect(members.find((m) => m.userId === someone.id)?.role).toBe("ADMIN");
  });

  it("refuses to invite an existing member, and an expired invitation", async () => {
    await expect(inviteMember(owner, { email: business.owner.email, role: "VIEWER" }, "en")).rejects.toMatchObject({ code: "alreadyMember" });
    await inviteMember(owner, { email: "late@example.com", role: "VIEWER" }, "en");
    const token = tokenFrom((await lastMailTo("late@example.com")).text ?? "");
    await adminQuery(`UPDATE "Invitation" SET "expiresAt" = now() - interval '1 minute' WHERE email = 'late@example.com'`);
    expect(await findInvitation(token)).toMatchObject({ status: "expired" });
    const late = await db().user.create({ data: { email: "late@example.com" }, select: { id: true, email: true } });
    await expect(acceptInvitation(late, token)).rejects.toMatchObject({ code: "invitationInvalid" });
  });

  it("an admin cannot invite an owner", async () => {
    const admin = await createUser("admin");
    await addMember(business, admin, "ADMIN");
    const actor: Actor = { ...owner, userId: admin.id, role: "ADMIN" };
    await expect(inviteMember(actor, { email: "boss@example.com", role: "OWNER" }, "en")).rejects.toMatchObject({ code: "onlyOwnerManagesOwners" });
  });
});

describe("roles and leaving", () => {
  it("the last owner can neither leave, be demoted nor be removed; with a second owner they can", async () => {
    const b = await createTestBusiness("solo");
    const soloOwner: Actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
    const { members } = await listMembers(soloOwner);
    const ownerMembership = members[0]!.id;
    await expect(leaveBusiness(soloOwner)).rejects.toMatchObject({ code: "lastOwner" });
    await expect(changeMemberRole(soloOwner, ownerMembership, "ADMIN")).rejects.toMatchObject({ code: "lastOwner" });
    await expect(removeMember(soloOwner, ownerMembership)).rejects.toMatchObject({ code: "lastOwner" });

    const partner = await createUser("partner");
    const partnerMembership = await addMember(b, partner, "VIEWER");
    await changeMemberRole(soloOwner, partnerMembership.id, "OWNER");
    await leaveBusiness(soloOwner);
    expect(await listMyBusinesses(b.owner.id)).toEqual([]);
    expect(await listMyBusinesses(partner.id)).toEqual([expect.objectContaining({ slug: b.slug, role: "OWNER" })]);
  });

  it("an admin cannot change or remove an owner, but manages shippers", async () => {
    const b = await createTestBusiness("adm");
    const admin = await createUser("adm-admin");
    await addMember(b, admin, "ADMIN");
    const shipper = await addMember(b, await createUser("adm-shipper"), "SHIPPER");
    const actor: Actor = { businessId: b.id, userId: admin.id, role: "ADMIN", slug: b.slug };
    const ownerMembership = (await listMembers(actor)).members.find((m) => m.role === "OWNER")!;
    await expect(changeMemberRole(actor, ownerMembership.id, "VIEWER")).rejects.toMatchObject({ code: "onlyOwnerManagesOwners" });
    await expect(removeMember(actor, ownerMembership.id)).rejects.toMatchObject({ code: "onlyOwnerManagesOwners" });
    await expect(changeMemberRole(actor, shipper.id, "OWNER")).rejects.toMatchObject({ code: "onlyOwnerManagesOwners" });
    await changeMemberRole(actor, shipper.id, "VIEWER");
    await removeMember(actor, shipper.id);
    expect((await listMembers(actor)).members.map((m) => m.role).sort()).toEqual(["ADMIN", "OWNER"]);
  });

  it("records who did what in the audit log", async () => {
    const rows = await adminQuery<{ action: string; userId: string }>(
      `SELECT action, "userId" FROM "AuditLog" WHERE "businessId" = $1 AND action = 'invitation.created'`,
      [business.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.userId === business.owner.id)).toBe(true);
  });
});
