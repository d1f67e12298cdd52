/**
 * One endpoint of the web services, declared once: its method and path, what it does (and so which
 * key scopes may call it), the zod schemas of its path, query, body and answer, and its service
 * call. `handle` makes the Next.js route handler; lib/api/openapi.ts makes the OpenAPI document
 * from the same declaration, so the reference cannot drift from what the endpoint accepts.
 */
import type { z } from "zod";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ApiAccess, ApiActor } from "./actor";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface EndpointInput<P, Q, B> {
  actor: ApiActor;
  params: P;
  query: Q;
  body: B;
  locale: AppLocale;
  request: Request;
}

export interface Endpoint<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  /** Unique, camelCase: the OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** Under /api/v1, with {name} for path parameters: "/shipments/{id}". */
  path: string;
  access: ApiAccess;
  /** The reference's section. */
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The JSON answer; or, for a file (a label), its media types. */
  response: R | { files: string[]; description: string };
  /** 200 unless said (201 for a creation). */
  status?: 200 | 201;
  /** Writes accept an Idempotency-Key unless this says false. */
  idempotent?: boolean;
  /** Error statuses this endpoint can answer besides 401, 403 and 429 (documented in the reference). */
  errors?: number[];
  run(input: EndpointInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<z.input<R> | Response>;
}

/** Declares an endpoint (types flow from its schemas into `run`). */
export function endpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(def: Endpoint<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return def;
}

export function isFileResponse(response: Endpoint["response"]): response is { files: string[]; description: string } {
  return typeof response === "object" && response !== null && "files" in response && Array.isArray((response as { files: unknown }).files);
}

/** Whether a request to this endpoint may carry an Idempotency-Key. */
export function acceptsIdempotencyKey(e: Pick<Endpoint, "method" | "idempotent">): boolean {
  return e.method !== "GET" && e.idempotent !== false;
}
