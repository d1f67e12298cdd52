/**
 * How Auth.js reads and writes the session cookie's token (its `jwt.encode` and `jwt.decode`),
 * with two savings on every request that reads the session (lib/auth/session.ts):
 *
 * - A token already read is not decrypted again. The browser sends the same token until it
 *   signs in again, and decrypting it (key derivation and AES, ~0.75 ms of CPU) gives the same
 *   claims every time; they are kept, by token, until the token's own expiry. What can end a session
 *   earlier (signing out, a password change) is checked against the database on every request
 *   all the same (the `jwt` callback, lib/auth/session-version.ts).
 * - Auth.js encrypts a fresh token after each read, to slide the cookie's expiry. A request that
 *   reads the session through `requestSession` never sends that cookie (a page cannot set one), so
 *   there it is not made (~0.55 ms); Auth.js's own routes (sign-in, /api/auth/session) and session
 *   updates make it as before.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { decode, encode, type JWT, type JWTDecodeParams, type JWTEncodeParams } from "next-auth/jwt";

/** Tokens kept at most (beyond it, the one kept longest goes first): a server's signed-in browsers, with room. */
export const DECODED_TOKENS_KEPT = 2_000;

const decoded = new Map<string, JWT>();
const refreshUnused = new AsyncLocalStorage<true>();

/** Runs `read` (an Auth.js session read whose refreshed cookie is thrown away) without making that cookie. */
export function withoutRefreshedToken<T>(read: () => Promise<T>): Promise<T> {
  return refreshUnused.run(true, read);
}

function stillValid(claims: JWT, now: number): boolean {
  return typeof claims.exp === "number" && claims.exp * 1000 > now;
}

/** Auth.js's `decode`, remembering what a token held until it expires. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${String(params.secret)}\u0000${params.salt}\u0000${params.token}`;
  const known = decoded.get(key);
  if (known && stillValid(known, Date.now())) return { ...known };
  decoded.delete(key);
  const claims = await decode(params);
  if (claims && stillValid(claims, Date.now())) {
    if (decoded.size >= DECODED_TOKENS_KEPT) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, { ...claims });
  }
  return claims;
}

/** Auth.js's `encode`, except where the token would be thrown away (see `withoutRefreshedToken`). */
export async function encodeSessionToken(params: JWTEncodeParams): Promise<string> {
  if (refreshUnused.getStore()) return "";
  return encode(params);
}
