import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";
import type { Actor } from "./actor";
import { findMembershipBySlug } from "./membership";
import { REQUEST_PATH_HEADER } from "./request-path";

/**
 * For pages under /b/[business]: the signed-in member of that business, or a redirect to sign-in,
 * or a 404 when they are not a member (the same page as a business that does not exist).
 * Cached per request, so the layout and the page share one lookup.
 */
export const requireActor = cache(async (slug: string): Promise<Actor & { businessName: string }> => {
  const user = await currentUser();
  if (!user) {
    // proxy.ts passes the path asked for, so sign-in leads back to it.
    const asked = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(`/signin?callbackUrl=${encodeURIComponent(asked ? safeCallbackUrl(asked) : `/b/${slug}`)}`);
  }
  const membership = await findMembershipBySlug(user.id, slug);
  if (!membership) notFound();
  return {
    businessId: membership.businessId,
    userId: user.id,
    role: membership.role,
    slug: membership.slug,
    businessName: membership.name,
  };
});
