/**
 * What the fake server's operations share: the route table's shape, the context a handler gets
 * (the parsed body, the account, the language, the stored state) and the answers it gives back,
 * plus Canada Post's media types and namespaces per service.
 */
import type { SchemaName } from "../validate";
import type { Account } from "./auth";
import type { Control } from "./control";
import { message, messagesXml, type CpMessage, type Lang, type MessageKey } from "./messages";
import type { Group } from "./groups";
import type { FakeState } from "./store";
import { xmlDocument, type XNode } from "./xml";

export const SERVICES = {
  rate: { media: "application/vnd.cpc.ship.rate-v4+xml", ns: "http://www.canadapost.ca/ws/ship/rate-v4" },
  ncshipment: { media: "application/vnd.cpc.ncshipment-v4+xml", ns: "http://www.canadapost.ca/ws/ncshipment-v4" },
  shipment: { media: "application/vnd.cpc.shipment-v8+xml", ns: "http://www.canadapost.ca/ws/shipment-v8" },
  track: { media: "application/vnd.cpc.track+xml", ns: "http://www.canadapost.ca/ws/track" },
  pickup: { media: "application/vnd.cpc.pickup+xml", ns: "http://www.canadapost.ca/ws/pickup/availability" },
  pickuprequest: { media: "application/vnd.cpc.pickuprequest+xml", ns: "http://www.canadapost.ca/ws/pickuprequest" },
  postoffice: { media: "application/vnd.cpc.postoffice+xml", ns: "http://www.canadapost.ca/ws/postoffice" },
  authreturn: { media: "application/vnd.cpc.authreturn-v2+xml", ns: "http://www.canadapost.ca/ws/authreturn-v2" },
  openreturn: { media: "application/vnd.cpc.openreturn-v2+xml", ns: "http://www.canadapost.ca/ws/openreturn-v2" },
  manifest: { media: "application/vnd.cpc.manifest-v8+xml", ns: "http://www.canadapost.ca/ws/manifest-v8" },
} as const;
export type ServiceName = keyof typeof SERVICES;

export interface Answer {
  status: number;
  contentType?: string;
  body?: string | Uint8Array;
  /** The schema the XML body follows (checked when the server checks its own answers). */
  schema?: SchemaName;
}

export interface Ctx {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  /** The request body's root element (bodies are checked against their schema first). */
  body: XNode | null;
  /** The Accept header's media type. */
  accept: string;
  account: Account;
  lang: Lang;
  /** "http://127.0.0.1:PORT": links in answers point back here. */
  baseUrl: string;
  state: FakeState;
  control: Control;
  now: Date;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Matched against the path; named groups become `params` ({customer} and {mobo} are checked against the account). */
  pattern: RegExp;
  operation: string;
  group: Group;
  /** The media type of the service (Accept, and Content-Type of a body); "artifact" for label links. */
  service: ServiceName | "artifact";
  /** The body's schema and root element. */
  body?: { schema: SchemaName; root: string };
  handle(ctx: Ctx): Answer | Promise<Answer>;
}

/** An XML answer in the service's media type and namespace. */
export function xmlAnswer(service: ServiceName, schema: SchemaName, root: XNode, status = 200): Answer {
  return { status, contentType: SERVICES[service].media, body: xmlDocument(root, SERVICES[service].ns), schema };
}

/** A `<messages>` answer. */
export function messagesAnswer(status: number, list: readonly CpMessage[]): Answer {
  return { status, contentType: "application/xml", body: messagesXml(list), schema: "messages" };
}

/** A refusal with one message of the table, in the request's language. */
export function refuse(ctx: Pick<Ctx, "lang">, status: number, key: MessageKey, values?: Record<string, string | number>): Answer {
  return messagesAnswer(status, [message(key, ctx.lang, values)]);
}

/** HTTP 404 with an empty `<messages/>`, as Canada Post answers for a resource it does not have. */
export function notFound(): Answer {
  return messagesAnswer(404, []);
}

export const noContent = (): Answer => ({ status: 204 });

/** Cents as Canada Post writes money. */
export const money = (cents: number) => (cents / 100).toFixed(2);

/** Today's date in Canada Post's local time (Eastern), YYYY-MM-DD. */
export function eastern(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
