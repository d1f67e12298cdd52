import { currentUser } from "@/lib/auth/session";
import type { Actor } from "./actor";
import { findMembershipBySlug } from "./membership";
import { can, type Permission } from "./roles";

type RouteParams<P> = { params: Promise<{ business: string } & P> };

export function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * The same check as `businessAction`, for route handlers under /b/[business]: session, membership
 * in the business of the URL, role; then the handler. Not a member reads as 404 Not Found.
 */
export function businessRoute<P extends Record<string, string> = Record<never, string>>(
  permission: Permission,
  handler: (request: Request, actor: Actor, params: Partial<P>) => Promise<Response>,
) {
  return async function route(request: Request, { params }: RouteParams<P>): Promise<Response> {
    const user = await currentUser();
    if (!user) return plain(401, "Sign in required / Connexion requise");
    const { business, ...rest } = await params;
    const membership = await findMembershipBySlug(user.id, business);
    if (!membership) return plain(404, "Not found / Introuvable");
    if (!can(membership.role, permission)) return plain(403, "Forbidden / Accès refusé");
    return handler(request, { businessId: membership.businessId, userId: user.id, role: membership.role, slug: membership.slug }, rest as unknown as Partial<P>);
  };
}
