/**
 * What a label shows: a frozen snapshot of a shipment at purchase. Pure data in, PDF bytes out
 * (see render.ts): the renderer never reads the database, the clock or the network.
 * Money in cents, weights in grams, lengths in millimetres, dates ISO "YYYY-MM-DD".
 */
export interface LabelAddress {
  name: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  /** Province, state or region code ("QC", "NY"), when the country has them. */
  province?: string | null;
  postalCode?: string | null;
  /** ISO 3166 alpha-2 ("CA", "US", "FR"). */
  country: string;
  phone?: string | null;
  email?: string | null;
}

export interface LabelOptions {
  signature: boolean;
  /** Total coverage in cents; 0 when none beyond what the service includes. */
  coverageCents: number;
  /** Amount to collect on delivery, in cents; 0 when none. */
  codCents: number;
  proofOfAge: 18 | 19 | null;
  cardForPickup: boolean;
  doNotSafeDrop: boolean;
  leaveAtDoor: boolean;
  deliverToPostOffice: boolean;
}

export interface PostOffice {
  /** Canada Post's office id. */
  id: string;
  name: string;
  line1: string;
  city: string;
  province: string;
  postalCode: string;
}

export type ExportReason = "DOCUMENT" | "COMMERCIAL_SAMPLE" | "REPAIR_OR_WARRANTY" | "SALE_OF_GOODS" | "OTHER";

export interface CustomsItem {
  description: string;
  quantity: number;
  /** Value of one unit, in cents of the declaration's currency. */
  unitValueCents: number;
  unitWeightGrams: number;
  hsCode?: string | null;
  /** ISO alpha-2 (or a Canadian province code for goods made in Canada: "CA" is fine too). */
  originCountry: string;
  sku?: string | null;
}

export interface LabelCustoms {
  currency: "CAD" | "USD";
  reason: ExportReason;
  /** When reason is OTHER. */
  otherReason?: string | null;
  invoiceNumber?: string | null;
  items: CustomsItem[];
  /** The business's tax identifiers (BN, EORI, IOSS, VOEC...). */
  senderTaxIds: { type: string; number: string }[];
  recipientTaxId?: string | null;
}

export interface LabelData {
  /** 16-digit domestic PIN, or a UPU S10 number ("RB123456785CA"). */
  trackingNumber: string;
  serviceCode: string;
  serviceName: { en: string; fr: string };
  sender: LabelAddress;
  /** The recipient; with Deliver to Post Office, the person who picks it up. */
  recipient: LabelAddress;
  /** Deliver to Post Office: the office's address goes in the recipient block. */
  postOffice?: PostOffice | null;
  options: LabelOptions;
  /** Weight as mailed, in grams; dimensions in mm. */
  weightGrams: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  /** Two reference fields, at most 35 characters each, printed on the label. */
  reference1?: string | null;
  reference2?: string | null;
  mailingDate: string;
  /** USA and international only. */
  customs?: LabelCustoms | null;
  /** A prepaid return label (addressed back to the ship-from location). */
  isReturn?: boolean;
  /** Which parcel of the shipment this label is on, and how many parcels it has; 1 of 1 when absent. */
  piece?: { number: number; of: number } | null;
  /** The Canada Post customer number the postage is billed to, when the business has one. */
  customerNumber?: string | null;
  /** The Canada Post contract the postage is paid under, when the business has one. */
  contractNumber?: string | null;
  /**
   * The 2-D barcode, encoded once when the label was bought (`withEncodedMatrix`): every later
   * drawing of the label (another size, a reprint) uses it as is. Ignored if it no longer matches
   * the label's payload.
   */
  matrix?: EncodedMatrix | null;
}

/** A DataMatrix symbol as bwip-js encoded it: its payload, its size in modules, its dark modules row by row (hex, 4 modules a digit). */
export interface EncodedMatrix {
  payload: string;
  columns: number;
  rows: number;
  bits: string;
}

/** The shipper's receipt printed on the bottom half of a letter page. */
export interface ShipperReceipt {
  businessName: string;
  batchNumber: string;
  /** Price lines as shown to the user, already in the shipper's language. */
  lines: { label: string; amountCents: number }[];
  totalCents: number;
  paymentMethod: string;
}

/** One shipment's pages: its label, its return label, and for USA/international the customs pages. */
export interface LabelDocument {
  label: LabelData;
  returnLabel?: LabelData | null;
  receipt?: ShipperReceipt | null;
  /** A packing slip printed right after the document's pages, in the same size. */
  packingSlip?: PackingSlip | null;
  /** Language of the surrounding text (labels themselves are bilingual where Canada Post's are). */
  locale: "en" | "fr";
}

/** A packing slip: what a parcel holds, for the person who opens it (see packing-slip.ts). */
export interface PackingSlipItem {
  description: string;
  sku: string | null;
  quantity: number;
}

export interface PackingSlip {
  /** The business at its ship-from location. */
  from: LabelAddress;
  to: LabelAddress;
  /** The order number (the shipment's reference 1). */
  orderNumber: string | null;
  /** YYYY-MM-DD */
  date: string;
  trackingNumber: string | null;
  items: PackingSlipItem[];
  /** The business's words printed at the bottom ("Thank you for your order"). */
  note: string | null;
  /** The business's language. */
  locale: "en" | "fr";
}
