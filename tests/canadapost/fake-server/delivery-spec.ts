/**
 * What contract and non-contract shipments share: reading a `delivery-spec` (service, sender,
 * destination, options, parcel, references), pricing it with the engine, and recording the new
 * shipment with its tracking number and label artifact(s).
 */
import { serviceInfo } from "@/lib/rating/services";
import type { CustomerType } from "@/lib/rating/price-lists";
import { message } from "./messages";
import { DEFAULT_SIDE_MM, compactPostalCode, priceOne, type RequestedOption } from "./pricing";
import { messagesAnswer, type Answer, type Ctx } from "./routing";
import type { Party, StoredShipment } from "./store";
import { kid, kids, txt, type XNode } from "./xml";

export interface SpecFacts {
  serviceCode: string;
  sender: Party;
  destination: Party;
  options: RequestedOption[];
  parcel: { weightGrams: number; lengthMm: number; widthMm: number; heightMm: number };
  hasCustoms: boolean;
  references: [string | null, string | null];
}

function party(node: XNode | undefined, phoneElement: string, defaultCountry: string): Party {
  const a = kid(node, "address-details");
  const country = (txt(a, "country-code") ?? defaultCountry).toUpperCase();
  const postal = txt(a, "postal-zip-code") ?? "";
  return {
    name: txt(node, "name"),
    company: txt(node, "company"),
    line1: txt(a, "address-line-1") ?? "",
    line2: txt(a, "address-line-2"),
    city: txt(a, "city") ?? "",
    province: txt(a, "prov-state") ?? "",
    postalCode: country === "CA" ? compactPostalCode(postal) : postal,
    country,
    phone: txt(node, phoneElement),
  };
}

const mm = (cm: string | null) => (cm === null ? DEFAULT_SIDE_MM : Math.round(Number(cm) * 10));

export function readSpec(spec: XNode): SpecFacts {
  const parcel = kid(spec, "parcel-characteristics");
  const dims = kid(parcel, "dimensions");
  return {
    serviceCode: txt(spec, "service-code") ?? "",
    sender: party(kid(spec, "sender"), "contact-phone", "CA"),
    destination: party(kid(spec, "destination"), "client-voice-number", "CA"),
    options: kids(kid(spec, "options"), "option").map((o) => ({ code: txt(o, "option-code") ?? "", amount: txt(o, "option-amount") === null ? null : Number(txt(o, "option-amount")) })),
    parcel: { weightGrams: Math.round(Number(txt(parcel, "weight") ?? "0") * 1000), lengthMm: mm(txt(dims, "length")), widthMm: mm(txt(dims, "width")), heightMm: mm(txt(dims, "height")) },
    hasCustoms: kid(spec, "customs") !== undefined,
    references: [txt(spec, "references", "customer-ref-1"), txt(spec, "references", "customer-ref-2")],
  };
}

export type PricedSpec = { ok: true; quote: StoredShipment["quote"] } | { ok: false; answer: Answer };

/** The price of the shipment, or Canada Post's refusal (unknown service, wrong destination, limits, options). */
export function priceSpec(ctx: Ctx, facts: SpecFacts, customerType: CustomerType, mailingDate: string | null): PricedSpec {
  const refuse = (...list: Parameters<typeof messagesAnswer>[1]): PricedSpec => ({ ok: false, answer: messagesAnswer(400, list) });
  const info = serviceInfo(facts.serviceCode);
  if (!info) return refuse(message("badService", ctx.lang, { service: facts.serviceCode }));
  const country = facts.destination.country;
  const expected = country === "CA" ? "domestic" : country === "US" ? "usa" : "international";
  if (info.destination !== expected) return refuse(message("serviceNotToCountry", ctx.lang, { service: facts.serviceCode, country }));
  if (country !== "CA" && !facts.hasCustoms) return refuse(message("customsRequired", ctx.lang));
  const priced = priceOne(
    {
      customerType,
      originPostalCode: facts.sender.postalCode,
      destination: { country, postalCode: facts.destination.postalCode || null },
      parcel: facts.parcel,
      options: facts.options,
      mailingDate,
      now: ctx.now,
      services: [facts.serviceCode],
    },
    ctx.lang,
  );
  return priced.ok ? { ok: true, quote: priced.quote } : refuse(...priced.messages);
}

export type NewShipment = Omit<StoredShipment, "id" | "pin" | "returnPin" | "artifacts" | "createdAt" | "username" | "refund">;

/** Records a priced shipment: its id, PIN and label (and commercial invoice abroad). */
export function recordShipment(ctx: Ctx, shipment: NewShipment): StoredShipment {
  const id = ctx.state.newShipmentId();
  const pin = ctx.state.newPin(shipment.serviceCode);
  const label = ctx.state.newArtifactId();
  const invoice = shipment.destination.country !== "CA" ? ctx.state.newArtifactId() : null;
  // A contract shipment with a return spec comes with a prepaid return label of its own.
  const withReturn = shipment.kind === "contract" && shipment.request.children.some((c) => c.name === "return-spec");
  const returnPin = withReturn ? ctx.state.newPin("DOM.EP") : null;
  const returnLabel = withReturn ? ctx.state.newArtifactId() : null;
  const stored: StoredShipment = { ...shipment, id, pin, returnPin, createdAt: ctx.now, username: ctx.account.username, refund: null, artifacts: { label, returnLabel, commercialInvoice: invoice } };
  ctx.state.shipments.set(id, stored);
  if (pin) ctx.state.pins.set(pin, id);
  ctx.state.artifacts.set(label, { id: label, shipmentId: id, kind: "label", username: ctx.account.username, bytes: null });
  if (returnPin) ctx.state.pins.set(returnPin, id);
  if (returnLabel) ctx.state.artifacts.set(returnLabel, { id: returnLabel, shipmentId: id, kind: "returnLabel", username: ctx.account.username, bytes: null });
  if (invoice) ctx.state.artifacts.set(invoice, { id: invoice, shipmentId: id, kind: "commercialInvoice", username: ctx.account.username, bytes: null });
  return stored;
}

/** A short key for artifact links, from the API key (like Canada Post's hex segment). */
export function keySegment(username: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < username.length; i++) h = Math.imul(h ^ username.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0") + (Math.imul(h, 31) >>> 0).toString(16).padStart(8, "0");
}

export function artifactHref(ctx: Ctx, artifactId: string): string {
  return `${ctx.baseUrl}/ers/artifact/${keySegment(ctx.account.username)}/${artifactId}/0`;
}

/** The shipment of the path's id, if this account created it. */
export function ownShipment(ctx: Ctx, kind: StoredShipment["kind"]): StoredShipment | null {
  const s = ctx.state.shipments.get(ctx.params.id ?? "");
  return s && s.kind === kind && s.username === ctx.account.username && s.customer === ctx.params.customer ? s : null;
}
