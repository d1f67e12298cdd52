/**
 * Canada Post pickup requests (pickuprequest.xsd): create, update, cancel, details and price of
 * an on-demand pickup, and the parsers of their answers. Pure.
 *
 * How an Envoi pickup is written for Canada Post:
 * - Always at an alternate address (business-address-flag false): the pickup is at the
 *   business's address, not at the one on the Canada Post profile. Company (or the contact's
 *   name), address line and city are cut to 35 characters; a second address line joins the
 *   first when it fits ("123 Main St, Suite 200"), else it goes into the instructions.
 * - Instructions (132 characters at most): where the parcels are (front desk, loading dock...),
 *   in French for a Quebec address, then the second line if it did not fit, then the user's text.
 * - Times: Canada Post takes 12:00 to 17:45 in quarters of an hour. The ready time is rounded up
 *   and the closing time down to a quarter, both kept within that range.
 * - pickup-volume (free text, 40 characters): "3 parcels, 12.5 kg" ("3 colis, 12,5 kg" in Quebec).
 * - Phone: "613-555-0100" with its extension apart; e-mail updates to the contact.
 * - A contract customer's pickup names the contract and is paid on account (its price is the
 *   contract's); others are charged as the Canada Post profile says (no payment-info).
 * - An update cannot change the address (Canada Post: cancel and create again); it rewrites
 *   everything else, heavy-item flag included.
 *
 * Answers: the created pickup's number is its request-id; fee, tax (GST + PST + HST) and total
 * come from pickup-request-price (0 when Canada Post names no price, as for contract customers).
 * Canada Post answers an update or a cancellation with a bare success: the confirmation keeps the
 * number it was asked with and the price the caller knew (pass a price from `pickupPriceRequest`).
 */
import { normalizeCanadianPostalCode } from "@/lib/addresses/postal-codes";
import type { BookedPickup, PickupConfirmation, PickupLocationKind, PickupPrice, PickupRequest, PickupResult } from "../types";
import { compactPostalCode, pickupFailure } from "./pickups";
import { mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { cents, child, children, readXml, text, toXml, type XmlElement, type XmlObject } from "./xml";

export const PICKUP_REQUEST_MEDIA_TYPE = mediaType("pickuprequest");
const NAMESPACE = "http://www.canadapost.ca/ws/pickuprequest";

const path = (customer: CanadaPostCustomer, id?: string) =>
  `/enab/${encodeURIComponent(customer.customerNumber)}/pickuprequest${id === undefined ? "" : `/${encodeURIComponent(id.trim())}`}`;
const body = (root: string, content: XmlObject) => ({ xml: toXml(root, NAMESPACE, content), mediaType: PICKUP_REQUEST_MEDIA_TYPE });

const LOCATION: Readonly<Record<Exclude<PickupLocationKind, "OTHER">, { en: string; fr: string }>> = {
  FRONT_DESK: { en: "Front desk", fr: "Comptoir d'accueil" },
  RECEPTION: { en: "Reception", fr: "Réception" },
  LOADING_DOCK: { en: "Loading dock", fr: "Quai de chargement" },
  MAILROOM: { en: "Mailroom", fr: "Salle du courrier" },
  SIDE_DOOR: { en: "Side door", fr: "Porte de côté" },
};

const french = (request: PickupRequest) => request.address.province.trim().toUpperCase() === "QC";
const cut = (value: string, max: number) => value.trim().slice(0, max).trim();

/** The address line, with the second one when it fits in 35 characters. */
function addressLine(request: PickupRequest): { line: string; line2Fits: boolean } {
  const { line1, line2 } = request.address;
  const joined = line2?.trim() ? `${line1.trim()}, ${line2.trim()}` : line1.trim();
  return joined.length <= 35 ? { line: joined, line2Fits: true } : { line: cut(line1, 35), line2Fits: !line2?.trim() };
}

export function pickupInstructions(request: PickupRequest): string {
  const where = request.location === "OTHER" ? null : LOCATION[request.location][french(request) ? "fr" : "en"];
  const line2 = addressLine(request).line2Fits ? null : request.address.line2;
  return cut([where, line2, request.instructions].map((p) => p?.trim().replace(/\.$/, "")).filter(Boolean).join(". "), 132);
}

/** "HH:MM" to a quarter of an hour within Canada Post's 12:00-17:45. */
export function pickupTime(time: string, round: "up" | "down"): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : 12 * 60;
  const quarter = (round === "up" ? Math.ceil(minutes / 15) : Math.floor(minutes / 15)) * 15;
  const clamped = Math.min(17 * 60 + 45, Math.max(12 * 60, quarter));
  return `${String(Math.floor(clamped / 60)).padStart(2, "0")}:${String(clamped % 60).padStart(2, "0")}`;
}

