// Text formatting for labels: address lines in Canada Post's format, grouped tracking numbers,
// weights, dimensions and amounts. Pure string functions, shared by the PDF and the ZPL output.
import { countryName } from "@/lib/addresses/countries";
import type { LabelAddress, LabelData, LabelOptions } from "./types";
import { LABEL_WORDS } from "./wording";

// Countries whose addresses put the postal code before the city ("75008 PARIS"), as their own
// post offices write them; Canada Post asks for the destination's own city-line format abroad.
const POSTAL_CODE_BEFORE_CITY = new Set([
  "AT", "BE", "BG", "BR", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IS", "IT", "LI", "LT",
  "LU", "MC", "MX", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "TR",
]);
// Countries whose postcode stands on its own line under the city (the United Kingdom's rule).
const POSTAL_CODE_OWN_LINE = new Set(["GB", "IE"]);

/** "h2h2s6" -> "H2H 2S6"; other countries' codes are only trimmed and upper-cased. */
export function formatPostalCode(postalCode: string | null | undefined, country: string): string {
  const code = (postalCode ?? "").trim().toUpperCase().replace(/\s+/g, " ");
  if (country === "CA") {
    const compact = code.replace(/[\s-]/g, "");
    if (/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(compact)) return `${compact.slice(0, 3)} ${compact.slice(3)}`;
  }
  return code;
}

/** The postal code without spaces or hyphens, as machines read it ("H2H2S6"). */
export function compactPostalCode(postalCode: string | null | undefined): string {
  return (postalCode ?? "").toUpperCase().replace(/[\s-]/g, "");
}

/**
 * The city line in upper case. Canada and the USA: `CITY PROV  POSTAL` with two spaces before the
 * postal code (Canada Post's addressing guidelines: the two spaces keep the postal code a
 * separate field for its sorting machines). Elsewhere, the destination's order.
 */
export function cityLine(address: Pick<LabelAddress, "city" | "province" | "postalCode" | "country">): string {
  const country = address.country.toUpperCase();
  const city = address.city.trim().toUpperCase();
  const province = (address.province ?? "").trim().toUpperCase();
  const postal = formatPostalCode(address.postalCode, country);
  if (country !== "CA" && country !== "US" && POSTAL_CODE_BEFORE_CITY.has(country)) {
    return [postal, city, province].filter(Boolean).join(" ");
  }
  const cityProvince = [city, province].filter(Boolean).join(" ");
  if (POSTAL_CODE_OWN_LINE.has(country) || !postal) return cityProvince;
  return `${cityProvince}  ${postal}`;
}

/**
 * How many characters at the end of the city line follow the city ("  QC  H2H 2S6" has 11): a
 * line too long for its label is cut in the city name, never in the province or the postal code.
 */
export function cityLineTail(address: Pick<LabelAddress, "city" | "province" | "postalCode" | "country">): number {
  const line = cityLine(address);
  const city = address.city.trim().toUpperCase();
  return line.startsWith(city) ? [...line].length - [...city].length : 0;
}

/** The country's English name in upper case ("UNITED STATES"), as the last line of a foreign address. */
export function countryLine(country: string): string {
  return (countryName(country, "en") ?? country).toUpperCase();
}

/**
 * An address as printed: name, company, street lines, city line, and the country on its own line
 * when the parcel crosses a border (`withCountry`). Empty fields are left out.
 */
export function addressLines(address: LabelAddress, withCountry: boolean): string[] {
  const country = address.country.toUpperCase();
  const lines = [address.name, address.company, address.line1, address.line2, cityLine(address)];
  if (POSTAL_CODE_OWN_LINE.has(country) && address.postalCode) lines.push(formatPostalCode(address.postalCode, country));
  if (withCountry) lines.push(countryLine(country));
  return lines.map((line) => (line ?? "").trim()).filter((line) => line.length > 0);
}

/** The sender as its block prints it: the business first, the person to contact below it. */
export function businessFirst(address: LabelAddress): LabelAddress {
  const company = address.company?.trim();
  return company ? { ...address, name: company, company: address.name } : address;
}

/**
 * Deliver to Post Office: what the office needs, as an address. The person who picks the parcel
 * up, then the office (its name and address, where the parcel goes); not the person's own address.
 */
export function postOfficeAddress(label: Pick<LabelData, "recipient" | "postOffice" | "options">): LabelAddress | null {
  const office = label.options.deliverToPostOffice ? label.postOffice : null;
  if (!office) return null;
  return { name: label.recipient.name, company: office.name, line1: office.line1, city: office.city, province: office.province, postalCode: office.postalCode, country: "CA" };
}

/** Which parcel of the shipment the label is on, of how many: "1/1". */
export function pieceCount(label: Pick<LabelData, "piece">): string {
  const piece = label.piece ?? { number: 1, of: 1 };
  return `${piece.number}/${piece.of}`;
}

/** The Canada Post account the postage is paid from: its customer number and contract, where there are. */
export function accountLines(label: Pick<LabelData, "customerNumber" | "contractNumber">): string[] {
  return [
    label.customerNumber?.trim() ? `${LABEL_WORDS.customerNumber}: ${label.customerNumber.trim()}` : null,
    label.contractNumber?.trim() ? `${LABEL_WORDS.contractNumber}: ${label.contractNumber.trim()}` : null,
  ].filter((line): line is string => line !== null);
}

