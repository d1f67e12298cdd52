/**
 * What the Canada Post operations hand to the one HTTP layer (lib/carriers/canadapost/http.ts), and
 * what it hands back. Every operation is a pure builder (input -> CpRequest) and a pure parser
 * (CpResponse -> CarrierResult); only http.ts talks to the network.
 */

/** Canada Post throttles per API key and per group of operations (rolling 60 s). */
export type OperationGroup = "rating" | "shipments" | "void" | "tracking" | "postOffices" | "pickupAvailability" | "pickups" | "manifests";

export interface CpRequest {
  group: OperationGroup;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path and query, from the host: "/rs/ship/price", "/vis/track/pin/123/summary". An artifact link's full URL is reduced to its path. */
  path: string;
  /** `Accept`: "application/vnd.cpc.ship.rate-v4+xml", or "application/pdf" for an artifact. */
  accept: string;
  /** The XML body and its media type (`Content-Type`). */
  body?: { xml: string; mediaType: string };
}

export interface CpResponse {
  status: number;
  contentType: string;
  /** The body as text (XML answers). */
  body: string;
  /** The body as bytes (artifacts: PDF labels and receipts). */
  bytes: Uint8Array;
}

/** Who the requests are made for: the numbers that go in the paths and bodies. */
export interface CanadaPostCustomer {
  /** The customer number (mailed by). */
  customerNumber: string;
  /** Mailed on behalf of (defaults to the customer number). */
  moboCustomerNumber: string | null;
  /** A contract number: commercial prices and contract shipments (with groups, transmit, manifests). */
  contractNumber: string | null;
}

export const mediaType = (service: string) => `application/vnd.cpc.${service}+xml`;

/** A link's href reduced to the path and query the HTTP layer sends to its own host. */
export function linkPath(href: string): string {
  try {
    const url = new URL(href);
    return url.pathname + url.search;
  } catch {
    return href.startsWith("/") ? href : `/${href}`;
  }
}