/** "613-555-0100" and the extension; the text as typed when it is not 10 digits (Canada Post says why). */
export function pickupPhone(raw: string): { phone: string; extension: string | null } {
  const EXTENSION = /\s*(?:x|ext\.?|poste)\s*(\d{1,6})\s*$/i;
  const extension = EXTENSION.exec(raw)?.[1] ?? null;
  let digits = raw.replace(EXTENSION, "").replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  return { phone: digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : raw.trim(), extension };
}

export function pickupVolume(request: PickupRequest): string {
  const kg = Math.round(request.totalWeightGrams / 100) / 10;
  const fr = french(request);
  const parcels = fr ? `${request.parcels} colis` : `${request.parcels} parcel${request.parcels === 1 ? "" : "s"}`;
  return cut(`${parcels}, ${fr ? String(kg).replace(".", ",") : kg} kg`, 40);
}

function contactInfo(request: PickupRequest): XmlObject {
  const { phone, extension } = pickupPhone(request.contact.phone);
  return {
    "contact-name": cut(request.contact.name, 45),
    email: request.contact.email.trim(),
    "contact-phone": phone,
    "telephone-ext": extension,
    "receive-email-updates-flag": true,
  };
}

function details(request: PickupRequest, heavy: XmlObject | null): XmlObject {
  return {
    "contact-info": contactInfo(request),
    "location-details": { "loading-dock-flag": request.location === "LOADING_DOCK", "pickup-instructions": pickupInstructions(request) },
    "items-characteristics": heavy,
    "pickup-volume": pickupVolume(request),
    "pickup-times": {
      "on-demand-pickup-time": { date: request.date, "preferred-time": pickupTime(request.readyTime, "up"), "closing-time": pickupTime(request.closingTime, "down") },
    },
  };
}

/** Create Pickup Request: POST /enab/{customer}/pickuprequest with a pickup-request-details. */
export function createPickupRequest(customer: CanadaPostCustomer, request: PickupRequest): CpRequest {
  const { address } = request;
  const content: XmlObject = {
    "pickup-type": "OnDemand",
    "pickup-location": {
      "business-address-flag": false,
      "alternate-address": {
        company: cut(address.company?.trim() || request.contact.name, 35),
        "address-line-1": addressLine(request).line,
        city: cut(address.city, 35),
        province: address.province.trim().toUpperCase(),
        "postal-code": compactPostalCode(address.postalCode),
      },
    },
    ...details(request, request.heavy ? { "heavy-item-flag": true } : null),
    "payment-info": customer.contractNumber ? { "contract-id": customer.contractNumber, "method-of-payment": "Account" } : null,
  };
  return { group: "pickups", method: "POST", path: path(customer), accept: PICKUP_REQUEST_MEDIA_TYPE, body: body("pickup-request-details", content) };
}

/** Update Pickup Request: PUT /enab/{customer}/pickuprequest/{id} with a pickup-request-update (not the address). */
export function updatePickupRequest(customer: CanadaPostCustomer, confirmationNumber: string, request: PickupRequest): CpRequest {
  const content = details(request, { "heavy-item-flag": request.heavy });
  return { group: "pickups", method: "PUT", path: path(customer, confirmationNumber), accept: PICKUP_REQUEST_MEDIA_TYPE, body: body("pickup-request-update", content) };
}

/** Cancel Pickup Request: DELETE /enab/{customer}/pickuprequest/{id}. */
export function cancelPickupRequest(customer: CanadaPostCustomer, confirmationNumber: string): CpRequest {
  return { group: "pickups", method: "DELETE", path: path(customer, confirmationNumber), accept: PICKUP_REQUEST_MEDIA_TYPE };
}

/** Get Pickup Request Details: GET /enab/{customer}/pickuprequest/{id}/details. */
export function pickupDetailsRequest(customer: CanadaPostCustomer, confirmationNumber: string): CpRequest {
  return { group: "pickups", method: "GET", path: `${path(customer, confirmationNumber)}/details`, accept: PICKUP_REQUEST_MEDIA_TYPE };
}

/**
 * Get Pickup Price: POST /enab/{customer}/pickuprequest/price with a pickup-details (date, contract,
 * province and postal code). Canada Post's page shows the body as `pickup-request-price`, but the
 * schema's request element is `pickup-details` (pickup-request-price is the answer).
 */
