import { cache } from "react";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";

/**
 * The business's ship-from locations, by label. While a page renders, read once for everything on
 * it that needs them (React's per-request cache, keyed by the context object the page's
 * `requireActor` shares: the location list, the member's defaults and the batch view each read
 * them); elsewhere each call reads them again. Callers must not change the rows.
 */
export const locationRows = cache((ctx: TenantContext) => readInTenant(ctx, (db) => db.location.findMany({ where: { businessId: ctx.businessId }, orderBy: { label: "asc" } })));
