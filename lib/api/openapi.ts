/**
 * The OpenAPI 3.1 document of /api/v1, made from the endpoints' own declarations and zod schemas
 * (lib/api/catalogue.ts), with request and answer examples recorded from the test suite's real
 * calls (lib/api/examples.json, written by tests/api/examples.test.ts). In English as declared, or
 * in French from the catalogue of lib/api/openapi-fr.ts.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import type { AppLocale } from "@/lib/i18n/locales";
import { acceptsIdempotencyKey, isFileResponse, type Endpoint } from "./endpoint";
import { ENDPOINTS } from "./catalogue";
import examples from "./examples.json";
import { OPENAPI_FR } from "./openapi-fr";
import { mapReaderTexts } from "./openapi-texts";
import { ErrorBody } from "./schemas/common";

const ERROR_TEXT: Record<number, string> = {
  400: "The request does not fit the schema: each field's problem in `errors`.",
  401: "No key, an unknown key, or a revoked key.",
  402: "The payment could not be made (account credit, no account number).",
  403: "The key's scope does not allow this.",
  404: "No such object in this business.",
  409: "The object is not in a state for this (already bought, voided...), or an Idempotency-Key was reused for another request.",
  422: "The values are refused (unknown postal code, a parcel no service carries...): each field's problem in `errors`.",
  429: "Too many requests with this key: see Retry-After.",
  502: "The carrier did not answer.",
};

type Examples = Record<string, { request?: unknown; response?: unknown }>;

function register(registry: OpenAPIRegistry, ep: Endpoint, recorded: Examples) {
  const example = recorded[ep.id];
  // A write with an Idempotency-Key can also answer 400 (a key too long) and 409 (a key reused for another request).
  const idempotency = acceptsIdempotencyKey(ep) ? [400, 409] : [];
  const errorStatuses = [...new Set([401, 403, 429, ...idempotency, ...(ep.errors ?? [])])].sort();
  const success = isFileResponse(ep.response)
    ? { description: ep.response.description, content: Object.fromEntries(ep.response.files.map((type) => [type, { schema: { type: "string" as const, format: "binary" } }])) }
    : {
        description: "OK",
        content: { "application/json": { schema: ep.response, ...(example?.response !== undefined ? { example: example.response } : {}) } },
      };
  const headers = acceptsIdempotencyKey(ep)
    ? z.object({ "Idempotency-Key": z.string().max(255).optional().meta({ description: "The same key and body within 24 hours answer the same, without doing it twice." }) })
    : undefined;
  registry.registerPath({
    operationId: ep.id,
    method: ep.method.toLowerCase() as "get" | "post" | "patch" | "put" | "delete",
    path: `/api/v1${ep.path}`,
    tags: [ep.tag],
    summary: ep.summary,
    description: ep.description,
    security: [{ bearer: [] }],
    request: {
      ...(ep.params ? { params: ep.params as z.ZodObject } : {}),
      ...(ep.query ? { query: ep.query as z.ZodObject } : {}),
      ...(headers ? { headers } : {}),
      ...(ep.body ? { body: { content: { "application/json": { schema: ep.body, ...(example?.request !== undefined ? { example: example.request } : {}) } } } } : {}),
    },
    responses: {
      [ep.status ?? 200]: success,
      ...Object.fromEntries(errorStatuses.map((status) => [status, { description: ERROR_TEXT[status] ?? "Error", content: { "application/json": { schema: ErrorBody } } }])),
    },
  });
}

/**
 * A nullable named schema, which the generator writes as `allOf: [{$ref}, {type: ["object", "null"]}]`
 * (null then fails the $ref), becomes `anyOf: [{$ref}, {type: "null"}]`.
 */
function fixNullableRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fixNullableRefs);
  if (!node || typeof node !== "object") return node;
  const o = node as Record<string, unknown>;
  const all = o.allOf;
  if (Array.isArray(all) && all.length === 2 && typeof (all[0] as { $ref?: unknown }).$ref === "string") {
    const type = (all[1] as { type?: unknown }).type;
    if (Array.isArray(type) && type.includes("null") && Object.keys(all[1] as object).length === 1) {
      const rest = Object.fromEntries(Object.entries(o).filter(([k]) => k !== "allOf"));
      return { ...rest, anyOf: [all[0], { type: "null" }] };
    }
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fixNullableRefs(v)]));
}

type Document = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

function englishDocument(): Document {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "An API key from the Developers page: envoi_test_... or envoi_live_..." });
  for (const ep of ENDPOINTS) register(registry, ep, examples as Examples);
  const generated = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Envoi API",
      version: "1",
      description:
        "Rates, labels, tracking, pickups and returns for your shop. JSON in and out; amounts in cents with their currency, weights in grams, lengths in millimetres. Send `Accept-Language: fr` for French messages. Test keys (envoi_test_) use the reference carrier or a Canada Post sandbox account and never charge anything.",
    },
  });
  return fixNullableRefs(generated) as Document;
}

/** A text with no French in the catalogue stays in English (lib/api/openapi-fr.test.ts keeps there being none). */
const inFrench = (document: Document) => mapReaderTexts(document, (text) => (Object.hasOwn(OPENAPI_FR, text) ? OPENAPI_FR[text]! : text));

const cached: Partial<Record<AppLocale, Document>> = {};

/** The document in the reader's language (each made once), its server being this app's address. */
export function openApiDocument(origin: string, locale: AppLocale) {
  const english = (cached.en ??= englishDocument());
  const document = locale === "fr" ? (cached.fr ??= inFrench(english)) : english;
  return { ...document, servers: [{ url: origin }] };
}
