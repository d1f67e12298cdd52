import crypto from "node:crypto";
import { env } from "@/lib/env";

/**
 * A signed cookie naming this browser (a random id) and the accounts that signed in with it
 * (at most five). It is not a session: it only lets a browser that has signed in to an account
 * before keep trying that account's password while strangers' failures have paused password
 * sign-in for it (lib/auth/password-sign-in.ts), and it keys the browser's own failures.
 */
export const DEVICE_COOKIE = "envoi-device";
const MAX_ACCOUNTS = 5;

export interface Device {
  id: string;
  userIds: string[];
}

function mac(payload: string): string {
  return crypto.createHmac("sha256", env().AUTH_SECRET).update(`envoi-device:${payload}`).digest("base64url");
}

export function encodeDevice(device: Device): string {
  const payload = `${device.id}.${device.userIds.join("~")}`;
  return `${payload}.${mac(payload)}`;
}

/** The device a cookie value names, or null when it is missing, malformed or not signed by us. */
export function decodeDevice(value: string | null | undefined): Device | null {
  if (!value || value.length > 1000) return null;
  const cut = value.lastIndexOf(".");
  if (cut < 0) return null;
  const payload = value.slice(0, cut);
  const given = Buffer.from(value.slice(cut + 1));
  const expected = Buffer.from(mac(payload));
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  const [id, users = ""] = payload.split(".");
  if (!id) return null;
  return { id, userIds: users ? users.split("~") : [] };
}

/** The device named by a request's Cookie header. */
export function deviceFromHeaders(headers: Headers): Device | null {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === DEVICE_COOKIE) return decodeDevice(decodeURIComponent(rest.join("=")));
  }
  return null;
}

/** The device cookie after `userId` signed in with it (a new device id when there was none). */
export function deviceAfterSignIn(current: Device | null, userId: string): Device {
  const others = (current?.userIds ?? []).filter((id) => id !== userId);
  return { id: current?.id ?? crypto.randomBytes(16).toString("base64url"), userIds: [userId, ...others].slice(0, MAX_ACCOUNTS) };
}

export function deviceCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: env().APP_URL.startsWith("https:"), path: "/", maxAge: 365 * 24 * 3600 };
}

/**
 * Marks the browser of the current request as one `userId` signed in with. Only where a response
 * can still set cookies (a server action or a route handler, which is where signing in happens).
 */
export async function rememberDevice(userId: string): Promise<void> {
  const { cookies } = await import("next/headers");
  const jar = await cookies();
  const device = deviceAfterSignIn(decodeDevice(jar.get(DEVICE_COOKIE)?.value), userId);
  jar.set(DEVICE_COOKIE, encodeDevice(device), deviceCookieOptions());
}
