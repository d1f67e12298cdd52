/**
 * Cursor pagination of the API's lists: a page is asked with `limit` (and the `nextCursor` of the
 * page before), newest first. The cursor is opaque to the caller (short enough for PageQuery's 64
 * characters): the sort key and id of the last row given, so a row added meanwhile never shifts a
 * page and every row is given once.
 */
import { ApiError } from "./errors";

export function encodeCursor(parts: readonly (string | number)[]): string {
  return parts.map((p) => (typeof p === "number" ? p.toString(36) : p)).join(".");
}

const NUMBER = /^[0-9a-z]{1,12}$/;
const STRING = /^[A-Za-z0-9_-]{1,64}$/;

/** The parts of a cursor this API gave (numbers in base 36, ids as they are), or a 400 naming the `cursor` parameter. */
export function decodeCursor(cursor: string, shape: readonly ("string" | "number")[]): (string | number)[] {
  const parts = cursor.split(".");
  if (parts.length === shape.length && parts.every((p, i) => (shape[i] === "number" ? NUMBER : STRING).test(p))) {
    return parts.map((p, i) => (shape[i] === "number" ? parseInt(p, 36) : p));
  }
  throw new ApiError(400, "invalid_request_error", "invalidCursor", {}, "cursor");
}

/** A page from `limit + 1` rows read: the first `limit`, whether more follow, and the cursor of the last one. */
export function pageOf<R, T>(rows: R[], limit: number, present: (row: R) => T, cursorOf: (row: R) => (string | number)[]) {
  const page = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return { data: page.map(present), hasMore, nextCursor: hasMore && page.length > 0 ? encodeCursor(cursorOf(page[page.length - 1]!)) : null };
}

/**
 * Lists that follow a search's order (contacts, shipments) page by position in that order: the
 * cursor is the offset of the next page, opaque to the caller.
 */
export function offsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, "utf8").toString("base64url");
}

export function cursorOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new ApiError(400, "invalid_request_error", "invalidCursor", {}, "cursor");
  return Number(match[1]);
}

/** A page of `take` rows read with one more: whether more follow, and the cursor of the next page. */
export function page<T>(rows: T[], offset: number, take: number): { data: T[]; hasMore: boolean; nextCursor: string | null } {
  const hasMore = rows.length > take;
  return { data: rows.slice(0, take), hasMore, nextCursor: hasMore ? offsetCursor(offset + take) : null };
}
