/**
 * One real request per endpoint of lib/api/catalogue.ts, as a shop would send it: the examples of
 * the reference (tests/api/examples.test.ts records their answers into lib/api/examples.json), the
 * contract suite's successful calls, and the bodies the cross-tenant suite sends with another
 * business's ids. An endpoint added to the catalogue without a builder here fails those tests.
 * A builder may first set things up through the API (buy a label before voiding it).
 */
import { call, type ApiShop } from "./support";

export interface ExampleRequest {
  method: string;
  /** Under /api/v1, with its query. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ExampleBuilder = (shop: ApiShop) => Promise<ExampleRequest>;

export const PARCEL = { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 };

export const TO_MONTREAL = { name: "Marie Tremblay", line1: "1200 rue Sainte-Catherine O", city: "Montréal", province: "QC", postalCode: "H3B 1K9", country: "CA" };

/** Sends a set-up request in the shop and returns its answer's JSON (it must succeed). */
async function made(shop: ApiShop, method: string, path: string, body?: unknown): Promise<{ id: string; trackingNumber?: string; dates?: string[] }> {
  const answer = await call(method, path, { key: shop.key, body });
  if (answer.status >= 300) throw new Error(`set-up ${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  return answer.json;
}

/** A label bought in the shop (a test key: nothing charged). */
export const boughtShipment = (shop: ApiShop, extra: Record<string, unknown> = {}) =>
  made(shop, "POST", "/shipments", { from: { locationId: shop.locationId }, to: TO_MONTREAL, parcel: PARCEL, service: "DOM.EP", references: { reference1: "Order 1001" }, ...extra });

export const shopContact = (shop: ApiShop) => made(shop, "POST", "/contacts", { ...TO_MONTREAL, email: "marie@example.com", tags: ["VIP"] });

export const draftBatch = (shop: ApiShop) => made(shop, "POST", "/batches", { shipments: [{ to: TO_MONTREAL, parcel: PARCEL, service: "DOM.EP", reference1: "Order 1002" }] });

/** The last day a pickup can be booked now (changeable until the day before). */
async function pickupDay(shop: ApiShop): Promise<string> {
  const availability = await made(shop, "GET", "/pickups/availability?postalCode=K1A0A9");
  return availability.dates!.at(-1)!;
}

export const pickupBody = (shop: ApiShop, date: string) => ({
  locationId: shop.locationId,
  date,
  readyTime: "13:00",
  closingTime: "17:00",
  location: "loading_dock",
  instructions: "Ring twice at door 3",
  contact: { name: "Léa Roy", phone: "613 555 0100", email: "dock@example.com" },
  parcels: 2,
  totalWeightGrams: 4500,
});

export const bookedPickup = async (shop: ApiShop) => made(shop, "POST", "/pickups", pickupBody(shop, await pickupDay(shop)));

/** A return of one of the mittens of returnableShipment, the label emailed to the customer in French. */
export const RETURN_BODY = { items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 1 }], reason: "wrongSize", note: "Too small", customerEmail: "marie@example.com", locale: "fr" };

/** A label bought with what the parcel holds (two mittens, a syrup). */
export async function returnableShipment(shop: ApiShop) {
  return boughtShipment(shop, { items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 }, { description: "Maple syrup 500 ml", quantity: 1 }] });
}

/** A return label made for a new shipment (a test key: nothing charged, ever). */
export const issuedReturn = async (shop: ApiShop) => made(shop, "POST", `/shipments/${(await returnableShipment(shop)).id}/returns`, RETURN_BODY);

export const EXAMPLE_REQUESTS: Record<string, ExampleBuilder> = {
  getRates: async (shop) => ({
    method: "POST",
    path: "/rates",
    body: { from: { locationId: shop.locationId }, to: { country: "CA", postalCode: "V6B 1A1" }, parcel: PARCEL, options: { signature: true } },
  }),
  validateAddress: async () => ({ method: "POST", path: "/addresses/validate", body: { line1: "1200 rue Sainte-Catherine O", city: "Montreal", province: "QC", postalCode: "h3b1k9", country: "CA" } }),
  listPostOffices: async () => ({ method: "GET", path: "/post-offices?postalCode=H2H%202S6&limit=3" }),
  createShipment: async (shop) => ({
    method: "POST",
    path: "/shipments",
    body: { from: { locationId: shop.locationId }, to: TO_MONTREAL, parcel: PARCEL, service: "DOM.EP", references: { reference1: "Order 1001" }, items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 }] },
    headers: { "idempotency-key": `order-1001-${shop.keyId}` },
  }),
  listShipments: async () => ({ method: "GET", path: "/shipments?limit=2" }),
  getShipment: async (shop) => ({ method: "GET", path: `/shipments/${(await boughtShipment(shop)).id}` }),
  voidShipment: async (shop) => ({ method: "POST", path: `/shipments/${(await boughtShipment(shop)).id}/void` }),
  getLabel: async (shop) => ({ method: "GET", path: `/shipments/${(await boughtShipment(shop)).id}/label?format=pdf_4x6` }),
  createReturnLabel: async (shop) => ({ method: "POST", path: `/shipments/${(await boughtShipment(shop, { includeReturnLabel: true })).id}/return-label` }),
  createBatch: async () => ({
    method: "POST",
    path: "/batches",
    body: { shipments: [{ to: TO_MONTREAL, parcel: PARCEL, service: "DOM.EP", reference1: "Order 1003" }, { to: { ...TO_MONTREAL, name: "Sam Lee", line1: "800 Burrard St", city: "Vancouver", province: "BC", postalCode: "V6Z 2H6" }, parcel: PARCEL, service: "DOM.RP" }] },
  }),
  getBatch: async (shop) => ({ method: "GET", path: `/batches/${(await draftBatch(shop)).id}` }),
  buyBatch: async (shop) => ({ method: "POST", path: `/batches/${(await draftBatch(shop)).id}/buy`, headers: { "idempotency-key": `batch-${shop.keyId}` } }),
  listBatches: async () => ({ method: "GET", path: "/batches?limit=2" }),
  getTracking: async (shop) => ({ method: "GET", path: `/tracking/${(await boughtShipment(shop)).trackingNumber}` }),
  getPickupAvailability: async () => ({ method: "GET", path: "/pickups/availability?postalCode=K1A%200A9" }),
  createPickup: async (shop) => ({ method: "POST", path: "/pickups", body: pickupBody(shop, await pickupDay(shop)) }),
  getPickup: async (shop) => ({ method: "GET", path: `/pickups/${(await bookedPickup(shop)).id}` }),
  updatePickup: async (shop) => ({ method: "PATCH", path: `/pickups/${(await bookedPickup(shop)).id}`, body: { parcels: 3, totalWeightGrams: 6000 } }),
  cancelPickup: async (shop) => ({ method: "POST", path: `/pickups/${(await bookedPickup(shop)).id}/cancel` }),
  listPickups: async () => ({ method: "GET", path: "/pickups?limit=2" }),
  createReturn: async (shop) => ({ method: "POST", path: `/shipments/${(await returnableShipment(shop)).id}/returns`, body: RETURN_BODY, headers: { "idempotency-key": `return-1001-${shop.keyId}` } }),
  listReturns: async () => ({ method: "GET", path: "/returns?limit=2" }),
  getReturn: async (shop) => ({ method: "GET", path: `/returns/${(await issuedReturn(shop)).id}` }),
  getReturnLabelFile: async (shop) => ({ method: "GET", path: `/returns/${(await issuedReturn(shop)).id}/label?format=pdf_4x6` }),
  cancelReturn: async (shop) => ({ method: "POST", path: `/returns/${(await issuedReturn(shop)).id}/cancel` }),
  listContacts: async () => ({ method: "GET", path: "/contacts?limit=2" }),
  createContact: async () => ({ method: "POST", path: "/contacts", body: { ...TO_MONTREAL, company: "Boutique Tremblay", email: "marie@example.com", tags: ["VIP"] } }),
  getContact: async (shop) => ({ method: "GET", path: `/contacts/${(await shopContact(shop)).id}` }),
  updateContact: async (shop) => ({ method: "PATCH", path: `/contacts/${(await shopContact(shop)).id}`, body: { phone: "514 555 0101" } }),
  deleteContact: async (shop) => ({ method: "DELETE", path: `/contacts/${(await shopContact(shop)).id}` }),
  getAccount: async () => ({ method: "GET", path: "/account" }),
  listAccountTransactions: async () => ({ method: "GET", path: "/account/transactions?limit=5" }),
};
