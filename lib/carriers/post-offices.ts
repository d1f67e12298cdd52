/** Post offices for a business, from the first of its connectors that can find them. */
import type { TenantContext } from "@/lib/tenancy/context";
import { connectorsFor } from "./registry";
import type { PostOfficeMatch, PostOfficeQuery, PostOfficeRecord } from "./types";

/**
 * Near a postal code or what a person typed (`text`: an address, an FSA, a city); null when neither
 * or both are given, or when no connector knows the place.
 */
export async function findPostOffices(ctx: TenantContext, query: PostOfficeQuery): Promise<{ offices: PostOfficeMatch[]; sample: boolean } | null> {
  const text = query.text?.trim() || undefined;
  if (!text === !query.postalCode) return null;
  const asked = { ...query, text };
  for (const c of await connectorsFor(ctx)) {
    if (!c.findPostOffices) continue;
    const result = await c.findPostOffices(asked);
    if (result.data) return { offices: result.data, sample: c.sandbox };
  }
  return null;
}

/** The office with this id, as the carrier knows it (an id from a form is never trusted as is). */
export async function postOfficeById(ctx: TenantContext, id: string): Promise<PostOfficeRecord | null> {
  for (const c of await connectorsFor(ctx)) {
    const office = await c.postOffice?.(id);
    if (office) return office;
  }
  return null;
}
