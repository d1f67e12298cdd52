import type { Dated } from "./types";

/**
 * The value in effect on `day` (ISO date): the entry with the latest `from` on or before it. Before
 * the first entry the first one applies, because the price lists start before some of our data
 * points (documented in rules/SOURCE.md). Entries must be sorted by `from`.
 */
export function inEffect<T>(entries: readonly Dated<T>[], day: string): T {
  let value = entries[0]!.value;
  for (const entry of entries) {
    if (entry.from > day) break;
    value = entry.value;
  }
  return value;
}
