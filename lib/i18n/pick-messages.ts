/**
 * The part of a message bundle that client components need. Every page's HTML carries the messages
 * its client components read (as JSON in the page's data): the whole bundle is ~140 KB per page,
 * while a page's client components read a few namespaces.
 */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * The messages under `namespaces` ("batches", or a part of one: "tracking.emailLabels"), nested as
 * in the bundle. A namespace inside another one given is redundant; one missing from the bundle is
 * left out (next-intl then reports the missing message where it is used).
 */
export function pickMessages(messages: MessageTree, namespaces: readonly string[]): MessageTree {
  const paths = [...new Set(namespaces)].map((n) => n.split("."));
  // Drop a path inside another one ("orders.check" with "orders"): the picked copy is built from new
  // objects only, so the bundle itself is never written to.
  const kept = paths.filter((p) => !paths.some((q) => q !== p && q.length < p.length && q.every((part, i) => p[i] === part)));
  const out: MessageTree = {};
  for (const parts of kept) {
    let value: string | MessageTree | undefined = messages;
    for (const key of parts) value = typeof value === "object" ? value[key] : undefined;
    if (value === undefined) continue;
    let to = out;
    for (const key of parts.slice(0, -1)) to = (to[key] ??= {}) as MessageTree;
    to[parts[parts.length - 1]!] = value;
  }
  return out;
}