/** Whether the parcel crosses a border, so that both addresses end with their country. */
export function crossesBorder(label: Pick<LabelData, "sender" | "recipient">): boolean {
  return label.sender.country.toUpperCase() !== label.recipient.country.toUpperCase();
}

/** The postal code the parcel travels to: the post office's with Deliver to Post Office. */
export function destinationPostalCode(label: Pick<LabelData, "recipient" | "postOffice" | "options">): string {
  const office = label.options.deliverToPostOffice ? label.postOffice : null;
  return office ? office.postalCode : (label.recipient.postalCode ?? "");
}

/** The tracking number as machines read it: no spaces, upper case (what both barcodes carry). */
export function compactTrackingNumber(trackingNumber: string): string {
  return trackingNumber.replace(/\s+/g, "").toUpperCase();
}

/**
 * The tracking number for people: a domestic PIN in groups of four ("7023 2100 3941 4604"), a UPU
 * S10 number as its parts ("RB 123 456 785 CA"), anything else as given.
 */
export function groupTrackingNumber(trackingNumber: string): string {
  const tn = compactTrackingNumber(trackingNumber);
  const s10 = /^([A-Z]{2})(\d{3})(\d{3})(\d{3})([A-Z]{2})$/.exec(tn);
  if (s10) return s10.slice(1).join(" ");
  if (/^\d+$/.test(tn)) return tn.replace(/(\d{4})(?=\d)/g, "$1 ");
  return trackingNumber.trim();
}

/** Grams as kilograms with at most three decimals: 1234 -> "1.234 kg", 1500 -> "1.5 kg". */
export function formatWeightKg(grams: number): string {
  return `${Number((grams / 1000).toFixed(3))} kg`;
}

/** Millimetres as centimetres, length x width x height: "30 x 20 x 10.5 cm". */
export function formatDimensionsCm(lengthMm: number, widthMm: number, heightMm: number): string {
  const cm = (mm: number) => String(Number((mm / 10).toFixed(1)));
  return `${cm(lengthMm)} x ${cm(widthMm)} x ${cm(heightMm)} cm`;
}

/**
 * An amount on the bilingual label itself: "$500" for whole dollars, "$123.45" otherwise. Labels
 * use one neutral notation (the one Canada Post prints) whatever the shipper's language.
 */
export function formatLabelAmount(cents: number): string {
  const dollars = cents / 100;
  return `$${(Number.isInteger(dollars) ? WHOLE : DECIMAL).format(dollars)}`;
}

// Number formats are costly to build and used on every label: built once.
const WHOLE = new Intl.NumberFormat("en-CA", { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat("en-CA", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const MONEY = new Map<string, Intl.NumberFormat>();

/** Canadian dollars in the reader's language: "$12.34" in English, "12,34 $" in French. */
export function formatCad(cents: number, locale: "en" | "fr"): string {
  return formatMoney(cents, "CAD", locale);
}

/**
 * Money in a declaration's currency for the reader's language ("$12.34", "12,34 $", "US$12.34",
 * "12,34 $ US"). Narrow no-break spaces become ordinary no-break spaces: the standard PDF fonts
 * have no glyph for U+202F.
 */
export function formatMoney(cents: number, currency: "CAD" | "USD", locale: "en" | "fr"): string {
  const key = `${locale}-${currency}`;
  let format = MONEY.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency });
    MONEY.set(key, format);
  }
  return format.format(cents / 100).replace(/\u202f/g, "\u00a0");
}

/**
 * A declared amount on customs forms and invoices, read by customs officers abroad: digits in the
 * international style and the ISO currency code ("1,234.56 USD"), whatever the shipper's language.
 */
export function formatDeclaredAmount(cents: number, currency: "CAD" | "USD"): string {
  return `${DECIMAL.format(cents / 100)} ${currency}`;
}

/** Grams as kilograms with three decimals, for declarations ("0.250"). */
export function formatKg(grams: number): string {
  return (grams / 1000).toFixed(3);
}

/**
 * The options as Canada Post's short codes, in the order they appear on its labels: SO signature,
 * COV coverage (with the amount), COD (with the amount), PA18/PA19 proof of age, HFP card for
 * pickup, DNS do not safe drop, LAD leave at door, D2PO deliver to post office.
 */
export function optionCodes(options: LabelOptions): string[] {
  const codes: string[] = [];
  if (options.signature) codes.push("SO");
  if (options.coverageCents > 0) codes.push(`COV ${formatLabelAmount(options.coverageCents)}`);
  if (options.codCents > 0) codes.push(`COD ${formatLabelAmount(options.codCents)}`);
  if (options.proofOfAge) codes.push(`PA${options.proofOfAge}`);
  if (options.cardForPickup) codes.push("HFP");
  if (options.doNotSafeDrop) codes.push("DNS");
  if (options.leaveAtDoor) codes.push("LAD");
  if (options.deliverToPostOffice) codes.push("D2PO");
  return codes;
}

/** The option codes a label prints: none on a return label (the outbound options are the outbound parcel's). */
export function labelOptionCodes(label: Pick<LabelData, "options" | "isReturn">): string[] {
  return label.isReturn ? [] : optionCodes(label.options);
}
