/**
 * The texts of the OpenAPI document that a reader sees: the info block's title, every `summary` and
 * `description` (info, operations, parameters, headers, schemas and their properties, responses,
 * the security scheme) and the operations' tags. Examples, defaults, enums, field names and codes
 * are values, not texts: they are never visited, so a translation cannot change them.
 */

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
/** Keys whose content is data (unless they name a schema's property). */
const VALUES = new Set(["example", "examples", "default", "enum", "const"]);

function isText(path: readonly string[]): boolean {
  const key = path.at(-1);
  if (key === "summary" || key === "description") return true;
  if (path.length === 2 && path[0] === "info" && key === "title") return true;
  // An operation's tags: paths / {path} / {method} / tags / {index}
  return path.length === 5 && path[0] === "paths" && METHODS.has(path[2]!) && path[3] === "tags";
}

/** The document with each text for readers replaced by `replace(text)`; everything else as it was. */
export function mapReaderTexts<T>(document: T, replace: (text: string) => string): T {
  const walk = (node: unknown, path: string[]): unknown => {
    if (typeof node === "string") return isText(path) ? replace(node) : node;
    if (Array.isArray(node)) return node.map((value, i) => walk(value, [...path, String(i)]));
    if (!node || typeof node !== "object") return node;
    const inProperties = path.at(-1) === "properties";
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, !inProperties && VALUES.has(key) ? value : walk(value, [...path, key])]));
  };
  return walk(document, []) as T;
}

/** Every distinct text for readers in the document. */
export function readerTexts(document: unknown): Set<string> {
  const texts = new Set<string>();
  mapReaderTexts(document, (text) => (texts.add(text), text));
  return texts;
}
