/**
 * Raw HTTP calls to the fake Canada Post server for its own tests (plain fetch, hand-written XML),
 * and the small request bodies they send.
 */
import { expect } from "vitest";
import type { SchemaName } from "../validate";
import { checkAgainst } from "./validation";
import { kid, kids, parseXml, txt, type XNode } from "./xml";

export const MEDIA = {
  rate: "application/vnd.cpc.ship.rate-v4+xml",
  nc: "application/vnd.cpc.ncshipment-v4+xml",
  shipment: "application/vnd.cpc.shipment-v8+xml",
  track: "application/vnd.cpc.track+xml",
  postoffice: "application/vnd.cpc.postoffice+xml",
  pickup: "application/vnd.cpc.pickup+xml",
  pickuprequest: "application/vnd.cpc.pickuprequest+xml",
} as const;

export const NC_ACCOUNT = { username: "envoi-test", password: "fake-password", customerNumber: "2004381" };
export const CONTRACT_ACCOUNT = { username: "envoi-contract", password: "contract-password", customerNumber: "1234567", contractNumber: "42708517" };

export interface CallOptions {
  method?: string;
  /** Accept and Content-Type (unless given apart). */
  media?: string;
  accept?: string | null;
  contentType?: string | null;
  body?: string;
  lang?: string | null;
  /** username:password, or null for no Authorization header. */
  auth?: { username: string; password: string } | null;
  signal?: AbortSignal;
}

export interface Reply {
  status: number;
  contentType: string;
  text: string;
  bytes: Uint8Array;
  doc: XNode | null;
}

export function client(baseUrl: () => string) {
  return async function call(path: string, o: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    const auth = o.auth === undefined ? NC_ACCOUNT : o.auth;
    if (auth) headers.Authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
    const accept = o.accept === undefined ? o.media : o.accept;
    if (accept) headers.Accept = accept;
    const contentType = o.contentType === undefined ? (o.body !== undefined ? o.media : undefined) : o.contentType;
    if (contentType) headers["Content-Type"] = contentType;
    const lang = o.lang === undefined ? "en-CA" : o.lang;
    if (lang) headers["Accept-language"] = lang;
    const response = await fetch(baseUrl() + path, { method: o.method ?? (o.body !== undefined ? "POST" : "GET"), headers, body: o.body, signal: o.signal });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const contentTypeOut = response.headers.get("content-type") ?? "";
    const text = contentTypeOut.includes("pdf") ? "" : new TextDecoder().decode(bytes);
    return { status: response.status, contentType: contentTypeOut, text, bytes, doc: text ? parseXml(text) : null };
  };
}

/** The messages of a `<messages>` answer. */
export function messagesOf(reply: Reply): { code: string; description: string }[] {
  expect(reply.doc?.name, reply.text).toBe("messages");
  return kids(reply.doc!, "message").map((m) => ({ code: txt(m, "code") ?? "", description: txt(m, "description") ?? "" }));
}

export async function expectValid(schema: SchemaName, xml: string) {
  const check = await checkAgainst(schema, xml);
  expect(check.errors, xml).toEqual([]);
  expect(check.valid).toBe(true);
}

/** The href of a link with this rel among an element's `links`. */
export function linkHref(doc: XNode, rel: string): string | null {
  const link = kids(kid(doc, "links"), "link").find((l) => l.attrs.rel === rel);
  return link?.attrs.href ?? null;
}

export const rateRequest = (destination: string, extra = "") => `<?xml version="1.0" encoding="UTF-8"?>
<mailing-scenario xmlns="http://www.canadapost.ca/ws/ship/rate-v4">
  <customer-number>2004381</customer-number>
  ${extra}
  <parcel-characteristics><weight>1.5</weight><dimensions><length>30</length><width>20</width><height>10</height></dimensions></parcel-characteristics>
  <origin-postal-code>K1A0B1</origin-postal-code>
  <destination>${destination}</destination>
</mailing-scenario>`;

const sender = (withCountry: boolean) => `<sender>
      <company>Envoi Test</company>
      <contact-phone>613-555-0100</contact-phone>
      <address-details><address-line-1>2701 Riverside Dr</address-line-1><city>Ottawa</city><prov-state>ON</prov-state>${withCountry ? "<country-code>CA</country-code>" : ""}<postal-zip-code>K1A0B1</postal-zip-code></address-details>
    </sender>`;

const toToronto = `<destination>
      <name>Jane Doe</name>
      <address-details><address-line-1>290 Bremner Blvd</address-line-1><city>Toronto</city><prov-state>ON</prov-state><country-code>CA</country-code><postal-zip-code>M5V3L9</postal-zip-code></address-details>
    </destination>`;

const parcel = `<parcel-characteristics><weight>1.5</weight><dimensions><length>30</length><width>20</width><height>10</height></dimensions></parcel-characteristics>`;

export const ncShipmentRequest = (service = "DOM.EP") => `<?xml version="1.0" encoding="UTF-8"?>
<non-contract-shipment xmlns="http://www.canadapost.ca/ws/ncshipment-v4">
  <delivery-spec>
    <service-code>${service}</service-code>
    ${sender(false)}
    ${toToronto}
    <options><option><option-code>SO</option-code></option></options>
    ${parcel}
    <preferences><show-packing-instructions>false</show-packing-instructions></preferences>
    <references><customer-ref-1>ORDER-1</customer-ref-1></references>
  </delivery-spec>
</non-contract-shipment>`;

export const contractShipmentRequest = (o: { transmit?: boolean; format?: "4x6" | "8.5x11"; contractId?: string } = {}) => `<?xml version="1.0" encoding="UTF-8"?>
<shipment xmlns="http://www.canadapost.ca/ws/shipment-v8">
  ${o.transmit ? "<transmit-shipment>true</transmit-shipment>" : "<group-id>20261205</group-id>"}
  <requested-shipping-point>K1A0B1</requested-shipping-point>
  <provide-pricing-info>true</provide-pricing-info>
  <delivery-spec>
    <service-code>DOM.XP</service-code>
    ${sender(true)}
    ${toToronto}
    ${parcel}
    <print-preferences><output-format>${o.format ?? "4x6"}</output-format></print-preferences>
    <preferences><show-packing-instructions>false</show-packing-instructions></preferences>
    <settlement-info><contract-id>${o.contractId ?? "42708517"}</contract-id><intended-method-of-payment>Account</intended-method-of-payment></settlement-info>
  </delivery-spec>
</shipment>`;

export const refundRequest = (ns: string, root: string) => `<${root} xmlns="${ns}"><email>jane@example.com</email></${root}>`;

export const pickupRequest = (date: string, postalCode = "K1A0B1") => `<?xml version="1.0" encoding="UTF-8"?>
<pickup-request-details xmlns="http://www.canadapost.ca/ws/pickuprequest">
  <pickup-type>OnDemand</pickup-type>
  <pickup-location>
    <business-address-flag>false</business-address-flag>
    <alternate-address><company>Envoi Test</company><address-line-1>2701 Riverside Dr</address-line-1><city>Ottawa</city><province>ON</province><postal-code>${postalCode}</postal-code></alternate-address>
  </pickup-location>
  <contact-info><contact-name>Jane Doe</contact-name><email>jane@example.com</email><contact-phone>613-555-0100</contact-phone></contact-info>
  <location-details><pickup-instructions>Front desk</pickup-instructions></location-details>
  <pickup-volume>3</pickup-volume>
  <pickup-times><on-demand-pickup-time><date>${date}</date><preferred-time>13:00</preferred-time><closing-time>17:00</closing-time></on-demand-pickup-time></pickup-times>
</pickup-request-details>`;
