/**
 * The pieces of a Canada Post shipment body shared by non-contract shipments (ncshipment-v4) and
 * contract shipments (shipment-v8): sender, destination, options, parcel, notification, print
 * preferences, preferences, references, customs and the return spec, each in the element order
 * of the schemas (tests/canadapost/xsd). Every text is normalised (one space for any run of
 * white space, control characters out) and cut to the schema's length, so a valid LabelData never
 * makes a request the schema refuses. Pure.
 *
 * What the schemas have no place for: the sender's and the recipient's tax numbers (only an IOSS
 * number, in shipment-v8's `ioss-id`), the print format and return labels of a non-contract
 * shipment.
 */
import type { LabelAddress, LabelCustoms, LabelData } from "@/lib/labels/types";
import { CAD_PER_USD } from "@/lib/labels/customs";
import type { ShipmentRequest } from "../types";
import { money, kilograms, centimetres, type XmlObject } from "./xml";
import { cpOptions, destinationOf } from "./services";

/** Which schema a body is written for: they differ in a few elements and limits. */
export type ShipmentSchema = "ncshipment" | "shipment";

export const NC_NAMESPACE = "http://www.canadapost.ca/ws/ncshipment-v4";
export const SHIPMENT_NAMESPACE = "http://www.canadapost.ca/ws/shipment-v8";

type Label = ShipmentRequest["label"];

/** Code points, as the schemas count characters. */
const length = (value: string) => [...value].length;

/**
 * A text as the schema takes it: runs of white space (and control characters) made one space,
 * trimmed, cut to `max` characters; null when nothing is left.
 */
export function clip(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const clean = value.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  if (!clean) return null;
  return length(clean) <= max ? clean : [...clean].slice(0, max).join("").trimEnd();
}

/** A Canadian postal code as Canada Post writes it: "H2J3S6". */
export const caPostalCode = (code: string | null | undefined) => (code ?? "").replace(/[\s-]+/g, "").toUpperCase();

/** A ZIP code as typed when it is one ("10118", "10118-4100"), else the text as typed (at most 14). */
function usZip(code: string | null | undefined): string | null {
  const digits = (code ?? "").replace(/[\s-]/g, "");
  if (/^\d{5}$/.test(digits)) return digits;
  if (/^\d{9}$/.test(digits)) return `${digits.slice(0, 5)}-${digits.slice(5)}`;
  return clip(code, 14);
}

function postalZip(address: LabelAddress): string | null {
  const country = address.country.trim().toUpperCase();
  if (country === "CA") return caPostalCode(address.postalCode) || null;
  if (country === "US") return usZip(address.postalCode);
  return clip(address.postalCode, 14);
}

/** A phone number in 25 characters: an extension written "x123" and separators dropped when it must be shorter. */
export function phoneNumber(value: string | null | undefined): string | null {
  const phone = clip(value, 1000);
  if (!phone || length(phone) <= 25) return phone;
  const shortExtension = phone.replace(/\s*(?:poste|ext\.?|extension|x)\s*(\d+)\s*$/i, " x$1");
  if (length(shortExtension) <= 25) return shortExtension;
  return clip(shortExtension.replace(/[^\d+x]/gi, ""), 25);
}

