/**
 * Reading and writing Canada Post's XML. Requests are built as plain objects in schema order and
 * written by `toXml`; answers are read by `readXml` into elements whose children are always arrays
 * (one and many read the same way) and whose text stays text ("01234" is not 1234).
 * Pure: no network, no database.
 */
import { XMLBuilder, XMLParser } from "fast-xml-parser";

export const ATTR = "@_";
export const TEXT = "#text";

/** A parsed element: text when it has neither attributes nor children. */
export type XmlNode = string | XmlElement;
export interface XmlElement {
  [key: string]: XmlNode[] | string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** The document's root element (namespace prefixes removed), or null when the text is not XML. */
export function readXml(xml: string): { name: string; element: XmlElement } | null {
  if (!xml.trim().startsWith("<")) return null;
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return null;
  }
  const name = Object.keys(doc).find((k) => !k.startsWith("?"));
  if (!name) return null;
  const value = (doc[name] as XmlNode[] | undefined)?.[0];
  return { name, element: typeof value === "object" && value ? value : value === undefined ? {} : { [TEXT]: value } };
}

const isElement = (node: XmlNode | undefined): node is XmlElement => typeof node === "object" && node !== null;

/** The child elements named `name`. */
export function children(node: XmlNode | undefined, name: string): XmlElement[] {
  if (!isElement(node)) return [];
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.map((v) => (isElement(v) ? v : { [TEXT]: v }));
}

/** The first child element named `name`, following a path ("price-details", "due"). */
export function child(node: XmlNode | undefined, ...path: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = isElement(node) ? node : undefined;
  for (const name of path) current = children(current, name)[0];
  return current;
}

/** The text of an element (or of the child at `path`), trimmed; null when absent or empty. */
export function text(node: XmlNode | undefined, ...path: string[]): string | null {
  const target = path.length ? child(node, ...path) : isElement(node) ? node : undefined;
  if (typeof node === "string" && path.length === 0) return node.trim() || null;
  if (!target) return null;
  const value = target[TEXT];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** An attribute of an element. */
export function attr(node: XmlNode | undefined, name: string): string | null {
  if (!isElement(node)) return null;
  const value = node[ATTR + name];
  return typeof value === "string" ? value : null;
}

/** A money amount ("12.34", "-1.50") in cents; null when absent. */
export function cents(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** Cents as Canada Post writes money: "12.34". */
export function money(amountCents: number): string {
  return (amountCents / 100).toFixed(2);
}

/** Grams as Canada Post writes weight: kilograms with up to 3 decimals ("1.25"). */
export function kilograms(grams: number): string {
  return String(Math.round(grams) / 1000);
}

/** Millimetres as Canada Post writes dimensions: centimetres with one decimal ("30.5"). */
export function centimetres(mm: number): string {
  return String(Math.round(mm) / 10);
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  format: true,
  indentBy: "  ",
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
  processEntities: true,
});

/** A value to write: an element's content in schema order; null and undefined leave the element out. */
export type XmlValue = string | number | boolean | null | undefined | XmlObject | XmlValue[];
export interface XmlObject {
  [key: string]: XmlValue;
}

function prune(value: XmlValue): XmlValue {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (typeof value === "object") {
    const out: XmlObject = {};
    for (const [k, v] of Object.entries(value)) {
      const pruned = prune(v);
      const empty = (Array.isArray(pruned) && pruned.length === 0) || (typeof pruned === "object" && pruned !== null && !Array.isArray(pruned) && Object.keys(pruned).length === 0);
      // An element whose children were all left out is left out too (<options/> is invalid).
      if (pruned !== undefined && !empty) out[k] = pruned;
    }
    return out;
  }
  return typeof value === "boolean" ? String(value) : value;
}

/** Writes a document: `<?xml ...?>` then the root element with its namespace. */
export function toXml(root: string, namespace: string, content: XmlObject): string {
  const body = builder.build({ [root]: { [`${ATTR}xmlns`]: namespace, ...(prune(content) as XmlObject) } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.trim()}\n`;
}
