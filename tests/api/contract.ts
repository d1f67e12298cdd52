/**
 * The OpenAPI document as a judge of answers: for a request (method and path under /api/v1) and
 * its answer (status and JSON), the problems the document finds: an operation or status it does not
 * describe, or a body that does not fit the schema it declares. tests/api/support.ts asks it about
 * every answer any API test receives, so no test can see an answer the reference would not predict.
 */
import Ajv from "ajv";
import { ENDPOINTS } from "@/lib/api/catalogue";
import type { Endpoint } from "@/lib/api/endpoint";
import { openApiDocument } from "@/lib/api/openapi";

type Json = Record<string, unknown>;
type Validate = ((data: unknown) => boolean) & { errors?: { dataPath?: string; instancePath?: string; message?: string }[] | null };

const DOC_ID = "openapi:envoi";

/** "#/components/schemas/X" refs made absolute, so the document's components resolve from any schema. */
function absoluteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(absoluteRefs);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `${DOC_ID}${v}` : absoluteRefs(v)]));
}

/** What is used of ajv (a devDependency). */
interface SchemaValidator {
  addSchema(schema: object): unknown;
  compile(schema: object): Validate;
}

interface Judge {
  document: Json;
  ajv: SchemaValidator;
  compiled: Map<string, Validate>;
}

let judge: Judge | undefined;

function theJudge(): Judge {
  if (judge) return judge;
  const document = openApiDocument("http://127.0.0.1", "en") as unknown as Json;
  // ajv: draft-07 rules, which cover what the document's schemas use.
  const ajv = new (Ajv as unknown as new (options: object) => SchemaValidator)({ allErrors: true, unknownFormats: "ignore", validateSchema: false, strict: false });
  ajv.addSchema({ $id: DOC_ID, components: absoluteRefs((document as { components?: unknown }).components ?? {}) } as object);
  judge = { document, ajv, compiled: new Map() };
  return judge;
}

export function openApi(): Json {
  return theJudge().document;
}

/** The endpoint that serves `method path` (path under /api/v1, without its query), with its path parameters. */
export function endpointFor(method: string, path: string): { endpoint: Endpoint; params: Record<string, string> } | null {
  for (const endpoint of ENDPOINTS) {
    if (endpoint.method !== method) continue;
    const names: string[] = [];
    const regex = new RegExp(`^${endpoint.path.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)"))}$`);
    const m = regex.exec(path);
    if (m) return { endpoint, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
  }
  return null;
}

function validatorOf(key: string, schema: unknown): Validate {
  const j = theJudge();
  let v = j.compiled.get(key);
  if (!v) {
    v = j.ajv.compile(absoluteRefs(schema) as object);
    j.compiled.set(key, v);
  }
  return v;
}

function schemaProblems(key: string, schema: unknown, data: unknown): string[] {
  const v = validatorOf(key, schema);
  if (v(data)) return [];
  return (v.errors ?? []).map((e) => `${e.instancePath ?? e.dataPath ?? ""} ${e.message ?? ""}`.trim());
}

/** What the document says is wrong with this answer (an empty list: nothing). */
export function answerProblems(method: string, path: string, status: number, contentType: string, json: unknown): string[] {
  const found = endpointFor(method, path);
  if (!found) return [];
  const { endpoint } = found;
  const operation = (openApi().paths as Json)[`/api/v1${endpoint.path}`] as Json | undefined;
  const op = operation?.[method.toLowerCase()] as Json | undefined;
  if (!op) return [`${endpoint.id}: no ${method} /api/v1${endpoint.path} in the document`];
  const response = (op.responses as Json)[String(status)] as Json | undefined;
  if (!response) return [`${endpoint.id}: answered ${status}, which the document does not list (${Object.keys(op.responses as Json).join(", ")})`];
  const content = (response.content ?? {}) as Json;
  if (!contentType.includes("json")) {
    const type = contentType.split(";")[0]!.trim();
    return type in content ? [] : [`${endpoint.id}: answered ${status} as ${type}, the document says ${Object.keys(content).join(", ") || "no body"}`];
  }
  const media = content["application/json"] as Json | undefined;
  if (!media) return [`${endpoint.id}: answered ${status} with JSON, the document declares ${Object.keys(content).join(", ") || "no body"}`];
  return schemaProblems(`${endpoint.id}:${status}`, media.schema, json).map((p) => `${endpoint.id} ${status}: ${p}`);
}

/** What the document says is wrong with a request body for this endpoint. */
export function requestProblems(endpointId: string, body: unknown): string[] {
  const endpoint = ENDPOINTS.find((e) => e.id === endpointId);
  if (!endpoint) return [`${endpointId}: not in the catalogue`];
  const op = ((openApi().paths as Json)[`/api/v1${endpoint.path}`] as Json)[endpoint.method.toLowerCase()] as Json;
  const schema = (((op.requestBody as Json | undefined)?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema;
  if (!schema) return body === undefined ? [] : [`${endpointId}: takes no body, the example has one`];
  return schemaProblems(`${endpointId}:request`, schema, body).map((p) => `${endpointId} request: ${p}`);
}

/** Statuses the document lists for an endpoint. */
export function documentedStatuses(endpoint: Endpoint): number[] {
  const op = ((openApi().paths as Json)[`/api/v1${endpoint.path}`] as Json)[endpoint.method.toLowerCase()] as Json;
  return Object.keys(op.responses as Json).map(Number);
}
