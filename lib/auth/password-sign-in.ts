import { db } from "@/lib/db/client";
import type { Device } from "./device";
import { verifyPassword } from "./password";
import { consumeRateLimit, releaseRateLimit, resetRateLimit, SIGN_IN_LIMITS } from "./rate-limit";

export interface PasswordSignInUser {
  id: string;
  email: string;
  name: string | null;
  locale: "en" | "fr" | null;
  sessionVersion: number;
  emailVerified: Date | null;
}

export type PasswordSignIn = { outcome: "ok"; user: PasswordSignInUser } | { outcome: "wrong" } | { outcome: "limited" };

/**
 * Checks a password sign-in against the limits, then the password.
 *
 * Failures are counted per email. Up to `perEmail` failures anyone may try. Beyond that, someone
 * else's failures must not lock the owner out, yet an unknown client must not get unlimited
 * guesses, so only a client known to be safe may still try:
 * - a browser whose device cookie says it signed in to this account before (any deployment);
 * - behind a trusted proxy, a client address that has not failed for this email itself, until
 *   the email reaches `perEmailFromFreshAddresses` failures.
 * Whoever tries, a client that has itself failed `perClient` times for this email (its browser or
 * its address), or an address that failed `perAddress` times across emails, is stopped.
 * Without a trusted proxy, a browser that never signed in to the account waits for the window to
 * pass, or signs in with an emailed link.
 */
export async function checkPasswordSignIn(input: { email: string; password: string; device: Device | null; address: string | null }): Promise<PasswordSignIn> {
  const { email, device, address } = input;
  const L = SIGN_IN_LIMITS;
  const emailKey = `signin:fail:${email}`;
  const deviceKey = device ? `signin:fail:${email}:device:${device.id}` : null;
  const clientAddressKey = address ? `signin:fail:${email}:address:${address}` : null;
  const addressKey = address ? `signin:fail:address:${address}` : null;
  const consume = (key: string, limit: { limit: number; windowSeconds: number }) => consumeRateLimit(key, limit.limit, limit.windowSeconds);

  // Every attempt is counted first (atomically), so parallel guesses cannot get past a limit.
  const [byAddress, byDevice, byClientAddress, byEmail] = await Promise.all([
    addressKey ? consume(addressKey, L.perAddress) : null,
    deviceKey ? consume(deviceKey, L.perClient) : null,
    clientAddressKey ? consume(clientAddressKey, L.perClient) : null,
    consume(emailKey, L.perEmail),
  ]);
  const limited: PasswordSignIn = { outcome: "limited" };
  if (byAddress?.allowed === false || byDevice?.allowed === false || byClientAddress?.allowed === false) return limited;

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true, emailVerified: true, passwordHash: true },
  });
  const emailLocked = !byEmail.allowed;
  if (emailLocked) {
    const knownBrowser = !!user && !!device?.userIds.includes(user.id);
    const freshAddress = byClientAddress?.count === 1 && byEmail.count <= L.perEmailFromFreshAddresses.limit;
    if (!knownBrowser && !freshAddress) return limited;
  }

  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) return { outcome: "wrong" };

  // A success takes back what this attempt counted, and forgets this client's own failures. The
  // email's failures are forgotten too, unless they are what paused it (strangers keep waiting).
  await Promise.all([
    resetRateLimit(...[deviceKey, clientAddressKey].filter((k): k is string => !!k)),
    addressKey ? releaseRateLimit(addressKey) : null,
    emailLocked ? releaseRateLimit(emailKey) : resetRateLimit(emailKey),
  ]);
  return { outcome: "ok", user: { id: user.id, email: user.email, name: user.name, locale: user.locale, sessionVersion: user.sessionVersion, emailVerified: user.emailVerified } };
}