export function pickupPriceRequest(customer: CanadaPostCustomer, request: PickupRequest): CpRequest {
  const content: XmlObject = {
    date: request.date,
    "contract-id": customer.contractNumber,
    "alternate-address-province": request.address.province.trim().toUpperCase(),
    "alternate-address-postal-code": compactPostalCode(request.address.postalCode),
  };
  return { group: "pickups", method: "POST", path: `${path(customer)}/price`, accept: PICKUP_REQUEST_MEDIA_TYPE, body: body("pickup-details", content) };
}

const FREE: PickupPrice = { feeCents: 0, taxCents: 0, totalCents: 0 };

/** Fee before tax, GST + PST + HST, and the amount due, in cents. */
function price(e: XmlElement | undefined): PickupPrice {
  if (!e) return FREE;
  const feeCents = cents(text(e, "pre-tax-amount")) ?? 0;
  const taxCents = ["gst-amount", "pst-amount", "hst-amount"].reduce((sum, name) => sum + (cents(text(e, name)) ?? 0), 0);
  return { feeCents, taxCents, totalCents: cents(text(e, "due-amount")) ?? feeCents + taxCents };
}

const succeeded = (response: CpResponse) => response.status >= 200 && response.status < 300;

/**
 * A created pickup (pickup-request-info). For an update, `known` is the pickup asked about: Canada
 * Post's bare success confirms it with the price the caller knew, and a 404 is `pickupNotFound`.
 */
export function parsePickupConfirmation(response: CpResponse, known?: { confirmationNumber: string; price?: PickupPrice }): PickupResult<PickupConfirmation> {
  const doc = succeeded(response) ? readXml(response.body) : null;
  const id = doc?.name === "pickup-request-info" ? text(doc.element, "pickup-request-header", "request-id") : null;
  if (id) return { data: { confirmationNumber: id, ...price(child(doc!.element, "pickup-request-price")) }, messages: [] };
  if (known && succeeded(response) && !doc?.name.startsWith("messages")) return { data: { confirmationNumber: known.confirmationNumber, ...(known.price ?? FREE) }, messages: [] };
  return pickupFailure(response, "pickup request", { existingPickup: known !== undefined });
}

/** A cancellation: any success; a 404 is `pickupNotFound`. */
export function parsePickupCancelled(response: CpResponse): PickupResult<{ cancelled: true }> {
  if (succeeded(response) && readXml(response.body)?.name !== "messages") return { data: { cancelled: true }, messages: [] };
  return pickupFailure(response, "pickup cancellation", { existingPickup: true });
}

/** What Canada Post says of a booked pickup: its state, date, place and times. */
export interface CpPickupDetails extends BookedPickup {
  confirmationNumber: string;
  /** Active, New, Pending, Cancelled, Missed Pickup. */
  status: string;
  readyTime: string | null;
  closingTime: string | null;
}

export function parsePickupDetails(response: CpResponse): PickupResult<CpPickupDetails> {
  const doc = succeeded(response) ? readXml(response.body) : null;
  if (doc?.name !== "pickup-request-detailed-info") return pickupFailure(response, "pickup details", { existingPickup: true });
  const header = child(doc.element, "pickup-request-header");
  const request = child(doc.element, "pickup-request-details");
  const onDemand = child(request, "pickup-times", "on-demand-pickup-time");
  const postalCode = text(request, "pickup-location", "alternate-address", "postal-code") ?? "";
  const confirmationNumber = text(header, "request-id");
  const date = text(onDemand, "date") ?? text(header, "next-pickup-date");
  if (!confirmationNumber || !date) return pickupFailure(response, "pickup details", { existingPickup: true });
  return {
    data: {
      confirmationNumber,
      status: text(header, "request-status") ?? "",
      date,
      postalCode: normalizeCanadianPostalCode(postalCode) ?? postalCode,
      readyTime: text(onDemand, "preferred-time"),
      closingTime: text(onDemand, "closing-time"),
    },
    messages: [],
  };
}

/** The price of a pickup (pickup-request-price). */
export function parsePickupPrice(response: CpResponse): PickupResult<PickupPrice> {
  const doc = succeeded(response) ? readXml(response.body) : null;
  if (doc?.name !== "pickup-request-price" || !children(doc.element, "due-amount").length) return pickupFailure(response, "pickup price");
  return { data: price(doc.element), messages: [] };
}
