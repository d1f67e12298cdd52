/** Ids per query when loading rows by id: far below PostgreSQL's 65,535 parameters per statement. */
export const IDS_PER_QUERY = 5_000;

/**
 * Loads the rows of `ids` (a search's result, in its order) with `load`, a chunk of ids at a time,
 * and returns them in the order of `ids`. An id `load` does not return is left out.
 */
export async function loadInOrder<T extends { id: string }>(ids: readonly string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const byId = new Map<string, T>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    for (const row of await load(ids.slice(start, start + IDS_PER_QUERY))) byId.set(row.id, row);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
