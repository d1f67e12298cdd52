/**
 * POST /api/v1/rates: every service for one parcel, the checkout call. Answers from a short
 * in-process cache when the same business asks the same thing again within a minute (a shop's
 * checkout page asks again on every refresh); prices and delivery dates do not move in a minute.
 * A different parcel is rated, with what the business's quote needs read at most every 10 s.
 */
import { z } from "zod";
import { FieldsError } from "@/lib/errors";
import { quickQuote, type QuickQuoteResult, type QuoteContext } from "@/lib/rates/quick-quote";
import type { QuickQuoteInput } from "@/lib/rates/quick-quote-schema";
import { problemText, serviceName } from "@/lib/rates/present";
import { isTracked } from "@/lib/rating/services";
import type { AppLocale } from "@/lib/i18n/locales";
import { endpoint } from "../endpoint";
import { ApiFieldsError } from "../errors";
import { canonicalJson } from "../handle";
import { RateCache } from "../rate-cache";
import { FieldError, Id, IsoDate, Money, money, Parcel } from "../schemas/common";

export const Options = z
  .object({
    signature: z.boolean().default(false),
    coverage: z.number().int().min(0).max(500_000).default(0).meta({ description: "Declared value to cover, in cents." }),
    cod: z.number().int().min(0).max(100_000).default(0).meta({ description: "Amount to collect on delivery, in cents." }),
    proofOfAge: z.union([z.literal(18), z.literal(19)]).nullable().default(null),
    cardForPickup: z.boolean().default(false),
    doNotSafeDrop: z.boolean().default(false),
    leaveAtDoor: z.boolean().default(false),
    deliverToPostOffice: z.boolean().default(false),
  })
  .meta({ id: "Options", description: "Delivery options; every one off unless said." });

export const RateRequest = z
  .object({
    from: z
      .object({
        locationId: Id.optional().meta({ description: "One of the business's ship-from locations." }),
        postalCode: z.string().max(7).optional().meta({ description: "Or a Canadian postal code.", example: "H2X 1Y4" }),
      })
      .meta({ description: "Where the parcel leaves from: a location id or a postal code." }),
    to: z.object({
      country: z.string().length(2).toUpperCase().default("CA").meta({ description: "ISO 3166 code.", example: "CA" }),
      postalCode: z.string().max(10).optional().meta({ example: "V6B 1A1" }),
      state: z.string().length(2).toUpperCase().optional().meta({ description: "US state (required for the USA)." }),
    }),
    parcel: Parcel.optional(),
    templateId: Id.optional().meta({ description: "A parcel template of the business, instead of `parcel`." }),
    options: Options.default({ signature: false, coverage: 0, cod: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false }),
    shipDate: IsoDate.optional().meta({ description: "The mailing day; today unless said." }),
  })
  .superRefine((v, ctx) => {
    if (!v.from.locationId && !v.from.postalCode) ctx.addIssue({ code: "custom", path: ["from", "postalCode"], message: "required" });
    if (!v.parcel && !v.templateId) ctx.addIssue({ code: "custom", path: ["parcel"], message: "required" });
    if (v.to.country === "CA" && !v.to.postalCode) ctx.addIssue({ code: "custom", path: ["to", "postalCode"], message: "required" });
    if (v.to.country === "US" && !v.to.state) ctx.addIssue({ code: "custom", path: ["to", "state"], message: "required" });
  })
  .meta({ id: "RateRequest" });

const Rate = z
  .object({
    carrier: z.enum(["reference", "canadapost"]),
    service: z.object({ code: z.string().meta({ example: "DOM.EP" }), name: z.string().meta({ example: "Expedited Parcel" }) }),
    price: Money,
    priceBeforeTax: Money,
    tax: Money,
    lines: z.array(z.object({ kind: z.enum(["base", "option", "surcharge", "fuel", "tax"]), code: z.string(), amount: Money })),
    billedWeightGrams: z.number().int(),
    mailingDate: IsoDate,
    expectedDelivery: IsoDate,
    transitBusinessDays: z.number().int(),
    guaranteed: z.boolean(),
    tracked: z.boolean().meta({ description: "False for services Canada Post does not track: no tracking events will follow." }),
  })
  .meta({ id: "Rate" });

export const RateResponse = z
  .object({
    mode: z.enum(["reference", "sandbox", "production"]).meta({ description: "Which system priced: the offline reference carrier, Canada Post's sandbox, or production." }),
    rates: z.array(Rate).meta({ description: "Cheapest first." }),
    unavailable: z.array(z.object({ service: z.object({ code: z.string(), name: z.string() }), reasons: z.array(z.string()) })),
    messages: z.array(FieldError.partial({ param: true })).meta({ description: "What the carriers said about the request, in the caller's language." }),
  })
  .meta({ id: "RateResponse" });

