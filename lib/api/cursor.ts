/**
 * Cursor pagination of the API's lists: a page is asked with `limit` (and the `nextCursor` of the
 * page before), newest first. The cursor is opaque to the caller: the sort key and id of the last
 * row given, so a row added meanwhile never shifts a page and every row is given once.
 */
import { ApiError } from "./errors";

export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

/** The parts of a cursor this API gave, or a 400 naming the `cursor` parameter. */
export function decodeCursor(cursor: string, shape: readonly ("string" | "number")[]): (string | number)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.length === shape.length && parts.every((p, i) => typeof p === shape[i])) return parts as (string | number)[];
  } catch {
    // Not one of ours: answered below.
  }
  throw new ApiError(400, "invalid_request_error", "invalidCursor", {}, "cursor");
}

/** A page from `limit + 1` rows read: the first `limit`, whether more follow, and the cursor of the last one. */
export function pageOf<R, T>(rows: R[], limit: number, present: (row: R) => T, cursorOf: (row: R) => (string | number)[]) {
  const page = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return { data: page.map(present), hasMore, nextCursor: hasMore && page.length > 0 ? encodeCursor(cursorOf(page[page.length - 1]!)) : null };
}
