import { createHash } from "node:crypto";

/** Distinct SQL texts remembered before the memo starts again (the app has a few hundred). */
const MEMO_LIMIT = 5_000;
const memo = new Map<string, string>();

/**
 * The name a SQL text is prepared under on each connection: the same text always gets the same
 * name, so PostgreSQL parses a statement once per connection and can keep its plan, instead of
 * parsing and planning it on every execution (with row-level security and joined relations,
 * planning cost more than running most page queries).
 */
export function statementName(sql: string): string {
  let name = memo.get(sql);
  if (name === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    name = `envoi_${createHash("sha256").update(sql).digest("base64url").slice(0, 27)}`;
    memo.set(sql, name);
  }
  return name;
}
