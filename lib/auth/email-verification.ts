import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sendEmailVerificationEmail } from "@/lib/email/send-email-verification";
import type { AppLocale } from "@/lib/i18n/locales";
import type { PasswordSignInUser } from "./password-sign-in";
import { consumeRateLimit, VERIFICATION_RESEND_LIMITS } from "./rate-limit";

/**
 * A new account must prove its email address before it can be used: until then its only page is
 * "check your email" (/verify-email). Proof is one of: the link emailed at sign-up (or asked for
 * again), an invitation link (it was emailed to that address), or signing in with an emailed link.
 */

export const VERIFICATION_TTL_HOURS = 24;

function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Emails a new confirmation link to the account's address (earlier links keep working until they expire). */
export async function sendEmailVerification(user: { id: string; email: string }, locale: AppLocale): Promise<void> {
  const token = crypto.randomBytes(32).toString("base64url");
  await db().emailVerification.create({
    data: { tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + VERIFICATION_TTL_HOURS * 3600_000) },
  });
  const url = new URL(`/verify-email/${token}`, env().APP_URL).toString();
  await sendEmailVerificationEmail(user.email, url, locale);
}

/**
 * Redeems a confirmation link: the account's address is verified and the account returned, to be
 * signed in. Each link works once; an unknown, used or expired link gives null.
 */
export async function redeemEmailVerification(token: string): Promise<PasswordSignInUser | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const found = await db().emailVerification.findUnique({ where: { tokenHash }, select: { userId: true, expiresAt: true } });
  if (!found) return null;
  // Deleting is what claims the link: of two clicks at once, only one deletes it.
  const { count } = await db().emailVerification.deleteMany({ where: { tokenHash } });
  if (count !== 1 || found.expiresAt < new Date()) return null;
  await db().user.updateMany({ where: { id: found.userId, emailVerified: null }, data: { emailVerified: new Date() } });
  await db().emailVerification.deleteMany({ where: { userId: found.userId } });
  return db().user.findUnique({
    where: { id: found.userId },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true, emailVerified: true },
  });
}

/**
 * Signing in with an emailed link proves the address. When the account's address had never been
 * proved, whoever set its password may not be the owner of the address (someone can sign up with
 * another person's email and wait): the password is dropped and every other session ended, so
 * only the person who reads that mailbox holds the account. What the account created before (a
 * business it owns) stays, now held by that person alone. Returns whether the account was claimed.
 */
export async function claimAccountByEmailLink(userId: string): Promise<boolean> {
  const { count } = await db().user.updateMany({
    where: { id: userId, emailVerified: null },
    data: { emailVerified: new Date(), passwordHash: null, sessionVersion: { increment: 1 } },
  });
  if (count === 1) await db().emailVerification.deleteMany({ where: { userId } });
  return count === 1;
}

/**
 * "Email me a new link" on the "check your email" page: a few per account, and per client
 * address when it is known. Returns false when the limit is reached (nothing is sent).
 */
export async function resendEmailVerification(user: { id: string; email: string }, clientAddress: string | null, locale: AppLocale): Promise<boolean> {
  const { perUser, perAddress } = VERIFICATION_RESEND_LIMITS;
  if (clientAddress && !(await consumeRateLimit(`verify:resend:address:${clientAddress}`, perAddress.limit, perAddress.windowSeconds)).allowed) return false;
  if (!(await consumeRateLimit(`verify:resend:${user.id}`, perUser.limit, perUser.windowSeconds)).allowed) return false;
  await sendEmailVerification(user, locale);
  return true;
}
