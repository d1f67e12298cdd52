import { cache } from "react";
import { cookies, headers } from "next/headers";
import type { Session } from "next-auth";
import { auth } from "./config";
import { withoutRefreshedToken } from "./session-token";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The Auth.js session of this request, read once however many layouts and pages ask. Reading it
 * checks the session against the database (lib/auth/session-version.ts): one query per request.
 * It reads the cookies as they are now: when a server action has just re-issued the session (a
 * password change), the page rendered in the same response sees the new cookie, which `cookies()`
 * has and the request's headers (what `auth()` alone reads) do not.
 */
export const requestSession = cache(async (): Promise<Session | null> => {
  const current = new Headers(await headers());
  current.set("cookie", (await cookies()).toString());
  // Auth.js's form for a request and a response (it may append a refreshed cookie to the latter).
  const readSession = auth as unknown as (req: { headers: Headers }, res: { headers: Headers }) => Promise<Session | null>;
  // The refreshed cookie Auth.js would add to that response is never sent: not made (lib/auth/session-token.ts).
  return withoutRefreshedToken(() => readSession({ headers: current }, { headers: new Headers() }));
});

/**
 * The session of this request: a user whose email is proved (`verified`), one still waiting to
 * confirm it (who may only see /verify-email), or null when signed out or the session has ended.
 */
export const currentSession = cache(async (): Promise<{ user: SessionUser; verified: boolean } | null> => {
  const user = (await requestSession())?.user;
  if (!user?.id || !user.email) {
    await dropEndedSessionCookie();
    return null;
  }
  return { user: { id: user.id, email: user.email, name: user.name ?? null }, verified: user.verified === true };
});

/**
 * The signed-in user whose email is proved, or null. The one place actions, routes and pages read
 * the session: an account that has not confirmed its email can do nothing through them.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await currentSession();
  return session?.verified ? session.user : null;
});

/** Clears an ended session's cookie where the response can still set cookies (actions, route handlers). */
async function dropEndedSessionCookie() {
  try {
    const jar = await cookies();
    for (const { name } of jar.getAll()) {
      if (/^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name)) jar.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
    }
  } catch {
    // A page being rendered cannot change cookies; the cookie opens nothing anyway.
  }
}
