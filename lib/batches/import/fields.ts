import { MAX_BATCH_SHIPMENTS } from "../limits";

/**
 * What a column of a file of orders can fill: the recipient's address, references, the parcel's
 * size and weight (in the units chosen on the import page), and optionally the service and the
 * signature option. Everything else of a row comes from the member's defaults.
 */
export const ORDER_FIELDS = [
  "name",
  "company",
  "line1",
  "line2",
  "city",
  "province",
  "postalCode",
  "country",
  "phone",
  "email",
  "reference1",
  "reference2",
  "weight",
  "length",
  "width",
  "height",
  "serviceCode",
  "signature",
] as const;

export type OrderField = (typeof ORDER_FIELDS)[number];

export function isOrderField(value: unknown): value is OrderField {
  return typeof value === "string" && (ORDER_FIELDS as readonly string[]).includes(value);
}

/** The fields that say who and where: a row without any of them is not a shipment by itself. */
export const RECIPIENT_FIELDS = ["name", "company", "line1", "line2", "city", "province", "postalCode"] as const satisfies readonly OrderField[];

/** One row's text per field, cells of columns mapped to one field joined. */
export type OrderValues = Record<OrderField, string>;

export const ORDER_LIMITS = {
  /** Rows (orders) of one file, checked in the browser and again on the server: 20 batches. */
  orders: 1_000,
  /** Orders per batch: a batch is Canada Post's purchase unit. */
  perBatch: MAX_BATCH_SHIPMENTS,
} as const;

/**
 * The longest text kept per field: 4 times Canada Post's length, so the sheet shows what the file
 * said and marks it as too long (lib/shipments/validate-draft.ts) until it is shortened there (the
 * sheet takes a typed value only within Canada Post's length); anything longer is cut here.
 */
export const ORDER_TEXT_CAPS = {
  name: 176,
  company: 176,
  line1: 176,
  line2: 176,
  city: 160,
  province: 160,
  postalCode: 56,
  country: 8,
  phone: 100,
  email: 240,
  reference1: 140,
  reference2: 140,
} as const satisfies Partial<Record<OrderField, number>>;
