/**
 * The fake Canada Post server's own XML reading and writing, kept apart from the connector's
 * lib/carriers/canadapost/xml.ts on purpose: the fake must not share the code it tests. Reading
 * keeps document order (a request's delivery-spec is echoed back in shipment details); namespace
 * prefixes are dropped. Writing builds elements with `el`/`leaf` and serialises them indented,
 * the root carrying its namespace.
 */
import { XMLParser } from "fast-xml-parser";

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** The element's own text, trimmed ("" when it has only children). */
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
});

type Ordered = Record<string, unknown>;

function convert(entry: Ordered): XNode | string | null {
  if (typeof entry["#text"] === "string" || typeof entry["#text"] === "number") return String(entry["#text"]);
  const name = Object.keys(entry).find((k) => k !== ":@" && k !== "#text");
  if (!name || name.startsWith("?") || name === "#comment") return null;
  const attrs: Record<string, string> = {};
  const rawAttrs = entry[":@"];
  if (rawAttrs && typeof rawAttrs === "object") {
    for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>)) if (k !== "xmlns" && !k.startsWith("xmlns:")) attrs[k] = String(v);
  }
  const node: XNode = { name, attrs, children: [], text: "" };
  const content = entry[name];
  if (Array.isArray(content)) {
    for (const item of content as Ordered[]) {
      const converted = convert(item);
      if (typeof converted === "string") node.text += converted;
      else if (converted) node.children.push(converted);
    }
  }
  node.text = node.text.trim();
  return node;
}

/** The root element of a document, or null when the text is not well-formed XML. */
export function parseXml(xml: string): XNode | null {
  if (!xml.trim().startsWith("<")) return null;
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  if (!Array.isArray(doc)) return null;
  for (const entry of doc as Ordered[]) {
    const node = convert(entry);
    if (node && typeof node !== "string") return node;
  }
  return null;
}

/** The children named `name`. */
export function kids(node: XNode | undefined, name: string): XNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The first element along a path of child names. */
export function kid(node: XNode | undefined, ...path: string[]): XNode | undefined {
  let current = node;
  for (const name of path) current = current?.children.find((c) => c.name === name);
  return current;
}

/** The text at a path (the node's own without one); null when absent or empty. */
export function txt(node: XNode | undefined, ...path: string[]): string | null {
  const target = kid(node, ...path);
  return target && target.text !== "" ? target.text : null;
}

export type Child = XNode | null | undefined | false | Child[];

function flatten(children: Child[], out: XNode[] = []): XNode[] {
  for (const c of children) {
    if (Array.isArray(c)) flatten(c, out);
    else if (c) out.push(c);
  }
  return out;
}

/** An element with children (null, undefined and false are left out; arrays are spread). */
export function el(name: string, ...children: Child[]): XNode {
  return { name, attrs: {}, children: flatten(children), text: "" };
}

/** An element with attributes and children. */
export function elAttrs(name: string, attrs: Record<string, string | number>, ...children: Child[]): XNode {
  return { name, attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])), children: flatten(children), text: "" };
}

/** A text element; null (left out) when the value is null or undefined. */
export function leaf(name: string, value: string | number | boolean | null | undefined): XNode | null {
  if (value === null || value === undefined) return null;
  return { name, attrs: {}, children: [], text: String(value) };
}

/** A text element with attributes. */
export function leafAttrs(name: string, attrs: Record<string, string | number>, value: string | number | boolean): XNode {
  return { ...elAttrs(name, attrs), text: String(value) };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function write(node: XNode, indent: string, extraAttrs = ""): string {
  const attrs = extraAttrs + Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  if (node.children.length === 0) return node.text === "" ? `${indent}<${node.name}${attrs}/>` : `${indent}<${node.name}${attrs}>${escape(node.text)}</${node.name}>`;
  const inner = node.children.map((c) => write(c, `${indent}  `)).join("\n");
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

/** A whole document: the declaration, then `root` in namespace `ns`. */
export function xmlDocument(root: XNode, ns: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, "", ` xmlns="${ns}"`)}\n`;
}
