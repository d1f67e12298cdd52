import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

/**
 * Sets a new password. Someone who already has one must give it (a stolen session alone cannot
 * lock the owner out); someone who only ever signed in by emailed link sets their first one.
 * Every session of the user ends; returns the new session version, which the session that made
 * the change carries on with (app/account/actions.ts).
 */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<number> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("wrongPassword", "current password does not match", "currentPassword");
  }
  const updated = await db().user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return updated.sessionVersion;
}

export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return !!user?.passwordHash;
}
