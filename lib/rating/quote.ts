/**
 * The rating engine: every service for one parcel, itemised in cents, with its expected delivery
 * date, or the reasons a service cannot carry it. Pure and synchronous: a price list and the
 * request in, quotes out; the only clock is `mailedAt`.
 */
import { isUsStateCode } from "@/lib/addresses/us-states";
import { isoDateInCanada, type PriceList } from "./price-lists";
import { basePriceCents, internationalRateCode, usaRateCode } from "./price-lists/lookup";
import { SERVICES, type Destination } from "./services";
import { serviceRule } from "./rules/services";
import { fuelSurchargePercent } from "./rules/fuel";
import { optionPrices } from "./rules/option-prices";
import { billedWeightGrams, isOversized, limitProblems, parcelProblems, volumetricWeightGrams, type Parcel } from "./parcel";
import { optionLines, optionProblems, serviceOptionProblems, type ShipmentOptions } from "./options";
import { taxLines } from "./taxes";
import { deliveryEstimate, mailingDay } from "./delivery";
import { postalCodeProvince, postalCodeTimeZone } from "./places";
import { problem, type RatingProblem } from "./problems";
import { deliveryLane, domesticRateCode } from "./zones";
import type { Province } from "./calendar";
import type { Lane, ServiceRule } from "./rules/types";

export interface RateDestination {
  /** ISO 3166 code: "CA", "US", "FR"... */
  country: string;
  /** Canada: required. Elsewhere optional (not used for the price). */
  postalCode?: string | null;
  /** USA: the state, territory or armed forces code. */
  state?: string | null;
}

export interface RateRequest {
  priceList: PriceList;
  originPostalCode: string;
  destination: RateDestination;
  parcel: Parcel;
  options?: ShipmentOptions;
  /** When the parcel is handed to Canada Post (usually now). */
  mailedAt: Date | string;
  /** The origin's local cut-off "HH:MM"; items mailed after it count from the next business day. */
  cutoff?: string;
  /** Only these services (default: every service to the destination). */
  services?: readonly string[];
}

export type QuoteLineKind = "base" | "option" | "surcharge" | "fuel" | "tax";

export interface QuoteLine {
  kind: QuoteLineKind;
  /** Service code for the base line; option code (SO, COV...); OVERSIZE, ALASKA_HAWAII; FUEL; GST, HST, QST. */
  code: string;
  amountCents: number;
  /** Fuel and taxes: the rate in percent. */
  percent?: number;
  values?: Readonly<Record<string, number | string>>;
}

export interface Quote {
  serviceCode: string;
  rateCode: string;
  billedWeightGrams: number;
  volumetricWeightGrams: number | null;
  lines: readonly QuoteLine[];
  preTaxCents: number;
  taxCents: number;
  /** Always the sum of the lines. */
  totalCents: number;
  lane: Lane;
  mailingDate: string;
  expectedDeliveryDate: string;
  transitBusinessDays: number;
  guaranteed: boolean;
}

export interface UnavailableService {
  serviceCode: string;
  problems: readonly RatingProblem[];
}

export interface RateResult {
  priceListId: string;
  destination: Destination | null;
  quotes: Quote[];
  unavailable: UnavailableService[];
  /** Problems with the request itself (every service is affected). */
  problems: RatingProblem[];
}

const ABROAD_REMOTE_STATES = new Set(["AK", "HI", "PR", "VI", "GU", "AS", "MP", "FM", "MH", "PW", "AA", "AE", "AP"]);

interface Lanes {
  destination: Destination;
  originProvince: Province;
  destinationProvince: Province | null;
  timeZone: string;
  lane: Lane;
}

interface Context extends Lanes {
  /** The price day (ISO) and the business day the item counts as mailed. */
  day: string;
  mailingDate: string;
  /** Provinces whose closures count for the delivery date. */
  provinces: readonly Province[];
}

function placeOf(req: RateRequest, problems: RatingProblem[]): Lanes | null {
  const originProvince = postalCodeProvince(req.originPostalCode);
  const timeZone = postalCodeTimeZone(req.originPostalCode);
  if (!originProvince || !timeZone) problems.push(problem("originInvalid", "origin"));
  const country = req.destination.country.trim().toUpperCase();
  let destination: Destination = country === "CA" ? "domestic" : country === "US" ? "usa" : "international";
  let destinationProvince: Province | null = null;
  let lane: Lane | null = "national";
  if (!/^[A-Z]{2}$/.test(country)) {
    problems.push(problem("destinationInvalid", "destination"));
    destination = "international";
  } else if (destination === "domestic") {
    destinationProvince = postalCodeProvince(req.destination.postalCode ?? "");
    lane = destinationProvince && originProvince ? deliveryLane(req.originPostalCode, req.destination.postalCode ?? "") : null;
    if (!destinationProvince || (originProvince && !lane)) problems.push(problem("destinationInvalid", "destination"));
  } else if (destination === "usa") {
    const state = (req.destination.state ?? "").trim().toUpperCase();
    if (!isUsStateCode(state)) problems.push(problem("destinationInvalid", "destination"));
    lane = ABROAD_REMOTE_STATES.has(state) ? "remote" : "national";
  }
  if (!originProvince || !timeZone || !lane || problems.length > 0) return null;
  return { destination, originProvince, destinationProvince, timeZone, lane };
}

