/**
 * Realistic shipment requests for the Canada Post connector's tests and fake server: one builder
 * per scenario (options, USA, international with customs and tax numbers, Deliver to Post
 * Office, COD, a return label, the longest values the forms allow), each taking overrides. The
 * built XML of each is kept in tests/canadapost/fixtures/shipments. Pure data.
 */
import type { LabelAddress, LabelCustoms, LabelOptions } from "@/lib/labels/types";
import type { Quote } from "@/lib/rating/quote";
import type { ShipmentRequest } from "@/lib/carriers/types";
import type { CanadaPostCustomer } from "@/lib/carriers/canadapost/request";

/** Canada Post's development customer number, without a contract (non-contract shipments). */
export const NC_CUSTOMER: CanadaPostCustomer = { customerNumber: "2004381", moboCustomerNumber: null, contractNumber: null };
/** The same customer with a contract (contract shipments in groups). */
export const CONTRACT_CUSTOMER: CanadaPostCustomer = { customerNumber: "2004381", moboCustomerNumber: "2004381", contractNumber: "42708517" };

export const NONE: LabelOptions = {
  signature: false,
  coverageCents: 0,
  codCents: 0,
  proofOfAge: null,
  cardForPickup: false,
  doNotSafeDrop: false,
  leaveAtDoor: false,
  deliverToPostOffice: false,
};

export const SHOP: LabelAddress = {
  name: "Julie Beaulieu",
  company: "Atelier Beaulieu & Fils inc.",
  line1: "4521 rue Garnier",
  city: "Montréal",
  province: "QC",
  postalCode: "H2J 3S6",
  country: "CA",
  phone: "514-555-0142",
  email: "expeditions@atelierbeaulieu.ca",
};

export const TORONTO: LabelAddress = {
  name: "Priya Raman",
  line1: "88 Queens Quay W",
  line2: "Unit 2104",
  city: "Toronto",
  province: "ON",
  postalCode: "m5j 0b8",
  country: "CA",
  phone: "416-555-0199",
  email: "priya.raman@example.com",
};

export const NEW_YORK: LabelAddress = {
  name: "Dana Whitfield",
  company: "Whitfield Goods LLC",
  line1: "350 Fifth Avenue",
  line2: "Suite 4100",
  city: "New York",
  province: "NY",
  postalCode: "10118 4100",
  country: "US",
  phone: "+1 212-555-0123",
};

export const PARIS: LabelAddress = {
  name: "Camille Durand",
  line1: "12 rue de l'Élysée",
  city: "Paris",
  postalCode: "75008",
  country: "FR",
  phone: "+33 1 42 92 81 00",
  email: "camille.durand@example.fr",
};

export function quote(serviceCode: string, totalCents: number, mailingDate = "2026-03-10"): Quote {
  const taxCents = Math.round(totalCents - totalCents / 1.14975);
  return {
    serviceCode,
    rateCode: "CP",
    billedWeightGrams: 1500,
    volumetricWeightGrams: null,
    lines: [{ kind: "base", code: serviceCode, amountCents: totalCents - taxCents }],
    preTaxCents: totalCents - taxCents,
    taxCents,
    totalCents,
    lane: "national",
    mailingDate,
    expectedDeliveryDate: "2026-03-12",
    transitBusinessDays: 2,
    guaranteed: serviceCode !== "DOM.RP",
  };
}

type Label = ShipmentRequest["label"];

function request(serviceCode: string, label: Partial<Label> & Pick<Label, "recipient">, overrides: Partial<ShipmentRequest>): ShipmentRequest {
  return {
    reference: "cm8shp0001envoi00000000001",
    returnLabel: false,
    format: "thermal4x6",
    locale: "en",
    quote: quote(serviceCode, 2875),
    ...overrides,
    label: {
      serviceCode,
      serviceName: { en: serviceCode, fr: serviceCode },
      sender: SHOP,
      options: NONE,
      weightGrams: 1250,
      lengthMm: 300,
      widthMm: 200,
      heightMm: 105,
      reference1: "ORDER-10442",
      reference2: null,
      mailingDate: "2026-03-10",
      ...label,
    },
  };
}

/** Xpresspost to Toronto with a signature and $500 of coverage; the recipient gets Canada Post's emails. */
export function domesticWithOptions(overrides: Partial<ShipmentRequest> = {}): ShipmentRequest {
  return request("DOM.XP", { recipient: TORONTO, options: { ...NONE, signature: true, coverageCents: 50_000 }, reference2: "Gift wrap" }, overrides);
}

/** Expedited Parcel USA to New York: goods for sale, declared in Canadian dollars. */
export function usaShipment(overrides: Partial<ShipmentRequest> = {}): ShipmentRequest {
  const customs: LabelCustoms = {
    currency: "CAD",
    reason: "SALE_OF_GOODS",
    invoiceNumber: "INV-0042",
    items: [
      { description: "Hand-knitted wool scarf", quantity: 2, unitValueCents: 4500, unitWeightGrams: 180, hsCode: "611710", originCountry: "CA", sku: "SCF-01" },
      { description: "Maple syrup, 250 ml", quantity: 1, unitValueCents: 1899, unitWeightGrams: 400, hsCode: "1702.20", originCountry: "CA", sku: "MPL-250" },
    ],
    senderTaxIds: [],
  };
  return request("USA.EP", { recipient: NEW_YORK, customs }, { quote: quote("USA.EP", 3412), ...overrides });
}

