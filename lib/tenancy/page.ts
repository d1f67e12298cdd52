import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { cache } from "react";
import { currentSession, type SessionUser } from "@/lib/auth/session";
import type { Actor } from "./actor";
import { listMyBusinesses } from "./membership";
import { REQUEST_PATH_HEADER } from "./request-path";

/**
 * For every page that needs a signed-in user: that user, or a redirect to sign-in (and back to
 * `callbackPath` afterwards), or to "check your email" while the account's address is unproved.
 */
export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const session = await currentSession();
  if (session?.verified) return session.user;
  if (session) redirect("/verify-email");
  redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackPath))}`);
}

/** Every business the user belongs to (the switcher's list), read once per request. */
export const myBusinesses = cache((userId: string) => listMyBusinesses(userId));

/**
 * For pages under /b/[business]: the signed-in member of that business, or a redirect to sign-in,
 * or a 404 when they are not a member (the same page as a business that does not exist).
 * Cached per request, so the layout and the page share one lookup; the membership is found among
 * the user's businesses, which the layout's switcher lists anyway (one query for both).
 */
export const requireActor = cache(async (slug: string): Promise<Actor & { businessName: string }> => {
  // proxy.ts passes the path asked for, so sign-in leads back to it.
  const user = await requireUser((await headers()).get(REQUEST_PATH_HEADER) ?? `/b/${slug}`);
  const membership = (await myBusinesses(user.id)).find((b) => b.slug === slug);
  if (!membership) notFound();
  return {
    businessId: membership.id,
    userId: user.id,
    role: membership.role,
    slug: membership.slug,
    businessName: membership.name,
  };
});
