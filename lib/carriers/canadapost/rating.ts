/**
 * Canada Post's rating (ship.rate-v4): the Get Rates request (`mailing-scenario`, POST
 * /rs/ship/price) and its `price-quotes` answer read into Envoi's quotes, and Discover Services
 * (GET /rs/ship/service). Pure builders and parsers: the HTTP layer sends what they build.
 */
import type { Quote, QuoteLine } from "@/lib/rating/quote";
import type { Lane, OptionCode } from "@/lib/rating/rules/types";
import { serviceRule } from "@/lib/rating/rules/services";
import { mailingDay } from "@/lib/rating/delivery";
import { expectedDeliveryDate, nextBusinessDay, type Province } from "@/lib/rating/calendar";
import { postalCodeProvince, postalCodeTimeZone } from "@/lib/rating/places";
import { deliveryLane } from "@/lib/rating/zones";
import { parcelProblems } from "@/lib/rating/parcel";
import { optionProblems } from "@/lib/rating/options";
import { problem, type RatingProblem } from "@/lib/rating/problems";
import type { CarrierMessage, CarrierRateRequest, CarrierRates, CarrierResult } from "../types";
import { attr, cents, centimetres, child, children, kilograms, money, readXml, text, toXml, type XmlElement, type XmlObject } from "./xml";
import { mediaType, type CanadaPostCustomer, type CpRequest, type CpResponse } from "./request";
import { parseMessages, rejected, unexpected } from "./messages";
import { cpOptions, destinationOf, isKnownService, servesDestination, usZipCode } from "./services";

export const RATE_NAMESPACE = "http://www.canadapost.ca/ws/ship/rate-v4";
export const RATE_MEDIA_TYPE = mediaType("ship.rate-v4");
/** Canada Post's live prices carry no rate code (Envoi's price lists do); the base line shows this. */
export const LIVE_RATE_CODE = "CP";

/** A Canadian postal code as Canada Post writes it: "K1A0B1". */
export const cpPostalCode = (postalCode: string) => postalCode.replace(/\s+/g, "").toUpperCase();

const OPTION_CODES: ReadonlySet<string> = new Set<OptionCode>(["SO", "COV", "COD", "PA18", "PA19", "HFP", "DNS", "LAD", "D2PO"]);
const TAXES = [["gst", "GST"], ["hst", "HST"], ["pst", "QST"]] as const;

