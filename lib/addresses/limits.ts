import type { AddressField } from "./errors";

/** Canada Post's field limits (shipment XML schemas), counted in characters. */
export const ADDRESS_MAX_LENGTHS = {
  name: 44,
  company: 44,
  line1: 44,
  line2: 44,
  city: 40,
  phone: 25,
  email: 60,
  /** Province, state or region outside Canada and the United States. */
  province: 20,
  /** Postal code outside Canada and the United States. */
  postalCode: 14,
} as const satisfies Partial<Record<AddressField, number>>;
