/**
 * The longest text every field takes, in characters: Canada Post's limits where the value goes on a
 * label or a request (../shared/canada-post-xsd/, lib/addresses/limits.ts), ours elsewhere. The
 * schemas check them ("Name: at most 44 characters") and the forms' inputs carry them as maxLength,
 * so nobody types past them. No zod here: the browser's forms import this file.
 */
import { ADDRESS_MAX_LENGTHS } from "@/lib/addresses/limits";

/** A number typed in a field: more is never a number anyone typed. */
export const NUMBER_TEXT_MAX = 20;

/** Ids are 25-character cuids; a longer one was not sent by our pages. */
export const ID_MAX = 64;

/** Reference 1 and 2 of a shipment (shipment.xsd customer-ref-1/2). */
export const REFERENCE_MAX = 35;

/** People and businesses: an email's longest form (RFC 5321), a password (lib/auth/password.ts). */
export const ACCOUNT_LIMITS = { personName: 100, email: 254, businessName: 100, password: 200 } as const;

export const CONTACT_LIMITS = {
  ...ADDRESS_MAX_LENGTHS,
  country: 2,
  notes: 500,
  /** Up to 10 tags of 30 characters, with their commas. */
  tags: 400,
  taxId: 35,
} as const;

export const LOCATION_LIMITS = { ...ADDRESS_MAX_LENGTHS, label: 40, contactName: ADDRESS_MAX_LENGTHS.name } as const;

/** A row of the batch sheet (shipment.xsd: other-reason 44, invoice-number 10). */
export const DRAFT_LIMITS = {
  ...ADDRESS_MAX_LENGTHS,
  country: 2,
  taxId: 35,
  reference1: REFERENCE_MAX,
  reference2: REFERENCE_MAX,
  customsOtherReason: 44,
  customsInvoiceNumber: 10,
  notificationEmail: ADDRESS_MAX_LENGTHS.email,
} as const;

/** A customs item (shipment.xsd: customs-description 45, sku 15, 1 to 9,999 units, $99,999.99 and 99.999 kg per unit). */
/** A line of what a parcel holds (packing slips, returns): description, SKU, quantity. */
export const CONTENT_ITEM_LIMITS = { description: 100, sku: 40, quantity: 9_999 } as const;

export const CUSTOMS_ITEM_LIMITS = { description: 45, sku: 15, hsCode: 12, hsCodeTyped: 16, originCountry: 2, quantity: 9_999, unitValueCents: 9_999_999, unitWeightGrams: 99_999 } as const;

/** A one-off pickup (pickuprequest.xsd: company, address line and city 35, contact name 45, instructions 132). */
export const PICKUP_FORM_LIMITS = {
  company: 35,
  line1: 35,
  line2: 35,
  city: 35,
  province: 2,
  postalCode: 7,
  instructions: 132,
  contactName: 45,
  contactPhone: ADDRESS_MAX_LENGTHS.phone,
  contactEmail: ADDRESS_MAX_LENGTHS.email,
} as const;

export const TEMPLATE_LIMITS = { name: 40 } as const;

/** The quick quote: a Canadian postal code typed with its space, or one abroad. */
export const QUOTE_LIMITS = { fromPostalCode: 10, postalCode: 12 } as const;

export const PROFILE_LIMITS = { legalName: 100, phone: ADDRESS_MAX_LENGTHS.phone, email: ADDRESS_MAX_LENGTHS.email, taxNumber: 40, taxIdCountry: 2 } as const;

/** The defaults forms: four notification addresses of 60 characters and what separates them. */
export const SETTINGS_LIMITS = { reference: REFERENCE_MAX, notificationEmails: 300, emailLabelsTo: 120, packingSlipNote: 300 } as const;

/** Emailing labels: five addresses and what separates them, and the note. */
export const EMAIL_LABELS_LIMITS = { to: 600, note: 500 } as const;

/** Searches and filters in the URL. */
export const SEARCH_LIMITS = { q: 100, tag: 30, service: 20 } as const;

/** An API key's name (the Developers page). */
export const API_KEY_LIMITS = { name: 60 } as const;