const EMAIL = {
  ncshipment: /^['_A-Za-z0-9+-]+(\.['_A-Za-z0-9+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,5}$/,
  shipment: /^['_A-Za-z0-9+-]+(\.['_A-Za-z0-9+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/,
} as const;

/** An email the schema takes (its pattern, 60 characters), or null. */
export function schemaEmail(schema: ShipmentSchema, value: string | null | undefined): string | null {
  const email = clip(value, 1000);
  return email && length(email) <= 60 && EMAIL[schema].test(email) ? email : null;
}

/** A province or state code in capitals ("QC", "NY"); a region abroad as typed (20 characters). */
function province(address: LabelAddress): string | null {
  const country = address.country.trim().toUpperCase();
  return country === "CA" || country === "US" ? clip(address.province?.toUpperCase(), 2) : clip(address.province, 20);
}

/** The sender: a company is required (the person's name stands in), with a phone and a Canadian address. */
export function senderXml(sender: LabelAddress, schema: ShipmentSchema): XmlObject {
  const company = clip(sender.company, 44);
  const name = clip(sender.name, 44);
  return {
    name: company ? name : null,
    company: company ?? name ?? "",
    "contact-phone": phoneNumber(sender.phone) ?? "",
    "address-details": {
      "address-line-1": clip(sender.line1, 44) ?? "",
      "address-line-2": clip(sender.line2, 44),
      city: clip(sender.city, 40) ?? "",
      "prov-state": province(sender) ?? "",
      "country-code": schema === "shipment" ? "CA" : null,
      "postal-zip-code": caPostalCode(sender.postalCode),
    },
  };
}

/** The recipient (with Deliver to Post Office, the person who picks the parcel up). */
export function destinationXml(recipient: LabelAddress): XmlObject {
  const country = recipient.country.trim().toUpperCase();
  return {
    name: clip(recipient.name, 44),
    company: clip(recipient.company, 44),
    "client-voice-number": phoneNumber(recipient.phone),
    "address-details": {
      "address-line-1": clip(recipient.line1, 44) ?? "",
      "address-line-2": clip(recipient.line2, 44),
      city: clip(recipient.city, 40),
      "prov-state": province(recipient),
      "country-code": country,
      "postal-zip-code": postalZip(recipient),
    },
  };
}

/**
 * The options, as rated (`cpOptions`): coverage and COD with their amounts, Deliver to Post
 * Office with the office's id. USA and international parcels also say what happens to a parcel
 * that cannot be delivered: returned at the sender's expense (RASE), as the schemas' clients do.
 */
export function optionsXml(label: Label): XmlObject | null {
  const options = cpOptions(label.options).map((o): XmlObject => ({
    "option-code": o.code,
    "option-amount": o.amountCents ? money(Math.min(o.amountCents, 99_999_999)) : null,
    "option-qualifier-2": o.code === "D2PO" ? clip(label.postOffice?.id, 12) : null,
  }));
  if (destinationOf(label.recipient.country) !== "domestic") options.push({ "option-code": "RASE" });
  return options.length ? { option: options.slice(0, 20) } : null;
}

/** Weight in kilograms (at least a gram), and the dimensions in centimetres when all three are known. */
export function parcelXml(label: Pick<LabelData, "weightGrams" | "lengthMm" | "widthMm" | "heightMm">): XmlObject {
  const sides = [label.lengthMm, label.widthMm, label.heightMm].map((mm) => Math.min(Math.round(mm), 9999));
  return {
    weight: kilograms(Math.min(Math.max(Math.round(label.weightGrams), 1), 999_999)),
    dimensions: sides.every((mm) => mm > 0) ? { length: centimetres(sides[0]!), width: centimetres(sides[1]!), height: centimetres(sides[2]!) } : null,
  };
}

/** Canada Post's emails to the recipient (shipped, exception, delivered), when the recipient has an address the schema takes. */
export function notificationXml(recipient: LabelAddress, schema: ShipmentSchema): XmlObject | null {
  const email = schemaEmail(schema, recipient.email);
  return email ? { email, "on-shipment": true, "on-exception": true, "on-delivery": true } : null;
}

/** Contract shipments only: the label's page (4x6 thermal, or a letter page) as a PDF. */
export function printPreferencesXml(format: ShipmentRequest["format"]): XmlObject {
  return { "output-format": format === "thermal4x6" ? "4x6" : "8.5x11", encoding: "PDF" };
}

/** No packing instructions, and not Canada Post's price on the label (Envoi shows its own); the coverage, yes. */
export const PREFERENCES: XmlObject = { "show-packing-instructions": false, "show-postage-rate": false, "show-insured-value": true };

/**
 * References printed on the label: customer-ref-1 is Envoi's shipment id (to find it again at
 * Canada Post), customer-ref-2 the label's own references ("ORDER-10442 / Gift wrap"), cut to 35.
 */
export function referencesXml(request: ShipmentRequest): XmlObject {
  const own = [request.label.reference1, request.label.reference2].map((r) => clip(r, 35)).filter((r): r is string => Boolean(r));
  return { "customer-ref-1": clip(request.reference, 35), "customer-ref-2": clip(own.join(" / "), 35) };
}

const EXPORT_REASONS: Record<LabelCustoms["reason"], string> = { DOCUMENT: "DOC", COMMERCIAL_SAMPLE: "SAM", REPAIR_OR_WARRANTY: "REP", SALE_OF_GOODS: "SOG", OTHER: "OTH" };

/** Canada Post's HS code form: 4, 6, 8 or 10 digits with dots ("6117.10"); null when fewer than 4 digits. */
export function hsTariffCode(code: string | null | undefined): string | null {
  const digits = (code ?? "").replace(/\D/g, "");
  if (digits.length < 4) return null;
  const kept = digits.slice(0, Math.min(10, digits.length - (digits.length % 2)));
  return [kept.slice(0, 4), ...(kept.slice(4).match(/\d{2}/g) ?? [])].join(".");
}

/** USD per Canadian dollar, from the rate Envoi's declarations use (lib/labels/customs.ts). */
export const CONVERSION_FROM_CAD_USD = (1 / CAD_PER_USD).toFixed(6);

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(Math.round(n), min), max);