/** API fields of the quick quote's problems. */
const PARAM: Record<string, string> = {
  from: "from.locationId",
  fromPostalCode: "from.postalCode",
  postalCode: "to.postalCode",
  state: "to.state",
  template: "templateId",
  origin: "from.postalCode",
  destination: "to.postalCode",
  weight: "parcel.weightGrams",
  dimensions: "parcel.lengthMm",
  options: "options",
};

export function toQuoteInput(body: z.output<typeof RateRequest>): QuickQuoteInput {
  const p = body.parcel;
  const o = body.options;
  return {
    from: body.from.locationId ?? "",
    fromPostalCode: body.from.postalCode ?? "",
    destination: { country: body.to.country, postalCode: body.to.postalCode || null, state: body.to.state || null },
    templateId: body.templateId ?? null,
    units: "METRIC",
    parcel: { lengthMm: p?.lengthMm ?? null, widthMm: p?.widthMm ?? null, heightMm: p?.heightMm ?? null, weightGrams: p?.weightGrams ?? null },
    options: { signature: o.signature, coverageCents: o.coverage, codCents: o.cod, proofOfAge: o.proofOfAge, cardForPickup: o.cardForPickup, doNotSafeDrop: o.doNotSafeDrop, leaveAtDoor: o.leaveAtDoor, deliverToPostOffice: o.deliverToPostOffice },
    shipDate: body.shipDate ?? null,
  } as QuickQuoteInput;
}

function present(result: QuickQuoteResult, locale: AppLocale): z.input<typeof RateResponse> {
  const rates = result.results
    .flatMap((r) =>
      r.quotes.map((q) => ({
        carrier: r.carrier,
        service: { code: q.serviceCode, name: serviceName(q.serviceCode, locale) },
        price: money(q.totalCents),
        priceBeforeTax: money(q.preTaxCents),
        tax: money(q.taxCents),
        lines: q.lines.map((l) => ({ kind: l.kind, code: l.code, amount: money(l.amountCents) })),
        billedWeightGrams: q.billedWeightGrams,
        mailingDate: q.mailingDate,
        expectedDelivery: q.expectedDeliveryDate,
        transitBusinessDays: q.transitBusinessDays,
        guaranteed: q.guaranteed,
        tracked: isTracked(q.serviceCode),
      })),
    )
    .sort((a, b) => a.price.amount - b.price.amount);
  const unavailable = result.results.flatMap((r) => r.unavailable.map((u) => ({ service: { code: u.serviceCode, name: serviceName(u.serviceCode, locale) }, reasons: u.problems.map((p) => problemText(p, locale)) })));
  const messages = result.messages.map((m) => ({ ...(m.problem.field ? { param: PARAM[m.problem.field] ?? m.problem.field } : {}), code: m.problem.code, message: problemText(m.problem, locale) }));
  return { mode: result.results[0]?.mode ?? "reference", rates, unavailable, messages };
}

const cache = new RateCache<z.input<typeof RateResponse>>();
/**
 * What a quote reads of the business (price list type, ship-from location, template, carrier
 * account), kept 10 s: a checkout asking many times a second reads it once, and a change reaches
 * the checkout within 10 s.
 */
const contexts = new RateCache<QuoteContext>(10_000, 1_000);

export const getRates = endpoint({
  id: "getRates",
  method: "POST",
  path: "/rates",
  access: "rates",
  tag: "Rates",
  summary: "Rates and delivery dates of every service for one parcel",
  description:
    "The checkout call. Prices are in cents and include taxes; `lines` itemises them. A storefront key (rates scope) may call it. The same request from the same business within a minute is answered from a cache, and a change to the business's locations, templates or carrier account reaches this call within 10 seconds. A request no service can carry (a parcel over every limit) is answered with 422 and each problem.",
  body: RateRequest,
  response: RateResponse,
  idempotent: false,
  errors: [400, 422],
  async run({ actor, body, locale }) {
    const key = `${actor.businessId}:${actor.apiKey.mode}:${locale}:${new Date().toISOString().slice(0, 10)}:${canonicalJson(body)}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let result: QuickQuoteResult;
    try {
      result = await quickQuote(actor, toQuoteInput(body), new Date(), { contexts });
    } catch (e) {
      if (e instanceof FieldsError) throw new FieldsError(e.namespace, Object.fromEntries(Object.entries(e.problems).map(([f, p]) => [PARAM[f] ?? f, p])));
      throw e;
    }
    const answer = present(result, locale);
    // Problems with the request itself and nothing to offer: the caller's input is refused.
    const fieldProblems = result.messages.filter((m) => m.problem.field);
    if (answer.rates.length === 0 && fieldProblems.length > 0) {
      throw new ApiFieldsError(fieldProblems.map((m) => ({ param: PARAM[m.problem.field!] ?? m.problem.field!, code: m.problem.code, message: problemText(m.problem, locale) })));
    }
    cache.set(key, answer);
    return answer;
  },
});
