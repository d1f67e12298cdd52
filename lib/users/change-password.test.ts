import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePassword, hasPassword } from "./change-password";

async function stored(id: string) {
  return (await db().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;
}

describe("changing a password", () => {
  it("needs the current password when there is one", async () => {
    const user = await db().user.create({ data: { email: "pw@example.com", passwordHash: await hashPassword("old password 1") } });
    await expect(changePassword(user.id, { currentPassword: "nope", newPassword: "new password 2" })).rejects.toMatchObject({
      code: "wrongPassword",
      field: "currentPassword",
    });
    expect(await verifyPassword(await stored(user.id), "old password 1")).toBe(true);
    await changePassword(user.id, { currentPassword: "old password 1", newPassword: "new password 2" });
    expect(await verifyPassword(await stored(user.id), "new password 2")).toBe(true);
    expect(await verifyPassword(await stored(user.id), "old password 1")).toBe(false);
  });

  it("lets someone who only used emailed links set a first password", async () => {
    const user = await db().user.create({ data: { email: "link@example.com" } });
    expect(await hasPassword(user.id)).toBe(false);
    await changePassword(user.id, { currentPassword: "", newPassword: "first password" });
    expect(await hasPassword(user.id)).toBe(true);
  });
});
