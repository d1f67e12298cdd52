import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

/**
 * Sets a new password. Someone who already has one must give it (a stolen session alone cannot
 * lock the owner out); someone who only ever signed in by emailed link sets their first one.
 */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("wrongPassword", "current password does not match", "currentPassword");
  }
  await db().user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
}

export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return !!user?.passwordHash;
}
