/**
 * Turns quotes and problems into what the rates page shows, in the user's language: service names,
 * each price line's label and amount, dates, and one sentence per problem. Pure.
 */
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { gramsToDisplay, type UnitSystem } from "@/lib/rating/measures";
import type { RatingProblem } from "@/lib/rating/problems";
import type { Quote, QuoteLine } from "@/lib/rating/quote";
import { isTracked, serviceInfo } from "@/lib/rating/services";
import type { CarrierMessage } from "@/lib/carriers/types";
import type { QuickQuoteResult } from "./quick-quote";
import enRating from "@/messages/rating.en.json";

export interface PresentedLine {
  label: string;
  amount: string;
  kind: QuoteLine["kind"];
}

export interface PresentedQuote {
  serviceCode: string;
  serviceName: string;
  totalCents: number;
  total: string;
  subtotal: string;
  expectedDeliveryDate: string;
  deliveryText: string;
  transitText: string;
  guaranteed: boolean;
  /** Canada Post tracks the service; when it does not, `trackingNote` says so ("No tracking"). */
  tracked: boolean;
  trackingNote: string | null;
  lines: PresentedLine[];
  weightNote: string;
  laneNote: string;
  mailingNote: string;
}

/** A service as a list of choices shows it (a batch row's): name, price, date, and "No tracking" where it applies. */
export interface PresentedChoice {
  serviceCode: string;
  serviceName: string;
  totalCents: number;
  total: string;
  deliveryText: string;
  trackingNote: string | null;
}

export interface PresentedUnavailable {
  serviceCode: string;
  serviceName: string;
  reasons: string[];
}

export function serviceName(code: string, locale: AppLocale): string {
  return serviceInfo(code)?.name[locale] ?? code;
}

const OPTION_VALUE_KEYS = ["option", "a", "b", "required"] as const;
const MONEY_VALUE_KEYS = ["max"] as const;

/** One sentence for a problem: service and option codes become names, amounts money. */
export function problemText(p: RatingProblem, locale: AppLocale): string {
  const t = translator(locale, "rating");
  const values: Record<string, string | number> = { ...(p.values ?? {}) };
  if (typeof values.service === "string") values.service = serviceName(values.service, locale);
  for (const key of OPTION_VALUE_KEYS) if (typeof values[key] === "string") values[key] = t(`options.${values[key]}`);
  for (const key of MONEY_VALUE_KEYS) if (typeof values[key] === "number") values[key] = formatMoney(Number(values[key]) * 100, locale);
  if (typeof values.carrier === "string") values.carrier = t(`carriers.${values.carrier}`);
  for (const key of ["maxKg", "maxCm", "maxSideCm"]) if (typeof values[key] === "number") values[key] = formatNumber(Number(values[key]), locale);
  return t(`problems.${p.code}`, values);
}

export function carrierMessageText(m: CarrierMessage, locale: AppLocale): string {
  return problemText(m.problem, locale);
}

function weightText(grams: number, units: UnitSystem, locale: AppLocale): string {
  return `${formatNumber(gramsToDisplay(grams, units), locale)} ${units === "METRIC" ? "kg" : "lb"}`;
}

const KNOWN_LINES = new Set(Object.keys(enRating.rating.lines));
const KNOWN_OPTIONS = new Set(Object.keys(enRating.rating.options));

function lineLabel(line: QuoteLine, locale: AppLocale): string {
  const t = translator(locale, "rating");
  const percent = line.percent === undefined ? "" : formatNumber(line.percent, locale);
  switch (line.kind) {
    case "base":
      return `${serviceName(line.code, locale)}: ${t("lines.base", { rateCode: String(line.values?.rateCode ?? "") })}`;
    case "option": {
      const amount = typeof line.values?.amount === "number" ? formatMoney(line.values.amount * 100, locale) : null;
      if (line.code === "COV" && amount) return t("lines.coverage", { amount });
      if (line.code === "COD" && amount) return t("lines.cod", { amount });
      const option = !KNOWN_OPTIONS.has(line.code) && typeof line.values?.name === "string" ? line.values.name : t(`options.${line.code}`);
      return line.amountCents === 0 ? t("lines.optionIncluded", { option }) : option;
    }
    default:
      // A line a live carrier adds that Envoi has no words for: the carrier's own ("Automation discount").
      if (typeof line.values?.name === "string" && !KNOWN_LINES.has(line.code)) return line.values.name;
      return t(`lines.${line.code}`, { percent });
  }
}

