import crypto from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * Sessions are JWTs in a cookie; each carries the user's `sessionVersion` from when it was issued
 * and is only honoured while that still matches the database (checked on every request, in the
 * Auth.js `jwt` callback). Raising the version ends every session of the user at once.
 */

export interface SessionHolder {
  email: string;
  name: string | null;
  locale: "en" | "fr" | null;
  verified: boolean;
}

/** The user a session belongs to, or null when the user is gone or the session has been ended. */
export async function sessionHolder(userId: unknown, version: unknown): Promise<SessionHolder | null> {
  if (typeof userId !== "string" || typeof version !== "number") return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, locale: true, emailVerified: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== version) return null;
  return { email: user.email, name: user.name, locale: user.locale, verified: user.emailVerified !== null };
}

/** Ends every session of the user; returns the new version. */
export async function endAllSessions(userId: string, tx?: Tx): Promise<number> {
  const user = await (tx ?? db()).user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return user.sessionVersion;
}

/**
 * Signing out: ends every session of the user, but only when the session signing out is still
 * current (a stale copy of a cookie cannot be used to sign the user out of everything).
 */
export async function endSessionsIfCurrent(userId: unknown, version: unknown): Promise<boolean> {
  if (typeof userId !== "string" || typeof version !== "number") return false;
  const { count } = await db().user.updateMany({ where: { id: userId, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
  return count === 1;
}

// A grant lets the session that just raised the version (changing its password) carry on with
// the new one. It is made and used on the server only (Auth.js's session update is also reachable
// from the browser, so what it is given must prove it came from here).
const GRANT_TTL_MS = 60_000;

function grantMac(userId: string, version: number, expires: number) {
  return crypto.createHmac("sha256", env().AUTH_SECRET).update(`envoi-session-grant:${userId}:${version}:${expires}`).digest("base64url");
}

export function sessionGrant(userId: string, version: number, now = Date.now()): string {
  const expires = now + GRANT_TTL_MS;
  return `${version}.${expires}.${grantMac(userId, version, expires)}`;
}

/** The version a grant moves `userId`'s session to, or null when it is not a valid, current grant. */
export function grantedVersion(userId: unknown, grant: unknown, now = Date.now()): number | null {
  if (typeof userId !== "string" || typeof grant !== "string") return null;
  const [v, e, mac] = grant.split(".");
  const version = Number(v);
  const expires = Number(e);
  if (!Number.isInteger(version) || !Number.isFinite(expires) || expires < now || !mac) return null;
  const expected = Buffer.from(grantMac(userId, version, expires));
  const given = Buffer.from(mac);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? version : null;
}
