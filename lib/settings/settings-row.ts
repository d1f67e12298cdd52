import { cache } from "react";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";

/**
 * The business's settings row. While a page renders, read once for everything on it that needs it
 * (React's per-request cache, keyed by the context object the page's `requireActor` shares: the
 * member's defaults and the location list both read it); elsewhere (actions, routes, jobs) each
 * call reads it again. Callers must not change the row.
 */
export const businessSettingsRow = cache((ctx: TenantContext) => readInTenant(ctx, (db) => db.businessSettings.findUnique({ where: { businessId: ctx.businessId } })));
