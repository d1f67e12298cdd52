/**
 * The stored ratings of batch rows (their quotes: ~2.6 KB of JSON a row, 8 services), kept parsed
 * for the process by row and rating: the batch page reads its rows without them and takes each
 * row's from here, reading only those it has not seen since the row was last rated. A rating is
 * only ever written whole with its `ratedAt` and `ratedInputs` (lib/rates/batch-rates.ts), so a
 * row whose rating time and inputs are the ones kept has the quotes kept. Reading 50 rows' quotes
 * and parsing them cost the page ~2.5 ms of CPU per view. Rows are found by the tenant-scoped
 * read that asked (their ids are unique across businesses); what is kept is frozen.
 */
/** Rows kept (about 10 MB at most): 40 batches of 50 rows. */
export const KEPT_ROWS = 2_000;

export interface RatedRow {
  id: string;
  ratedAt: Date | null;
  ratedInputs: string | null;
}

/** The row's quotes as the database gives them (a StoredRating's JSON, or null). */
export interface RowRating<Q> extends RatedRow {
  quotes: Q | null;
}

const kept = new Map<string, unknown>();

/** What a rating is kept under: the row, when and from what it was rated. Unrated rows are never kept. */
function keyOf(row: RatedRow): string | null {
  return row.ratedAt ? `${row.id}|${row.ratedAt.getTime()}|${row.ratedInputs ?? ""}` : null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Each row's stored rating (null when it has none), by row id: those kept for its current rating
 * as they are, the others read with `read` (the rows' quotes with their rating time and inputs, in
 * the caller's tenant). A row re-rated between the caller's read and this one gets its new quotes,
 * and they are not kept (they belong to another rating than the row the caller holds).
 */
export async function storedRatings<Q>(rows: readonly RatedRow[], read: (ids: string[]) => Promise<RowRating<Q>[]>): Promise<Map<string, Q | null>> {
  const out = new Map<string, Q | null>();
  const missing: RatedRow[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const hit = key === null ? undefined : kept.get(key);
    if (hit === undefined) {
      missing.push(row);
      continue;
    }
    // Most recently used last: the first ones are the next to go.
    kept.delete(key!);
    kept.set(key!, hit);
    out.set(row.id, hit as Q | null);
  }
  if (missing.length === 0) return out;
  const asked = new Map(missing.map((r) => [r.id, r]));
  for (const fetched of await read(missing.map((r) => r.id))) {
    const row = asked.get(fetched.id);
    if (!row) continue;
    const rating = deepFreeze(fetched.quotes);
    out.set(row.id, rating);
    const key = keyOf(fetched);
    if (key !== null && key === keyOf(row)) {
      kept.set(key, rating);
      if (kept.size > KEPT_ROWS) kept.delete(kept.keys().next().value!);
    }
  }
  for (const row of missing) if (!out.has(row.id)) out.set(row.id, null);
  return out;
}