function dayInCanada(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/**
 * The business day the parcel counts as mailed (a deposit after the origin's cut-off, or on a
 * weekend or holiday, counts from the next one), as the reference carrier counts it: Canada
 * Post's expected-mailing-date. Throws RangeError when `mailedAt` is not a date.
 */
export function mailingDate(request: Pick<CarrierRateRequest, "mailedAt" | "cutoff" | "originPostalCode">): string {
  const originProvince = postalCodeProvince(request.originPostalCode);
  const timeZone = postalCodeTimeZone(request.originPostalCode);
  if (originProvince && timeZone) {
    try {
      return mailingDay({ mailedAt: request.mailedAt, timeZone, cutoff: request.cutoff, originProvince });
    } catch {
      // A date without a time ("2025-03-10"): the day itself, below.
    }
  }
  if (typeof request.mailedAt === "string" && /^\d{4}-\d{2}-\d{2}/.test(request.mailedAt)) return request.mailedAt.slice(0, 10);
  return dayInCanada(new Date(request.mailedAt));
}

function destinationXml(request: CarrierRateRequest): XmlObject {
  const { country, postalCode, state } = request.destination;
  switch (destinationOf(country)) {
    case "domestic":
      return { domestic: { "postal-code": cpPostalCode(postalCode ?? "") } };
    case "usa":
      return { "united-states": { "zip-code": usZipCode(postalCode, state) ?? "" } };
    default: {
      const intl = (postalCode ?? "").trim();
      return { international: { "country-code": country.trim().toUpperCase(), "postal-code": intl && intl.length <= 10 ? intl : null } };
    }
  }
}

const POSTAL_CODE = /^[A-Z]\d[A-Z]\d[A-Z]\d$/;

function destinationValid({ country, postalCode, state }: CarrierRateRequest["destination"]): boolean {
  if (!/^[A-Z]{2}$/i.test(country.trim())) return false;
  const destination = destinationOf(country);
  if (destination === "domestic") return POSTAL_CODE.test(cpPostalCode(postalCode ?? ""));
  if (destination === "usa") return usZipCode(postalCode, state) !== null;
  return true;
}

/**
 * What Canada Post would refuse in a request (a schema error in its own terms, or a rule of the
 * options), as Envoi's problems on the form's fields: to check before calling, as the reference
 * carrier does. The services' own limits are Canada Post's to tell.
 */
export function rateRequestProblems(request: CarrierRateRequest): RatingProblem[] {
  const problems = [...parcelProblems(request.parcel), ...optionProblems(request.options ?? {})];
  if (!POSTAL_CODE.test(cpPostalCode(request.originPostalCode))) problems.push(problem("originInvalid", "origin"));
  if (!destinationValid(request.destination)) problems.push(problem("destinationInvalid", "destination"));
  // Canada Post's schema: at most 99.999 kg and 999.9 cm a side.
  const { weightGrams, lengthMm, widthMm, heightMm } = request.parcel;
  if (weightGrams > 99_999) problems.push(problem("weightInvalid", "weight"));
  if (Math.max(lengthMm, widthMm, heightMm) > 9_999) problems.push(problem("dimensionsInvalid", "dimensions"));
  try {
    mailingDate(request);
  } catch {
    problems.push(problem("mailingDateInvalid"));
  }
  return problems;
}

/** Contract prices with a contract; else Solutions for Small Business (commercial) or counter prices, by the business's customer type. */
export function quoteType(request: Pick<CarrierRateRequest, "customerType">, customer?: Pick<CanadaPostCustomer, "contractNumber">): "contract" | "commercial" | "counter" {
  if (customer?.contractNumber) return "contract";
  return request.customerType === "small_business" ? "commercial" : "counter";
}

const PRICE_LIST_IDS = { contract: "canadapost-contract", commercial: "canadapost", counter: "canadapost-counter" } as const;

/** Whether a quote's seller can issue a return label with the shipment: Canada Post only for a contract (any other carrier: yes). */
export function sellsReturnLabelWith(quote: { priceListId?: string }): boolean {
  return quote.priceListId !== PRICE_LIST_IDS.commercial && quote.priceListId !== PRICE_LIST_IDS.counter;
}

/**
 * Get Rates for one parcel. Commercial prices for a contract or a small business (Solutions for
 * Small Business), counter prices for a consumer. Only the asked services that serve the
 * destination are named (Canada Post refuses the whole request for one that does not).
 */
export function rateRequest(request: CarrierRateRequest, customer: CanadaPostCustomer): CpRequest {
  const commercial = quoteType(request, customer) !== "counter";
  const destination = destinationOf(request.destination.country);
  const services = request.services ? [...new Set(request.services)].filter((code) => servesDestination(code, destination)).slice(0, 20) : [];
  const { weightGrams, lengthMm, widthMm, heightMm } = request.parcel;
  const sides = [lengthMm, widthMm, heightMm].map(centimetres);
  const options = cpOptions(request.options ?? {});
  const xml = toXml("mailing-scenario", RATE_NAMESPACE, {
    "customer-number": commercial ? customer.customerNumber : null,
    "contract-id": commercial ? customer.contractNumber : null,
    "quote-type": commercial ? "commercial" : "counter",
    "expected-mailing-date": mailingDate(request),
    options: options.length ? { option: options.map((o) => ({ "option-code": o.code, "option-amount": o.amountCents === undefined ? null : money(o.amountCents) })) } : null,
    "parcel-characteristics": {
      weight: kilograms(weightGrams),
      dimensions: sides.every((s) => Number(s) > 0) ? { length: sides[0], width: sides[1], height: sides[2] } : null,
    },
    services: services.length ? { "service-code": services } : null,
    "origin-postal-code": cpPostalCode(request.originPostalCode),
    destination: destinationXml(request),
  });
  return { group: "rating", method: "POST", path: "/rs/ship/price", accept: RATE_MEDIA_TYPE, body: { xml, mediaType: RATE_MEDIA_TYPE } };
}

const sum = (lines: readonly QuoteLine[]) => lines.reduce((total, l) => total + l.amountCents, 0);
const percentOf = (value: string | null) => (value === null || !Number.isFinite(Number(value)) ? undefined : Number(value));

/** The option, adjustment (fuel, discounts, surcharges) and tax lines of a `price-details`. */
function chargeLines(details: XmlElement, request: CarrierRateRequest): { charges: QuoteLine[]; taxes: QuoteLine[] } {
  const charges: QuoteLine[] = [];
  const amounts: Partial<Record<string, number>> = { COV: request.options?.coverageCents, COD: request.options?.codCents };
  for (const option of children(child(details, "options"), "option")) {
    const code = text(option, "option-code") ?? "";
    const amountCents = cents(text(option, "option-price")) ?? 0;
    const known = OPTION_CODES.has(code);
    // Delivery confirmation (DC) comes free with every parcel: not an option a person chose.
    if (!known && amountCents === 0) continue;
    const amount = amounts[code];
    const values: QuoteLine["values"] = known ? (amount ? { amount: amount / 100 } : undefined) : { name: text(option, "option-name") ?? code };
    charges.push({ kind: "option", code, amountCents, ...(values ? { values } : {}) });
  }
  for (const adjustment of children(child(details, "adjustments"), "adjustment")) {
    const code = text(adjustment, "adjustment-code") ?? "";
    const amountCents = cents(text(adjustment, "adjustment-cost")) ?? 0;
    const percent = percentOf(text(adjustment, "qualifier", "percent"));
    if (code === "FUELSC") charges.push({ kind: "fuel", code: "FUEL", amountCents, ...(percent === undefined ? {} : { percent }) });
    else charges.push({ kind: "surcharge", code, amountCents, ...(percent === undefined ? {} : { percent }), values: { name: text(adjustment, "adjustment-name") ?? code } });
  }
  const taxes: QuoteLine[] = [];
  for (const [element, code] of TAXES) {
    const tax = child(details, "taxes", element);
    const amountCents = cents(text(tax)) ?? 0;
    const percent = percentOf(attr(tax, "percent"));
    if (amountCents !== 0) taxes.push({ kind: "tax", code, amountCents, ...(percent === undefined ? {} : { percent }) });
  }
  return { charges, taxes };
}

interface Place {
  mailingDate: string;
  lane: Lane;
  province: Province;
}

/** Business days from the mailing day to a date (Canada Post gave the date, not the days). */
function businessDaysUntil(from: string, to: string, province: Province): number {
  let days = 0;
  for (let d = from; d < to && days < 99; days++) d = nextBusinessDay(d, province);
  return days;
}

/** Canada Post's delivery standard; when it gives none (surface mail), Envoi's own standard for the service. */
function delivery(standard: XmlElement | undefined, serviceCode: string, place: Place) {
  const date = text(standard, "expected-delivery-date");
  const transit = text(standard, "expected-transit-time");
  const days = transit !== null ? Number(transit) : date ? businessDaysUntil(place.mailingDate, date, place.province) : (serviceRule(serviceCode)?.transitDays[place.lane] ?? 0);
  return {
    mailingDate: place.mailingDate,
    expectedDeliveryDate: date ?? expectedDeliveryDate(place.mailingDate, days, place.province),
    transitBusinessDays: days,
    guaranteed: text(standard, "guaranteed-delivery") === "true",
  };
}

/** One `price-quote` as a Quote; null when it lacks its service code or amounts. */
function quoteOf(node: XmlElement, request: CarrierRateRequest, place: Place): Quote | null {
  const serviceCode = text(node, "service-code");
  const details = child(node, "price-details");
  const baseCents = cents(text(details, "base"));
  const dueCents = cents(text(details, "due"));
  if (!serviceCode || !details || baseCents === null || dueCents === null) return null;
  const { charges, taxes } = chargeLines(details, request);
  const taxCents = sum(taxes);
  const preTaxCents = dueCents - taxCents;
  // Canada Post's due is what it charges: a cent its own rounding leaves is put on the base price.
  const base: QuoteLine = { kind: "base", code: serviceCode, amountCents: preTaxCents - sum(charges), values: { rateCode: LIVE_RATE_CODE } };
  const cubedKg = Number(text(node, "weight-details", "cubed-weight") ?? NaN);
  const volumetricWeightGrams = Number.isFinite(cubedKg) && cubedKg > 0 ? Math.round(cubedKg * 1000) : null;
  return {
    serviceCode,
    rateCode: LIVE_RATE_CODE,
    billedWeightGrams: Math.max(Math.ceil(request.parcel.weightGrams), volumetricWeightGrams ?? 0),
    volumetricWeightGrams,
    lines: [base, ...charges, ...taxes],
    preTaxCents,
    taxCents,
    totalCents: dueCents,
    lane: place.lane,
    ...delivery(child(node, "service-standard"), serviceCode, place),
  };
}

function placeOf(request: CarrierRateRequest): Place {
  const domestic = destinationOf(request.destination.country) === "domestic";
  return {
    mailingDate: mailingDate(request),
    lane: (domestic && deliveryLane(request.originPostalCode, request.destination.postalCode ?? "")) || "national",
    province: postalCodeProvince(request.originPostalCode) ?? "ON",
  };
}

/**
 * The quotes of a Get Rates answer, in Canada Post's order: services Envoi does not sell, or that
 * were not asked for, are left out. A refusal (`<messages>`, any HTTP error) is data null with
 * Canada Post's words; an empty `price-quotes` is no quote.
 */
export function parseRates(response: CpResponse, request: CarrierRateRequest, customer?: Pick<CanadaPostCustomer, "contractNumber">): CarrierResult<CarrierRates> {
  if (response.status >= 400) return { data: null, messages: unexpected(response, "rates") };
  const doc = readXml(response.body);
  if (doc?.name === "messages") {
    const messages = parseMessages(response.body);
    return { data: null, messages: messages.length ? rejected(messages) : unexpected(response, "rates") };
  }
  if (doc?.name !== "price-quotes") return { data: null, messages: unexpected(response, "rates") };
  const place = placeOf(request);
  const wanted = request.services ? new Set(request.services) : null;
  const quotes: Quote[] = [];
  const messages: CarrierMessage[] = [];
  for (const node of children(doc.element, "price-quote")) {
    const code = text(node, "service-code") ?? "";
    if (!isKnownService(code) || (wanted && !wanted.has(code))) continue;
    const quote = quoteOf(node, request, place);
    if (quote) quotes.push(quote);
    else messages.push(...unexpected({ ...response, body: "" }, `rates: price-quote ${code} without its amounts`));
  }
  return { data: { priceListId: PRICE_LIST_IDS[quoteType(request, customer)], quotes, unavailable: [] }, messages };
}

export interface ServiceQuery {
  /** ISO code of the destination country. */
  country: string;
  originPostalCode?: string;
  destinationPostalCode?: string;
}

/** Discover Services: the services Canada Post offers to a country (and a contract, between two postal codes). */
export function discoverServicesRequest(query: ServiceQuery, customer?: Pick<CanadaPostCustomer, "contractNumber">): CpRequest {
  const params = new URLSearchParams({ country: query.country.trim().toUpperCase() });
  if (customer?.contractNumber) params.set("contract", customer.contractNumber);
  if (query.originPostalCode?.trim()) params.set("origpc", cpPostalCode(query.originPostalCode));
  if (query.destinationPostalCode?.trim()) params.set("destpc", cpPostalCode(query.destinationPostalCode));
  return { group: "rating", method: "GET", path: `/rs/ship/service?${params}`, accept: RATE_MEDIA_TYPE };
}

export interface DiscoveredService {
  code: string;
  /** In the language asked for (Accept-language). */
  name: string;
}

/** The services of a Discover Services answer, every one Canada Post names (Envoi's or not). */
export function parseServices(response: CpResponse): CarrierResult<DiscoveredService[]> {
  const doc = response.status < 400 ? readXml(response.body) : null;
  if (doc?.name !== "services") return { data: null, messages: unexpected(response, "services") };
  const services = children(doc.element, "service").flatMap((s) => {
    const code = text(s, "service-code");
    return code ? [{ code, name: text(s, "service-name") ?? code }] : [];
  });
  return { data: services, messages: [] };
}