function rateCodeFor(req: RateRequest, rule: ServiceRule, place: Lanes): { rateCode: string | null; countryMaxWeightGrams?: number; countryMaxCoverageCents: number | null } {
  if (place.destination === "domestic") {
    return { rateCode: domesticRateCode(req.originPostalCode, req.destination.postalCode ?? ""), countryMaxCoverageCents: null };
  }
  if (place.destination === "usa") {
    return { rateCode: usaRateCode(req.priceList, place.originProvince, req.destination.state ?? "", rule.code), countryMaxCoverageCents: null };
  }
  const intl = internationalRateCode(req.priceList, req.destination.country, rule.code);
  return intl
    ? { rateCode: intl.rateCode, countryMaxWeightGrams: intl.maxWeightGrams, countryMaxCoverageCents: intl.maxCoverageCents }
    : { rateCode: null, countryMaxCoverageCents: null };
}

const sum = (lines: readonly QuoteLine[]) => lines.reduce((total, l) => total + l.amountCents, 0);

function rateOne(req: RateRequest, rule: ServiceRule, place: Context): Quote | UnavailableService {
  const day = place.day;
  const options = req.options ?? {};
  const { rateCode, countryMaxWeightGrams, countryMaxCoverageCents } = rateCodeFor(req, rule, place);
  const table = req.priceList.rates[rule.code];
  if (!table) return { serviceCode: rule.code, problems: [problem("notInPriceList", undefined, { service: rule.code })] };
  if (!rateCode || !table.pricesCents[rateCode]) {
    const code = place.destination === "domestic" ? "notOnLane" : "notToDestination";
    return { serviceCode: rule.code, problems: [problem(code, "destination", { service: rule.code })] };
  }
  const problems = [...limitProblems(req.parcel, rule, countryMaxWeightGrams), ...serviceOptionProblems(options, rule, countryMaxCoverageCents)];
  if (problems.length > 0) return { serviceCode: rule.code, problems };

  const volumetric = volumetricWeightGrams(req.parcel, rule.volumetricDivisor);
  const billed = billedWeightGrams(req.parcel, rule.volumetricDivisor);
  const base = basePriceCents(req.priceList, rule.code, rateCode, billed);
  if (base === null) return { serviceCode: rule.code, problems: [problem("noRateForWeight", "weight", { service: rule.code })] };

  const prices = optionPrices(day);
  const lines: QuoteLine[] = [{ kind: "base", code: rule.code, amountCents: base, values: { rateCode } }];
  for (const line of optionLines(options, rule, prices)) lines.push({ kind: "option", code: line.code, amountCents: line.amountCents, values: line.values });
  if (rule.oversize && isOversized(req.parcel)) lines.push({ kind: "surcharge", code: "OVERSIZE", amountCents: prices.oversize });
  if (rule.fuelGroup === "priorityWorldwide" && place.destination === "usa" && ["AK", "HI"].includes((req.destination.state ?? "").toUpperCase())) {
    lines.push({ kind: "surcharge", code: "ALASKA_HAWAII", amountCents: prices.alaskaHawaii });
  }
  const fuelPercent = fuelSurchargePercent(rule.fuelGroup, day);
  lines.push({ kind: "fuel", code: "FUEL", amountCents: Math.round((base * fuelPercent) / 100), percent: fuelPercent });
  const preTaxCents = sum(lines);
  const taxes = taxLines(preTaxCents, place.destination, place.destinationProvince ?? place.originProvince, place.originProvince, day);
  lines.push(...taxes);
  const taxCents = sum(taxes);

  const delivery = deliveryEstimate(rule, place.mailingDate, place.lane, place.provinces);
  return {
    serviceCode: rule.code,
    rateCode,
    billedWeightGrams: billed,
    volumetricWeightGrams: volumetric,
    lines,
    preTaxCents,
    taxCents,
    totalCents: preTaxCents + taxCents,
    lane: place.lane,
    ...delivery,
  };
}

/**
 * Rates every service to the destination (or `req.services`). Request problems (bad postal code,
 * weight, conflicting options) come back in `problems` with no quote; a service that cannot take
 * the parcel comes back in `unavailable` with its own reasons. Quotes are in Canada Post's order.
 */
export function rateServices(req: RateRequest): RateResult {
  const problems: RatingProblem[] = [...parcelProblems(req.parcel), ...optionProblems(req.options ?? {})];
  const place = placeOf(req, problems);
  const result: RateResult = { priceListId: req.priceList.id, destination: place?.destination ?? null, quotes: [], unavailable: [], problems };
  if (!place || problems.length > 0) return result;
  const day = typeof req.mailedAt === "string" && /^\d{4}-\d{2}-\d{2}/.test(req.mailedAt) ? req.mailedAt.slice(0, 10) : isoDateInCanada(new Date(req.mailedAt));
  let mailingDate: string;
  try {
    mailingDate = mailingDay({ mailedAt: req.mailedAt, timeZone: place.timeZone, cutoff: req.cutoff, originProvince: place.originProvince });
  } catch {
    problems.push(problem("mailingDateInvalid"));
    return result;
  }
  const provinces = place.destinationProvince && place.destinationProvince !== place.originProvince ? [place.originProvince, place.destinationProvince] : [place.originProvince];
  const context: Context = { ...place, day, mailingDate, provinces };
  const wanted = req.services ? new Set(req.services) : null;
  for (const service of SERVICES) {
    if (service.destination !== place.destination || (wanted && !wanted.has(service.code))) continue;
    const rule = serviceRule(service.code);
    if (!rule) continue;
    const rated = rateOne(req, rule, context);
    if ("totalCents" in rated) result.quotes.push(rated);
    else result.unavailable.push(rated);
  }
  return result;
}
