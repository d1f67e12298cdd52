/**
 * A quote of the rating engine written as Canada Post writes prices: a `price-quote` of Get
 * Rates (base, taxes with their percent, due, options, adjustments such as the fuel surcharge,
 * service standard), and the amounts of a shipment's price and receipt.
 */
import type { Quote, QuoteLine } from "@/lib/rating/quote";
import { serviceInfo } from "@/lib/rating/services";
import type { Lang } from "./messages";
import { money } from "./routing";
import { el, elAttrs, leaf, leafAttrs, type XNode } from "./xml";

const OPTION_NAMES: Record<string, { en: string; fr: string }> = {
  SO: { en: "Signature", fr: "Signature" },
  COV: { en: "Coverage", fr: "Protection" },
  COD: { en: "Collect on delivery", fr: "Contre remboursement" },
  PA18: { en: "Proof of Age Required - 18", fr: "Preuve d'âge requise - 18" },
  PA19: { en: "Proof of Age Required - 19", fr: "Preuve d'âge requise - 19" },
  HFP: { en: "Card for pickup", fr: "Carte pour ramassage" },
  DNS: { en: "Do not safe drop", fr: "Ne pas laisser en lieu sûr" },
  LAD: { en: "Leave at door - do not card", fr: "Laisser à la porte - pas de carte" },
  D2PO: { en: "Deliver to Post Office", fr: "Livraison au bureau de poste" },
  DC: { en: "Delivery confirmation", fr: "Confirmation de livraison" },
  RASE: { en: "Return at sender's expense", fr: "Retour aux frais de l'expéditeur" },
  RTS: { en: "Return to sender", fr: "Retour à l'expéditeur" },
  ABAN: { en: "Abandon", fr: "Abandonner" },
};

export function optionName(code: string, lang: Lang): string {
  return OPTION_NAMES[code]?.[lang] ?? code;
}

/** The engine's surcharge and fuel lines as Canada Post's adjustment codes (at most 10 characters). */
const ADJUSTMENTS: Record<string, { code: string; en: string; fr: string }> = {
  FUEL: { code: "FUELSC", en: "Fuel surcharge", fr: "Supplément pour carburant" },
  OVERSIZE: { code: "OVERSZSC", en: "Oversized surcharge", fr: "Supplément pour colis surdimensionné" },
  ALASKA_HAWAII: { code: "AKHISC", en: "Alaska/Hawaii surcharge", fr: "Supplément Alaska/Hawaï" },
};

export interface PriceParts {
  baseCents: number;
  options: { code: string; cents: number }[];
  adjustments: { code: string; name: { en: string; fr: string }; cents: number; percent: number | null }[];
  preTaxCents: number;
  taxes: { gst: { cents: number; percent: number | null }; pst: { cents: number; percent: number | null }; hst: { cents: number; percent: number | null } };
  dueCents: number;
  /** Billed weight in kg. */
  ratedWeightKg: string;
}

const sumOf = (lines: readonly QuoteLine[]) => lines.reduce((t, l) => t + l.amountCents, 0);

export function priceParts(quote: Quote): PriceParts {
  const base = quote.lines.filter((l) => l.kind === "base");
  const tax = (code: string) => {
    const lines = quote.lines.filter((l) => l.kind === "tax" && l.code === code);
    return { cents: sumOf(lines), percent: lines[0]?.percent ?? null };
  };
  const gst = tax("GST");
  const hst = tax("HST");
  // Quebec's QST goes where Canada Post puts provincial tax.
  const pst = tax("QST");
  return {
    baseCents: sumOf(base),
    options: quote.lines.filter((l) => l.kind === "option").map((l) => ({ code: l.code, cents: l.amountCents })),
    adjustments: quote.lines
      .filter((l) => l.kind === "fuel" || l.kind === "surcharge")
      .map((l) => {
        const a = ADJUSTMENTS[l.code] ?? { code: l.code.slice(0, 10), en: l.code, fr: l.code };
        return { code: a.code, name: { en: a.en, fr: a.fr }, cents: l.amountCents, percent: l.percent ?? null };
      }),
    preTaxCents: quote.preTaxCents,
    taxes: { gst, pst, hst },
    dueCents: quote.totalCents,
    ratedWeightKg: (quote.billedWeightGrams / 1000).toFixed(3),
  };
}

const taxElement = (name: string, t: { cents: number; percent: number | null }) =>
  t.percent ? leafAttrs(name, { percent: Math.round(t.percent * 1000) / 1000 }, money(t.cents)) : leaf(name, money(t.cents));

/** One `price-quote` of a Get Rates answer. */
export function priceQuote(quote: Quote, lang: Lang, baseUrl: string, country: string): XNode {
  const p = priceParts(quote);
  const name = serviceInfo(quote.serviceCode)?.name[lang] ?? quote.serviceCode;
  return el(
    "price-quote",
    leaf("service-code", quote.serviceCode),
    elAttrs("service-link", { rel: "service", href: `${baseUrl}/rs/ship/service/${quote.serviceCode}?country=${country}`, "media-type": "application/vnd.cpc.ship.rate-v4+xml" }),
    leaf("service-name", name),
    el(
      "price-details",
      leaf("base", money(p.baseCents)),
      el("taxes", taxElement("gst", p.taxes.gst), taxElement("pst", p.taxes.pst), taxElement("hst", p.taxes.hst)),
      leaf("due", money(p.dueCents)),
      p.options.length > 0 && el("options", ...p.options.map((o) => el("option", leaf("option-code", o.code), leaf("option-name", optionName(o.code, lang)), leaf("option-price", money(o.cents))))),
      p.adjustments.length > 0 &&
        el(
          "adjustments",
          ...p.adjustments.map((a) =>
            el("adjustment", leaf("adjustment-code", a.code), leaf("adjustment-name", a.name[lang]), leaf("adjustment-cost", money(a.cents)), a.percent !== null && el("qualifier", leaf("percent", a.percent))),
          ),
        ),
    ),
    el("weight-details", quote.volumetricWeightGrams !== null && leaf("cubed-weight", (quote.volumetricWeightGrams / 1000).toFixed(3))),
    el(
      "service-standard",
      leaf("am-delivery", false),
      leaf("guaranteed-delivery", quote.guaranteed),
      leaf("expected-transit-time", quote.transitBusinessDays),
      leaf("expected-delivery-date", quote.expectedDeliveryDate),
    ),
  );
}

/** The amounts of a shipment's price or receipt (the elements shared by shipment-v8 and ncshipment-v4). */
export function pricedOptions(p: PriceParts): XNode | null {
  return p.options.length > 0 ? el("priced-options", ...p.options.map((o) => el("priced-option", leaf("option-code", o.code), leaf("option-price", money(o.cents))))) : null;
}

export function adjustmentAmounts(p: PriceParts): XNode | null {
  return p.adjustments.length > 0 ? el("adjustments", ...p.adjustments.map((a) => el("adjustment", leaf("adjustment-code", a.code), leaf("adjustment-amount", money(a.cents))))) : null;
}