/**
 * Xpresspost International to Paris with $200 of coverage and a signature: an exhibition
 * (OTHER), declared in US dollars, with the shop's IOSS and EORI numbers and the recipient's VAT
 * number (only the IOSS number has a place in a contract shipment; none in a non-contract one).
 */
export function internationalShipment(overrides: Partial<ShipmentRequest> = {}): ShipmentRequest {
  const customs: LabelCustoms = {
    currency: "USD",
    reason: "OTHER",
    otherReason: "Exhibition",
    invoiceNumber: null,
    items: [
      { description: "Ceramic vase, hand thrown", quantity: 1, unitValueCents: 18000, unitWeightGrams: 950, hsCode: "6913.90.00.90", originCountry: "CA", sku: null },
      { description: "Printed exhibition catalogue", quantity: 3, unitValueCents: 1200, unitWeightGrams: 120, hsCode: "4901.99", originCountry: "FR" },
    ],
    senderTaxIds: [
      { type: "IOSS", number: "IM2500000123" },
      { type: "EORI", number: "FR12345678901234" },
    ],
    recipientTaxId: "FR40123456824",
  };
  return request(
    "INT.XP",
    { recipient: PARIS, options: { ...NONE, signature: true, coverageCents: 20_000 }, customs, weightGrams: 1480 },
    { quote: quote("INT.XP", 9860), ...overrides },
  );
}

export const ADELAIDE_POST_OFFICE = { id: "0000102001", name: "Toronto PO Adelaide St", line1: "31 Adelaide St E", city: "Toronto", province: "ON", postalCode: "M5C 1J0" };

/** Expedited Parcel held at a post office for Priya to pick up. */
export function deliverToPostOffice(overrides: Partial<ShipmentRequest> = {}): ShipmentRequest {
  return request("DOM.EP", { recipient: TORONTO, options: { ...NONE, deliverToPostOffice: true }, postOffice: ADELAIDE_POST_OFFICE }, { quote: quote("DOM.EP", 1899), ...overrides });
}

/** Regular Parcel collecting $123.45 on delivery (with card for pickup, as COD needs), signed for. */
export function codShipment(overrides: Partial<ShipmentRequest> = {}): ShipmentRequest {
  return request("DOM.RP", { recipient: { ...TORONTO, email: null }, options: { ...NONE, signature: true, codCents: 12_345, cardForPickup: true } }, { quote: quote("DOM.RP", 2412), ...overrides });
}

/** Expedited Parcel to Toronto with a prepaid return label back to the shop, printed on a letter page. */
export function returnLabelShipment(overrides: Partial<ShipmentRequest> = {}): ShipmentRequest {
  return request("DOM.EP", { recipient: TORONTO }, { returnLabel: true, format: "letter", quote: quote("DOM.EP", 1899), ...overrides });
}

const FORTY_FOUR = "Établissements Guillaume-Léopold Québécois 1";

/**
 * Every text at the longest the forms take and beyond what some elements of the schemas take (a
 * 27-character phone, a 7-letter top-level domain, a 60-character email, tabs and runs of spaces,
 * eleven-digit HS codes, a 46-character description): the builders must still write a valid body.
 */
export function longestShipment(overrides: Partial<ShipmentRequest> = {}): ShipmentRequest {
  const sender: LabelAddress = {
    name: FORTY_FOUR,
    company: null,
    line1: "Boulevard des Entreprises-Internationales 99",
    line2: "Bureau 12345, entrée arrière,\tquai numéro 78",
    city: "Saint-Jean-sur-Richelieu-des-Cantons-Est",
    province: "qc",
    postalCode: "j7v 8p2",
    country: "CA",
    phone: "+1 514-555-0100 poste 12345",
    email: "comptabilite.expeditions@etablissements-quebecois.example",
  };
  const recipient: LabelAddress = {
    name: FORTY_FOUR,
    company: "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
    line1: "Boulevard   des Entreprises-Internationales 99",
    line2: "Bureau 12345, entrée arrière, quai numéro 78",
    city: "Llanfairpwllgwyngyllgogerychwyrndrobwllll",
    province: "Provence-Alpes-Côte d'Azur",
    postalCode: "ABCDEFGHIJKLMNOP",
    country: "fr",
    phone: "+33 (0)4 94 55 01 00 extension 4567",
    email: "a-very-long-local-part.for-testing-limits@sixty-chars-domain.example",
  };
  const customs: LabelCustoms = {
    currency: "USD",
    reason: "OTHER",
    otherReason: "Temporary export for an exhibition, returned",
    invoiceNumber: "INV-2026-0042-LONG",
    items: [{ description: "Hand-knitted merino wool scarf, natural dyes!!", quantity: 12_000, unitValueCents: 12_000_000, unitWeightGrams: 120_000, hsCode: "61171000901", originCountry: "CA", sku: "SCARF-MERINO-NATURAL-01" }],
    senderTaxIds: [{ type: "IOSS", number: "IM2500000123 (EU)" }],
    recipientTaxId: null,
  };
  return request(
    "INT.XP",
    {
      sender,
      recipient,
      options: { ...NONE, signature: true, coverageCents: 100_000_000 },
      customs,
      weightGrams: 30_000,
      lengthMm: 1_200,
      widthMm: 800,
      heightMm: 600,
      reference1: "ORDER-10442-ABCDEFGHIJKLMNOPQRSTUVWX",
      reference2: "Gift wrap, fragile, this side up!!!",
    },
    { reference: "cm8shp0001envoi00000000001-and-more-than-35", ...overrides },
  );
}
