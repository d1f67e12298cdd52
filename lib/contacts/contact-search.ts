/**
 * Which contacts of the current business match the address book's search (every typed word in
 * name, company, city, postal code or email), tag and country, in the order asked.
 *
 * The search runs in the database function search_contacts (migration search_under_rls), so that
 * its trigram and sort indexes work under row-level security. It filters on the business that
 * withTenant set for the transaction and returns only ids and a count; the rows themselves are
 * then read under row-level security.
 */
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ContactQuery } from "./schemas";
import { searchTerms } from "./search-text";

export type ContactSearch = Pick<ContactQuery, "q" | "tag" | "country" | "sort" | "dir">;

export interface ContactSearchResult {
  ids: string[];
  /** How many contacts match in all. */
  matched: number;
}

/** The statement the app sends for a search; `take: null` returns every match (also what the plan tests run). */
export function contactSearchSql(search: ContactSearch, window: { skip: number; take: number | null }): Prisma.Sql {
  return Prisma.sql`SELECT ids, matched FROM search_contacts(
    ${searchTerms(search.q)}::text[], ${search.tag || null}::text, ${search.country ? search.country.toUpperCase() : null}::text,
    ${search.sort}::text, ${search.dir === "desc"}::boolean, ${window.skip}::integer, ${window.take}::integer)`;
}

/** The ids of the matching contacts in `window`, in the search's order, and how many match. */
export async function searchContactIds(tx: Tx, search: ContactSearch, window: { skip: number; take: number | null }): Promise<ContactSearchResult> {
  const [result] = await tx.$queryRaw<ContactSearchResult[]>(contactSearchSql(search, window));
  return result ?? { ids: [], matched: 0 };
}
