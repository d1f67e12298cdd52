/**
 * Formats of Canadian business and tax numbers, and of the tax identifiers used on international
 * shipments. Pure. Spaces and dashes are dropped and letters upper-cased before checking.
 */
export const TAX_ID_TYPES = ["EORI", "IOSS", "VOEC", "OTHER"] as const;
export type TaxIdType = (typeof TAX_ID_TYPES)[number];

export function compact(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase();
}

export const FORMATS = {
  /** Canada Post contract number: up to 10 digits. */
  contractNumber: /^\d{1,10}$/,
  /** CRA business number: 9 digits. */
  businessNumber: /^\d{9}$/,
  /** GST/HST account: business number + RT + 4 digits. */
  gstHstNumber: /^\d{9}RT\d{4}$/,
  /** Revenu Québec QST: 10 digits + TQ + 4 digits. */
  qstNumber: /^\d{10}TQ\d{4}$/,
  /** Canada Post customer number used for on-account billing: 10 digits. */
  accountNumber: /^\d{10}$/,
  /** EU Economic Operators Registration and Identification: country code + up to 15 characters. */
  EORI: /^[A-Z]{2}[A-Z0-9]{1,15}$/,
  /** EU Import One-Stop Shop: IM + 10 digits. */
  IOSS: /^IM\d{10}$/,
  /** Norway's VAT On E-Commerce: VOEC + 7 digits. */
  VOEC: /^VOEC\d{7}$/,
  OTHER: /^[A-Z0-9./]{2,35}$/,
} as const;
