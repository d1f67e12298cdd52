import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { removeMember } from "@/lib/members/remove-member";
import { changePassword } from "@/lib/users/change-password";
import { addMember, createTestBusiness, createUser } from "@/tests/fixtures";
import { hashPassword } from "./password";
import { endAllSessions, endSessionsIfCurrent, grantedVersion, sessionGrant, sessionHolder } from "./session-version";

async function versionOf(userId: string) {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

describe("sessions end for good", () => {
  it("a session is honoured while its version is the user's; signing out ends it, and every copy of it", async () => {
    const user = await createUser("session");
    const issued = await versionOf(user.id);
    expect(await sessionHolder(user.id, issued)).toMatchObject({ email: user.email, verified: true });

    expect(await endSessionsIfCurrent(user.id, issued)).toBe(true);
    expect(await sessionHolder(user.id, issued)).toBeNull();
    // A copy of the old cookie cannot sign the user out of their new sessions either.
    const next = await versionOf(user.id);
    expect(await endSessionsIfCurrent(user.id, issued)).toBe(false);
    expect(await sessionHolder(user.id, next)).not.toBeNull();
    // Tokens from before session versions, or of a deleted user, are not honoured.
    expect(await sessionHolder(user.id, undefined)).toBeNull();
    expect(await sessionHolder("no-such-user", 0)).toBeNull();
  });

  it("signing out everywhere ends every session of the user, and only theirs", async () => {
    const user = await createUser("everywhere");
    const other = await createUser("bystander");
    const [mine, theirs] = [await versionOf(user.id), await versionOf(other.id)];
    await endAllSessions(user.id);
    expect(await sessionHolder(user.id, mine)).toBeNull();
    expect(await sessionHolder(other.id, theirs)).not.toBeNull();
  });

  it("changing the password ends the other sessions; the session that changed it carries on with a grant only the server can make", async () => {
    const user = await db().user.create({ data: { email: "pw-sessions@example.com", passwordHash: await hashPassword("old password 1"), emailVerified: new Date() } });
    const before = user.sessionVersion;
    const after = await changePassword(user.id, { currentPassword: "old password 1", newPassword: "new password 2" });
    expect(await sessionHolder(user.id, before)).toBeNull();
    expect(await sessionHolder(user.id, after)).not.toBeNull();

    const grant = sessionGrant(user.id, after);
    expect(grantedVersion(user.id, grant)).toBe(after);
    // Not for another user, not forged, not late.
    expect(grantedVersion("someone-else", grant)).toBeNull();
    expect(grantedVersion(user.id, grant.replace(/^\d+/, String(after + 1)))).toBeNull();
    expect(grantedVersion(user.id, `${after}.${Date.now() + 60_000}.forged`)).toBeNull();
    expect(grantedVersion(user.id, grant, Date.now() + 61_000)).toBeNull();
    expect(grantedVersion(user.id, undefined)).toBeNull();
  });

  it("removing someone from a business ends their sessions, not the remover's", async () => {
    const business = await createTestBusiness("removal");
    const member = await createUser("removed");
    const membership = await addMember(business, member, "SHIPPER");
    const [memberVersion, ownerVersion] = [await versionOf(member.id), await versionOf(business.owner.id)];
    await removeMember({ businessId: business.id, userId: business.owner.id, role: "OWNER", slug: business.slug }, membership.id);
    expect(await sessionHolder(member.id, memberVersion)).toBeNull();
    expect(await sessionHolder(business.owner.id, ownerVersion)).not.toBeNull();
  });
});