/** The customs declaration of a USA or international parcel (null at home). */
export function customsXml(label: Label, schema: ShipmentSchema): XmlObject | null {
  const customs = label.customs;
  if (!customs || destinationOf(label.recipient.country) === "domestic") return null;
  const senderProvince = province(label.sender);
  const ioss = customs.senderTaxIds.find((t) => t.type.toUpperCase() === "IOSS");
  return {
    currency: customs.currency,
    "conversion-from-cad": customs.currency === "USD" ? CONVERSION_FROM_CAD_USD : null,
    "reason-for-export": EXPORT_REASONS[customs.reason],
    "other-reason": customs.reason === "OTHER" ? (clip(customs.otherReason, 44) ?? "Other") : null,
    "sku-list": {
      item: customs.items.slice(0, 500).map((item): XmlObject => {
        const origin = item.originCountry.trim().toUpperCase();
        return {
          "customs-number-of-units": String(clamp(item.quantity, 1, 9999)),
          "customs-description": clip(item.description, 45) ?? "Merchandise",
          sku: clip(item.sku, 15),
          "hs-tariff-code": hsTariffCode(item.hsCode),
          "unit-weight": kilograms(clamp(item.unitWeightGrams, 1, 99_999)),
          "customs-value-per-unit": money(clamp(item.unitValueCents, 1, 9_999_999)),
          "country-of-origin": /^[A-Z]{2}$/.test(origin) ? origin : null,
          // Goods made in Canada: Canada Post asks for the province too (the shipper's).
          "province-of-origin": origin === "CA" ? senderProvince : null,
        };
      }),
    },
    "invoice-number": clip(customs.invoiceNumber, 10),
    "ioss-id": schema === "shipment" && ioss ? clip(ioss.number, 13) : null,
  };
}

/**
 * A prepaid return label (contract shipments only): the same service back to the sender's
 * Canadian address. Canada Post's return spec takes a domestic address only, so a return label
 * exists for a parcel mailed in Canada (Envoi's drafts allow it at home only).
 */
export function returnSpecXml(request: ShipmentRequest): XmlObject | null {
  const { label } = request;
  if (!request.returnLabel || destinationOf(label.recipient.country) !== "domestic") return null;
  const sender = senderXml(label.sender, "ncshipment");
  return {
    "service-code": request.quote.serviceCode,
    "return-recipient": { name: clip(label.sender.name, 44), company: clip(label.sender.company, 44), "address-details": sender["address-details"] },
    "return-notification": schemaEmail("shipment", label.sender.email),
  };
}

/** Whether Canada Post can issue the request's return label with its shipment (a contract shipment to a Canadian address). */
export function returnLabelSupported(request: ShipmentRequest, schema: ShipmentSchema): boolean {
  return schema === "shipment" && destinationOf(request.label.recipient.country) === "domestic";
}

/** The `delivery-spec` of either schema, in its element order; `settlement` closes it (contract shipments). */
export function deliverySpecXml(request: ShipmentRequest, schema: ShipmentSchema, settlement: XmlObject | null = null): XmlObject {
  const { label } = request;
  return {
    "service-code": request.quote.serviceCode,
    sender: senderXml(label.sender, schema),
    destination: destinationXml(label.recipient),
    options: optionsXml(label),
    "parcel-characteristics": parcelXml(label),
    notification: notificationXml(label.recipient, schema),
    "print-preferences": schema === "shipment" ? printPreferencesXml(request.format) : null,
    preferences: PREFERENCES,
    references: referencesXml(request),
    customs: customsXml(label, schema),
    "settlement-info": settlement,
  };
}

/** The sender's postal code when it is a Canadian one (requested-shipping-point). */
export function shippingPoint(label: Label): string | null {
  const code = caPostalCode(label.sender.postalCode);
  return /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(code) ? code : null;
}
