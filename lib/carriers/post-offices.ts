/** Post offices for a business, from the first of its connectors that can find them. */
import { connectorsForBusiness } from "./registry";
import type { PostOfficeMatch, PostOfficeRecord } from "./reference/post-offices";
import type { PostOfficeQuery } from "./types";

export async function findPostOffices(query: PostOfficeQuery): Promise<{ offices: PostOfficeMatch[]; sample: boolean } | null> {
  for (const c of connectorsForBusiness()) {
    if (!c.findPostOffices) continue;
    const result = await c.findPostOffices(query);
    if (result.data) return { offices: result.data, sample: c.sandbox };
  }
  return null;
}

/** The office with this id, as the carrier knows it (an id from a form is never trusted as is). */
export async function postOfficeById(id: string): Promise<PostOfficeRecord | null> {
  for (const c of connectorsForBusiness()) {
    const office = await c.postOffice?.(id);
    if (office) return office;
  }
  return null;
}
