// Label data for tests and benchmarks: realistic shipments, and the longest values the forms allow.
import type { CustomsItem, LabelAddress, LabelCustoms, LabelData, LabelDocument, LabelOptions, ShipperReceipt } from "./types";

export const NO_OPTIONS: LabelOptions = {
  signature: false,
  coverageCents: 0,
  codCents: 0,
  proofOfAge: null,
  cardForPickup: false,
  doNotSafeDrop: false,
  leaveAtDoor: false,
  deliverToPostOffice: false,
};

export const MONTREAL_SHOP: LabelAddress = {
  name: "Atelier Beaulieu",
  company: "Beaulieu & Fils inc.",
  line1: "4521 rue Garnier",
  city: "Montréal",
  province: "QC",
  postalCode: "H2J 3S6",
  country: "CA",
  phone: "514-555-0142",
};

export const TORONTO_CUSTOMER: LabelAddress = {
  name: "Priya Raman",
  line1: "88 Queens Quay W",
  line2: "Unit 2104",
  city: "Toronto",
  province: "ON",
  postalCode: "m5j0b8",
  country: "CA",
  phone: "416-555-0199",
  email: "priya@example.com",
};

export function domesticLabel(overrides: Partial<LabelData> = {}): LabelData {
  return {
    trackingNumber: "7023210039414604",
    serviceCode: "DOM.EP",
    serviceName: { en: "Expedited Parcel", fr: "Colis accélérés" },
    sender: MONTREAL_SHOP,
    recipient: TORONTO_CUSTOMER,
    options: { ...NO_OPTIONS, signature: true, coverageCents: 50_000, codCents: 12_345, proofOfAge: 19 },
    weightGrams: 1234,
    lengthMm: 300,
    widthMm: 200,
    heightMm: 105,
    reference1: "ORDER-10442",
    reference2: "Gift wrap",
    mailingDate: "2026-12-01",
    ...overrides,
  };
}

export function deliverToPostOfficeLabel(): LabelData {
  return domesticLabel({
    trackingNumber: "7023210039414611",
    options: { ...NO_OPTIONS, deliverToPostOffice: true },
    postOffice: { id: "0000102001", name: "Toronto PO Adelaide St", line1: "31 Adelaide St E", city: "Toronto", province: "ON", postalCode: "M5C 1J0" },
  });
}

const ITEMS: CustomsItem[] = [
  { description: "Hand-knitted wool scarf", quantity: 2, unitValueCents: 4500, unitWeightGrams: 180, hsCode: "6117.10", originCountry: "CA", sku: "SCF-01" },
  { description: "Maple syrup, 250 ml", quantity: 1, unitValueCents: 1899, unitWeightGrams: 400, hsCode: "1702.20", originCountry: "CA", sku: "MPL-250" },
];

export function customs(overrides: Partial<LabelCustoms> = {}): LabelCustoms {
  return {
    currency: "CAD",
    reason: "SALE_OF_GOODS",
    items: ITEMS,
    senderTaxIds: [{ type: "BN", number: "123456789RT0001" }],
    invoiceNumber: "INV-2026-0042",
    ...overrides,
  };
}

export function usaLabel(overrides: Partial<LabelData> = {}): LabelData {
  return domesticLabel({
    trackingNumber: "LX123456785CA",
    serviceCode: "USA.TP",
    serviceName: { en: "Tracked Packet - USA", fr: "Paquet repérable - É.-U." },
    recipient: { name: "Dana Whitfield", line1: "350 Fifth Avenue", line2: "Suite 4100", city: "New York", province: "NY", postalCode: "10118", country: "US" },
    options: { ...NO_OPTIONS },
    customs: customs(),
    ...overrides,
  });
}

export function internationalLabel(overrides: Partial<LabelData> = {}): LabelData {
  return domesticLabel({
    trackingNumber: "RB123456785CA",
    serviceCode: "INT.XP",
    serviceName: { en: "Xpresspost - International", fr: "Xpresspost - International" },
    recipient: { name: "Camille Durand", line1: "12 rue de l'Élysée", city: "Paris", postalCode: "75008", country: "FR" },
    options: { ...NO_OPTIONS, coverageCents: 20_000 },
    customs: customs({ currency: "USD", reason: "OTHER", otherReason: "Exhibition", recipientTaxId: "FR12345678901" }),
    ...overrides,
  });
}

const LONG_44 = "Boulevard des Entreprises-Internationales 99"; // 44 characters
const LONG_NAME = "Établissements Guillaume-Léopold Québécois 1";

export function longestLabel(overrides: Partial<LabelData> = {}): LabelData {
  const address = (city: string): LabelAddress => ({
    name: LONG_NAME,
    company: "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", // the widest 44 characters there are
    line1: LONG_44,
    line2: "Bureau 12345, entrée arrière, quai numéro 78",
    city,
    province: "QC",
    postalCode: "J7V 8P2",
    country: "CA",
    phone: "+1 514-555-0100 poste 12345",
    email: "comptabilite.expeditions@etablissements-quebecois.example",
  });
  return domesticLabel({
    sender: address("Saint-Jean-sur-Richelieu-de-la-Montérégie"),
    recipient: address("Notre-Dame-des-Sept-Douleurs-de-Témiscouata"),
    serviceName: { en: "Priority Worldwide envelope International", fr: "Priorité Mondial enveloppe international" },
    options: { signature: true, coverageCents: 500_000, codCents: 123_456, proofOfAge: 18, cardForPickup: true, doNotSafeDrop: true, leaveAtDoor: true, deliverToPostOffice: false },
    reference1: "REF-WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", // 35 characters
    reference2: "Commande 2026-12-01 / lot 0042 / 35",
    customerNumber: "0009876543",
    contractNumber: "0040098765",
    ...overrides,
  });
}

export function receipt(overrides: Partial<ShipperReceipt> = {}): ShipperReceipt {
  return {
    businessName: "Atelier Beaulieu",
    batchNumber: "B-2026-0042",
    lines: [
      { label: "Expedited Parcel", amountCents: 1234 },
      { label: "Signature", amountCents: 150 },
      { label: "Fuel surcharge", amountCents: 212 },
      { label: "GST/HST/QST", amountCents: 239 },
    ],
    totalCents: 1835,
    paymentMethod: "Visa •••• 4242",
    ...overrides,
  };
}

export function document(label: LabelData, extra: Partial<LabelDocument> = {}): LabelDocument {
  return { label, locale: "en", ...extra };
}