const dateFormats = {
  en: new Intl.DateTimeFormat("en-CA", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
  fr: new Intl.DateTimeFormat("fr-CA", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
};
const dateFormat = (locale: AppLocale) => dateFormats[locale === "fr" ? "fr" : "en"];

export function isoDateText(date: string, locale: AppLocale): string {
  return dateFormat(locale).format(new Date(`${date}T12:00:00Z`));
}

export function presentQuote(q: Quote, locale: AppLocale, units: UnitSystem): PresentedQuote {
  const tr = translator(locale, "rates");
  const rating = translator(locale, "rating");
  const volumetric = q.volumetricWeightGrams ? `, ${tr("volumetricWeight", { weight: weightText(q.volumetricWeightGrams, units, locale) })}` : "";
  return {
    serviceCode: q.serviceCode,
    serviceName: serviceName(q.serviceCode, locale),
    totalCents: q.totalCents,
    total: formatMoney(q.totalCents, locale),
    subtotal: formatMoney(q.preTaxCents, locale),
    expectedDeliveryDate: q.expectedDeliveryDate,
    deliveryText: isoDateText(q.expectedDeliveryDate, locale),
    transitText: tr("businessDays", { count: q.transitBusinessDays }),
    guaranteed: q.guaranteed,
    tracked: isTracked(q.serviceCode),
    trackingNote: isTracked(q.serviceCode) ? null : tr("noTracking"),
    lines: q.lines.map((l) => ({ label: lineLabel(l, locale), amount: formatMoney(l.amountCents, locale), kind: l.kind })),
    weightNote: tr("billedWeight", { weight: weightText(q.billedWeightGrams, units, locale) }) + volumetric,
    laneNote: tr("laneNote", { lane: rating(`lanes.${q.lane}`) }),
    mailingNote: tr("mailing", { date: isoDateText(q.mailingDate, locale) }),
  };
}

export function presentChoice(q: Quote, locale: AppLocale): PresentedChoice {
  return {
    serviceCode: q.serviceCode,
    serviceName: serviceName(q.serviceCode, locale),
    totalCents: q.totalCents,
    total: formatMoney(q.totalCents, locale),
    deliveryText: isoDateText(q.expectedDeliveryDate, locale),
    trackingNote: isTracked(q.serviceCode) ? null : translator(locale, "rates")("noTracking"),
  };
}

export interface PresentedResult {
  quotes: PresentedQuote[];
  unavailable: PresentedUnavailable[];
  messages: string[];
  /** Problems of the request, by form field (origin, destination, weight, dimensions, options). */
  fieldProblems: Record<string, string[]>;
  sandbox: boolean;
  /** Which system priced: the offline reference carrier, or Canada Post's test or real system. */
  mode: "reference" | "sandbox" | "production";
}

export function presentResult(result: QuickQuoteResult, locale: AppLocale, units: UnitSystem): PresentedResult {
  const quotes = result.results.flatMap((r) => r.quotes.map((q) => presentQuote(q, locale, units)));
  const unavailable = result.results.flatMap((r) =>
    r.unavailable.map((u) => ({ serviceCode: u.serviceCode, serviceName: serviceName(u.serviceCode, locale), reasons: u.problems.map((p) => problemText(p, locale)) })),
  );
  const fieldProblems: Record<string, string[]> = {};
  const messages: string[] = [];
  for (const m of result.messages) {
    const text = carrierMessageText(m, locale);
    if (m.problem.field) (fieldProblems[m.problem.field] ??= []).push(text);
    else messages.push(text);
  }
  const mode = result.results[0]?.mode ?? "reference";
  return { quotes, unavailable, messages, fieldProblems, sandbox: result.results.some((r) => r.sandbox), mode };
}
