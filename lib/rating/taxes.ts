/** Tax lines of a quote. Pure. */
import type { Province } from "./calendar";
import type { Destination } from "./services";
import { ABROAD_TAX_FREE_FROM_CENTS, taxRates } from "./rules/tax-rates";

export interface TaxLine {
  kind: "tax";
  code: "GST" | "HST" | "QST";
  amountCents: number;
  percent: number;
}

/**
 * GST/HST (and QST in Quebec) on the pre-tax amount: by destination province within Canada; none
 * on USA and international items of $5 or more, and the origin province's taxes below that.
 */
export function taxLines(preTaxCents: number, destination: Destination, destinationProvince: Province, originProvince: Province, day: string): TaxLine[] {
  let province = destinationProvince;
  if (destination !== "domestic") {
    if (preTaxCents >= ABROAD_TAX_FREE_FROM_CENTS) return [];
    province = originProvince;
  }
  const rates = taxRates(province, day);
  const lines: TaxLine[] = [];
  const add = (code: TaxLine["code"], percent: number | undefined) => {
    if (percent) lines.push({ kind: "tax", code, amountCents: Math.round((preTaxCents * percent) / 100), percent });
  };
  add("GST", rates.gst);
  add("HST", rates.hst);
  add("QST", rates.qst);
  return lines;
}
