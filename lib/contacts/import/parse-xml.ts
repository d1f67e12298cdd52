import { XMLParser, XMLValidator } from "fast-xml-parser";
import { IMPORT_LIMITS, ImportFileError, type ImportTable } from "./fields";
import { squareTable } from "./parse-csv";

const ATTR = "@_";
const TEXT = "#text";

/** A parsed element: its text when it has neither attributes nor children, else an object whose values are arrays of child elements. */
type XmlNode = string | XmlElement;
interface XmlElement {
  [key: string]: XmlNode[] | string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  removeNSPrefix: true,
  // Values stay text: "01234" is a ZIP code, not the number 1234.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Every child element is an array, so one and many read the same way.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

const childTags = (node: XmlElement) => Object.keys(node).filter((k) => !k.startsWith(ATTR) && k !== TEXT);
const isElement = (node: XmlNode | undefined): node is XmlElement => typeof node === "object" && node !== null;
const children = (node: XmlElement, tag: string) => node[tag] as XmlNode[];

/**
 * The records of a document: the most repeated child element of the root (<contacts><contact>…),
 * looking inside a single wrapper or two (<export><contacts><contact>…) when the root repeats
 * nothing; a root holding a single record gives that record; a root with fields only is itself
 * the one record.
 */
function findRecords(root: XmlElement): XmlElement[] {
  // The longest list of structured elements at this level or below (through single elements), the shallowest on a tie.
  const search = (node: XmlElement, depth: number): XmlNode[] | null => {
    let best: XmlNode[] | null = null;
    for (const tag of childTags(node)) {
      const items = children(node, tag);
      if (!items.some(isElement)) continue;
      if (!best || items.length > best.length) best = items;
      if (items.length === 1 && depth < 3) {
        const inner = search(items[0] as XmlElement, depth + 1);
        if (inner && inner.length > best.length) best = inner;
      }
    }
    return best;
  };
  const found = search(root, 0);
  if (!found) return [root];
  // An empty record (<contact/>) reads as a row of blanks, skipped like a blank CSV line.
  return found.map((n) => (isElement(n) ? n : {}));
}

/** One record's columns: its attributes, then its child elements; nested elements as "address/city". */
function flatten(node: XmlElement, prefix: string, out: Map<string, string[]>, depth: number) {
  const add = (name: string, value: string) => {
    const values = out.get(name);
    if (values) values.push(value);
    else out.set(name, [value]);
  };
  for (const key of Object.keys(node)) {
    if (key.startsWith(ATTR)) add(`${prefix}${prefix ? "@" : ""}${key.slice(ATTR.length)}`, String(node[key]));
  }
  for (const tag of childTags(node)) {
    for (const item of children(node, tag)) {
      if (!isElement(item)) add(prefix + tag, item);
      else if (childTags(item).length === 0 || depth >= 3) {
        add(prefix + tag, typeof item[TEXT] === "string" ? item[TEXT] : "");
        for (const key of Object.keys(item)) if (key.startsWith(ATTR)) add(`${prefix}${tag}@${key.slice(ATTR.length)}`, String(item[key]));
      } else flatten(item, `${prefix}${tag}/`, out, depth + 1);
    }
  }
}

/**
 * An XML file's text as a table: one row per record element (see findRecords), one column per
 * attribute or child element name found in any record, in the order first seen. An element
 * repeated inside a record (<tag>vip</tag><tag>b2b</tag>) gives one cell, "vip, b2b". Entity
 * declarations are refused (no entity expansion). Pure.
 *
 * Throws ImportFileError: xmlEntities, xmlInvalid, xmlNoRecords, tooManyRows, tooManyColumns.
 */
export function parseXml(text: string): ImportTable {
  if (/<!ENTITY/i.test(text)) throw new ImportFileError("xmlEntities");
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ImportFileError("xmlInvalid", { line: valid.err.line });
  const doc = parser.parse(text) as XmlElement;
  const rootTag = childTags(doc)[0];
  const root = rootTag ? children(doc, rootTag)[0] : undefined;
  if (!isElement(root)) throw new ImportFileError("xmlNoRecords");
  const records = findRecords(root);
  if (records.length > IMPORT_LIMITS.rows) throw new ImportFileError("tooManyRows", { max: IMPORT_LIMITS.rows });

  const headers: string[] = [];
  const index = new Map<string, number>();
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  records.forEach((record, i) => {
    const columns = new Map<string, string[]>();
    flatten(record, "", columns, 0);
    const row: string[] = [];
    for (const [name, values] of columns) {
      let c = index.get(name);
      if (c === undefined) {
        c = headers.length;
        if (c >= IMPORT_LIMITS.columns) throw new ImportFileError("tooManyColumns", { max: IMPORT_LIMITS.columns });
        headers.push(name);
        index.set(name, c);
      }
      row[c] = values.filter((v) => v !== "").join(", ").slice(0, IMPORT_LIMITS.cell);
    }
    if (row.some((v) => v && v.trim())) {
      rows.push(Array.from(row, (v) => v ?? ""));
      rowNumbers.push(i + 1);
    }
  });
  if (headers.length === 0 || rows.length === 0) throw new ImportFileError("xmlNoRecords");
  return squareTable("xml", headers.map((h) => h.slice(0, IMPORT_LIMITS.header)), rows, rowNumbers);
}
