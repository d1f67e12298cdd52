/**
 * Schema checks of the fake server: a request body against its XSD (refused with code "Server"
 * and a "cvc-..." description, as Canada Post does), and optionally its own answers. Uses
 * xmllint-wasm (about 150 ms a call: it starts a worker), with the schema texts read once. Unlike
 * tests/canadapost/validate.ts it preloads the schemas a schema pulls in with `xsd:redefine`
 * (discovery, ncshipment, shipment, postoffice), which fail to compile without common.xsd.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { XSD_DIR, type SchemaName } from "../validate";

interface SchemaFile {
  fileName: string;
  contents: string;
}

const texts = new Map<string, SchemaFile>();

function schemaFile(name: string): SchemaFile {
  let file = texts.get(name);
  if (!file) {
    file = { fileName: `${name}.xsd`, contents: readFileSync(path.join(XSD_DIR, `${name}.xsd`), "utf8") };
    texts.set(name, file);
  }
  return file;
}

/** Every schema a schema includes, imports or redefines, recursively. */
function dependencies(name: string, seen = new Set<string>()): SchemaFile[] {
  for (const m of schemaFile(name).contents.matchAll(/<xsd:(?:include|import|redefine)[^>]*schemaLocation="([^"]+)\.xsd"/g)) {
    const dep = m[1]!;
    if (!seen.has(dep) && dep !== name) {
      seen.add(dep);
      dependencies(dep, seen);
    }
  }
  return [...seen].map(schemaFile);
}

export interface SchemaCheck {
  valid: boolean;
  /** libxml2's messages, "Schemas validity error : " removed. */
  errors: string[];
}

export async function checkAgainst(schema: SchemaName, xml: string): Promise<SchemaCheck> {
  try {
    const result = await validateXML({
      xml: [{ fileName: "document.xml", contents: xml }],
      schema: [schemaFile(schema)],
      preload: dependencies(schema),
    });
    return { valid: result.valid, errors: result.errors.filter((e) => e.loc !== null).map((e) => e.message.replace(/^Schemas validity error : /, "")) };
  } catch (e) {
    return { valid: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
}

/** The rule name a Java validator puts first, from libxml2's wording. */
function rule(error: string): string {
  const facet = /\[facet '(\w+)'\]/.exec(error)?.[1];
  if (facet) return `cvc-${facet}-valid`;
  if (/not a valid value of the (?:local )?(?:atomic|union|list) type|is not a valid value/.test(error)) return "cvc-datatype-valid.1.2.1";
  if (/This element is not expected/.test(error)) return "cvc-complex-type.2.4.a";
  if (/Missing child element/.test(error)) return "cvc-complex-type.2.4.b";
  if (/No matching global (?:element )?declaration/.test(error)) return "cvc-elt.1.a";
  if (/The attribute '[^']+' is required/.test(error)) return "cvc-complex-type.4";
  if (/The attribute '[^']+' is not allowed/.test(error)) return "cvc-complex-type.3.2.2";
  if (/Character content|Element content is not allowed/.test(error)) return "cvc-complex-type.2.3";
  if (/parser error/.test(error)) return "cvc-wellformed";
  return "cvc-complex-type";
}

/**
 * Canada Post's description of a schema failure: the path, the rule and the validator's words,
 * for the first error, namespaces left out ("/rs/ship/price: cvc-pattern-valid: element
 * 'postal-code': [facet 'pattern'] The value 'M5V 3L9' is not accepted by the pattern ...").
 */
export function cvcDescription(requestPath: string, errors: readonly string[]): string {
  const first = (errors[0] ?? "the document is not valid").replace(/\s+/g, " ").trim();
  // "Element '{ns}weight': ..." reads "element 'weight': ...", as a Java validator names it.
  const words = first.replace(/\{[^}]*\}/g, "").replace(/^Element '/, "element '");
  return `${requestPath}: ${rule(first)}: ${words}`;
}
