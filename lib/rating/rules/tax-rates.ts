/**
 * Sales taxes on postage, by province, as dated data in percent (rules/SOURCE.md). Domestic
 * items are taxed by destination province; USA and international items are not taxed unless their
 * price is under $5, and then as a supply in the origin province.
 */
import { inEffect } from "./dated";
import type { Dated } from "./types";
import type { Province } from "../calendar";

export interface ProvinceTaxes {
  gst?: number;
  hst?: number;
  /** Quebec sales tax, charged with the GST on services supplied in Quebec. */
  qst?: number;
}

const GST = { gst: 5 } as const;

export const TAX_RATES: Readonly<Record<Province, readonly Dated<ProvinceTaxes>[]>> = {
  AB: [{ from: "2008-01-01", value: GST }],
  BC: [{ from: "2013-04-01", value: GST }],
  MB: [{ from: "2008-01-01", value: GST }],
  SK: [{ from: "2008-01-01", value: GST }],
  NT: [{ from: "2008-01-01", value: GST }],
  NU: [{ from: "2008-01-01", value: GST }],
  YT: [{ from: "2008-01-01", value: GST }],
  QC: [{ from: "2013-01-01", value: { gst: 5, qst: 9.975 } }],
  ON: [{ from: "2010-07-01", value: { hst: 13 } }],
  NB: [{ from: "2016-07-01", value: { hst: 15 } }],
  NL: [{ from: "2016-07-01", value: { hst: 15 } }],
  PE: [{ from: "2016-10-01", value: { hst: 15 } }],
  NS: [
    { from: "2010-07-01", value: { hst: 15 } },
    { from: "2025-04-01", value: { hst: 14 } },
  ],
};

export function taxRates(province: Province, day: string): ProvinceTaxes {
  return inEffect(TAX_RATES[province], day);
}

/** USA and international items priced at $5 or more carry no tax. */
export const ABROAD_TAX_FREE_FROM_CENTS = 500;
