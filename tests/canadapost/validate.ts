/**
 * Validates XML against Canada Post's schemas (tests/canadapost/xsd, copied from
 * ../shared/canada-post-xsd) with xmllint-wasm. About 150 ms a call (it starts a worker): tests
 * and the fake server only, never a hot path.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

export const XSD_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "xsd");

export type SchemaName =
  | "authreturn"
  | "common"
  | "discovery"
  | "manifest"
  | "messages"
  | "ncshipment"
  | "openreturn"
  | "pickup"
  | "pickuprequest"
  | "postoffice"
  | "rating"
  | "serviceinfo"
  | "shipment"
  | "track";

const cache = new Map<string, string>();
function schemaText(name: string): string {
  let contents = cache.get(name);
  if (contents === undefined) {
    contents = readFileSync(path.join(XSD_DIR, `${name}.xsd`), "utf8");
    cache.set(name, contents);
  }
  return contents;
}

/** The schemas a schema includes (`<xsd:include schemaLocation="common.xsd"/>`), to preload. */
function includes(name: string): string[] {
  return [...schemaText(name).matchAll(/<xsd:(?:include|import|redefine)[^>]*schemaLocation="([^"]+)\.xsd"/g)].map((m) => m[1]!);
}

export interface Validation {
  valid: boolean;
  /** "element 'weight': 'heavy' is not a valid value ..." */
  errors: string[];
}

export async function validateAgainst(schema: SchemaName, xml: string): Promise<Validation> {
  const result = await validateXML({
    xml: [{ fileName: "document.xml", contents: xml }],
    schema: [{ fileName: `${schema}.xsd`, contents: schemaText(schema) }],
    preload: includes(schema).map((name) => ({ fileName: `${name}.xsd`, contents: schemaText(name) })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

/** The schema of each root element Canada Post sends or accepts, by namespace. */
const BY_NAMESPACE: Record<string, SchemaName> = {
  "http://www.canadapost.ca/ws/ship/rate-v4": "rating",
  "http://www.canadapost.ca/ws/ncshipment-v4": "ncshipment",
  "http://www.canadapost.ca/ws/shipment-v8": "shipment",
  "http://www.canadapost.ca/ws/manifest-v8": "manifest",
  "http://www.canadapost.ca/ws/track": "track",
  "http://www.canadapost.ca/ws/pickup/availability": "pickup",
  "http://www.canadapost.ca/ws/pickuprequest": "pickuprequest",
  "http://www.canadapost.ca/ws/postoffice": "postoffice",
  "http://www.canadapost.ca/ws/authreturn-v2": "authreturn",
  "http://www.canadapost.ca/ws/openreturn-v2": "openreturn",
  "http://www.canadapost.ca/ws/serviceinfo-v2": "serviceinfo",
  "http://www.canadapost.ca/ws/messages": "messages",
};

/** The schema for a document, from its root element's namespace (discovery answers use discovery.xsd). */
export function schemaFor(xml: string): SchemaName | null {
  const ns = /<[A-Za-z][\w.-]*(?::[\w.-]+)?\s[^>]*xmlns(?::\w+)?="([^"]+)"/.exec(xml)?.[1];
  if (!ns) return null;
  const root = /<([A-Za-z][\w.-]*)[\s>]/.exec(xml.replace(/<\?[^>]*\?>/, ""))?.[1];
  if (ns === "http://www.canadapost.ca/ws/ship/rate-v4" && (root === "services" || root === "service")) return "discovery";
  return BY_NAMESPACE[ns] ?? null;
}
