/**
 * Cursors of the lists that follow a search's order (contacts, shipments): the position of the
 * next page in that order, opaque to the caller. A cursor that was not ours is a 400.
 */
import { ApiError } from "./errors";

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
