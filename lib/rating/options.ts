/**
 * Shipment options: the rules that do not depend on the service (conflicts, requirements) and the
 * ones that do (which services take them, coverage limits), and their price lines. Pure.
 */
import { problem, type RatingProblem } from "./problems";
import { MAX_COD_CENTS, type OptionPrices } from "./rules/option-prices";
import type { OptionCode, ServiceRule } from "./rules/types";

export interface ShipmentOptions {
  signature?: boolean;
  /** Total coverage wanted, in cents (0 or absent: what the service includes). */
  coverageCents?: number;
  /** Amount to collect on delivery, in cents. */
  codCents?: number;
  proofOfAge?: 18 | 19 | null;
  cardForPickup?: boolean;
  doNotSafeDrop?: boolean;
  leaveAtDoor?: boolean;
  deliverToPostOffice?: boolean;
}

/** The option codes a set of options asks for. Coverage counts only above what is included. */
export function requestedOptions(o: ShipmentOptions, includedCoverageCents = 0): OptionCode[] {
  const codes: OptionCode[] = [];
  if (o.signature) codes.push("SO");
  if ((o.coverageCents ?? 0) > includedCoverageCents) codes.push("COV");
  if ((o.codCents ?? 0) > 0) codes.push("COD");
  if (o.proofOfAge === 18) codes.push("PA18");
  if (o.proofOfAge === 19) codes.push("PA19");
  if (o.cardForPickup) codes.push("HFP");
  if (o.doNotSafeDrop) codes.push("DNS");
  if (o.leaveAtDoor) codes.push("LAD");
  if (o.deliverToPostOffice) codes.push("D2PO");
  return codes;
}

/** Pairs that cannot go together: leaving a parcel at the door defeats every hand-off option. */
export const OPTION_CONFLICTS: readonly (readonly [OptionCode, OptionCode])[] = [
  ["LAD", "SO"],
  ["LAD", "PA18"],
  ["LAD", "PA19"],
  ["LAD", "DNS"],
  ["LAD", "HFP"],
  ["LAD", "COD"],
  ["LAD", "D2PO"],
  ["HFP", "D2PO"],
  ["DNS", "D2PO"],
  ["PA18", "PA19"],
];

/**
 * Problems of the options themselves, whatever the service: bad amounts, conflicts, and options
 * that need another (additional coverage needs a signature; COD needs card for pickup or deliver
 * to post office).
 */
export function optionProblems(o: ShipmentOptions): RatingProblem[] {
  const out: RatingProblem[] = [];
  for (const [key, value] of [["coverage", o.coverageCents], ["cod", o.codCents]] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) out.push(problem("amountInvalid", "options", { option: key }));
  }
  if ((o.codCents ?? 0) > MAX_COD_CENTS) out.push(problem("codOverLimit", "options", { max: MAX_COD_CENTS / 100 }));
  const codes = new Set(requestedOptions(o, 10_000));
  for (const [a, b] of OPTION_CONFLICTS) {
    if (codes.has(a) && codes.has(b)) out.push(problem("optionsConflict", "options", { a, b }));
  }
  if (codes.has("COV") && !codes.has("SO") && !codes.has("PA18") && !codes.has("PA19")) {
    out.push(problem("optionRequires", "options", { option: "COV", required: "SO" }));
  }
  if (codes.has("COD") && !codes.has("HFP") && !codes.has("D2PO")) {
    out.push(problem("optionRequiresOneOf", "options", { option: "COD", a: "HFP", b: "D2PO" }));
  }
  return out;
}

/** Why this service cannot carry these options (an option it does not offer, coverage over its limit). */
export function serviceOptionProblems(o: ShipmentOptions, rule: ServiceRule, countryMaxCoverageCents: number | null = null): RatingProblem[] {
  const out: RatingProblem[] = [];
  const offered = new Set(rule.options);
  for (const code of requestedOptions(o, rule.includedCoverageCents)) {
    if (code === "SO" && rule.signatureIncluded) continue;
    if (!offered.has(code)) out.push(problem("optionNotOffered", "options", { option: code, service: rule.code }));
  }
  const coverage = o.coverageCents ?? 0;
  const max = countryMaxCoverageCents === null ? rule.maxCoverageCents : Math.min(rule.maxCoverageCents, countryMaxCoverageCents);
  if (coverage > rule.includedCoverageCents && offered.has("COV") && coverage > max) {
    out.push(problem("coverageOverLimit", "options", { service: rule.code, max: max / 100 }));
  }
  return out;
}

export interface OptionLine {
  code: OptionCode;
  amountCents: number;
  /** Shown with the line: the coverage amount, the COD amount... */
  values?: Readonly<Record<string, number>>;
}

/**
 * One line per option, in Canada Post's order; included options cost 0 and still show. Assumes the
 * options passed optionProblems and serviceOptionProblems.
 */
export function optionLines(o: ShipmentOptions, rule: ServiceRule, prices: OptionPrices): OptionLine[] {
  const lines: OptionLine[] = [];
  if (o.signature || (rule.signatureIncluded && (o.coverageCents ?? 0) > rule.includedCoverageCents)) {
    lines.push({ code: "SO", amountCents: rule.signatureIncluded ? 0 : prices.signature });
  }
  const coverage = o.coverageCents ?? 0;
  if (coverage > 0 && rule.options.includes("COV")) {
    let amount = 0;
    let above = coverage - rule.includedCoverageCents;
    if (rule.includedCoverageCents === 0) {
      amount += prices.coverageFirst100RegularParcel;
      above = coverage - 10_000;
    }
    if (above > 0) amount += Math.ceil(above / 10_000) * prices.coveragePer100;
    lines.push({ code: "COV", amountCents: amount, values: { amount: coverage / 100 } });
  }
  if ((o.codCents ?? 0) > 0) lines.push({ code: "COD", amountCents: prices.cod, values: { amount: (o.codCents ?? 0) / 100 } });
  if (o.proofOfAge === 18) lines.push({ code: "PA18", amountCents: prices.proofOfAge });
  if (o.proofOfAge === 19) lines.push({ code: "PA19", amountCents: prices.proofOfAge });
  if (o.cardForPickup) lines.push({ code: "HFP", amountCents: 0 });
  if (o.doNotSafeDrop) lines.push({ code: "DNS", amountCents: 0 });
  if (o.leaveAtDoor) lines.push({ code: "LAD", amountCents: 0 });
  if (o.deliverToPostOffice) lines.push({ code: "D2PO", amountCents: 0 });
  return lines;
}
