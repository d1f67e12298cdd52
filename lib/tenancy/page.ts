import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";
import type { Actor } from "./actor";
import { findMembershipBySlug } from "./membership";

/**
 * For pages under /b/[business]: the signed-in member of that business, or a redirect to sign-in,
 * or a 404 when they are not a member (the same page as a business that does not exist).
 * Cached per request, so the layout and the page share one lookup.
 */
export const requireActor = cache(async (slug: string, path?: string): Promise<Actor & { businessName: string }> => {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path ?? `/b/${slug}`)}`);
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
