/**
 * Rating on the fake server: Discover Services (GET /rs/ship/service), Get Service and Get Option
 * (the links those answers carry), and Get Rates (POST /rs/ship/price) priced by Envoi's engine.
 * A commercial quote needs the account's customer number (and its contract id, if given); a
 * "counter" quote must not carry them, as Canada Post requires.
 */
import { OPTION_CONFLICTS } from "@/lib/rating/options";
import { serviceRule } from "@/lib/rating/rules/services";
import { SERVICES as RATING_SERVICES, serviceInfo, type Destination } from "@/lib/rating/services";
import { message } from "./messages";
import { DEFAULT_SIDE_MM, price } from "./pricing";
import { priceQuote, optionName } from "./quote-xml";
import { messagesAnswer, refuse, xmlAnswer, type Ctx, type Route } from "./routing";
import { el, elAttrs, kid, kids, leaf, txt, type XNode } from "./xml";

const RATE = "application/vnd.cpc.ship.rate-v4+xml";

const destinationOf = (country: string): Destination => (country === "CA" ? "domestic" : country === "US" ? "usa" : "international");

/** Centimetres (one decimal) to millimetres; kilograms to grams. */
const mm = (cm: string | null) => (cm === null ? DEFAULT_SIDE_MM : Math.round(Number(cm) * 10));
const grams = (kg: string | null) => Math.round(Number(kg ?? "0") * 1000);

function discover(ctx: Ctx) {
  const country = ctx.query.get("country")?.toUpperCase() ?? null;
  const services = RATING_SERVICES.filter((s) => !country || s.destination === destinationOf(country));
  return xmlAnswer(
    "rate",
    "discovery",
    el(
      "services",
      ...services.map((s) =>
        el("service", leaf("service-code", s.code), leaf("service-name", s.name[ctx.lang]), elAttrs("link", { href: `${ctx.baseUrl}/rs/ship/service/${s.code}${country ? `?country=${country}` : ""}`, rel: "service", "media-type": RATE })),
      ),
    ),
  );
}

const range = (name: string, max: number | null) => (max === null ? elAttrs(name, { min: "0.1", max: "999.9" }) : elAttrs(name, { min: "0.1", max: max / 10 }));

function getService(ctx: Ctx) {
  const code = ctx.params.code!;
  const info = serviceInfo(code);
  const rule = serviceRule(code);
  if (!info || !rule) return refuse(ctx, 400, "badService", { service: code });
  const qualified = (o: string) => o === "COV" || o === "COD" || o === "D2PO";
  const qualifierMax = (o: string) => (o === "COV" ? rule.maxCoverageCents / 100 : o === "COD" ? 5000 : null);
  return xmlAnswer(
    "rate",
    "discovery",
    el(
      "service",
      leaf("service-code", code),
      leaf("service-name", info.name[ctx.lang]),
      rule.options.length > 0 &&
        el(
          "options",
          ...rule.options.map((o) =>
            el(
              "option",
              leaf("option-code", o),
              leaf("option-name", optionName(o, ctx.lang)),
              elAttrs("link", { href: `${ctx.baseUrl}/rs/ship/option/${o}`, rel: "option", "media-type": RATE }),
              leaf("mandatory", false),
              leaf("qualifier-required", qualified(o)),
              leaf("qualifier-max", qualifierMax(o)),
            ),
          ),
        ),
      el(
        "restrictions",
        elAttrs("weight-restriction", { min: 0, max: rule.maxWeightGrams }),
        el(
          "dimensional-restrictions",
          range("length", rule.maxSideMm),
          range("width", rule.maxSideMm),
          range("height", rule.maxSideMm),
          leaf("length-plus-girth-max", rule.maxLengthGirthMm === null ? null : rule.maxLengthGirthMm / 10),
          leaf("length-height-width-sum-max", rule.maxSumOfSidesMm === null ? null : rule.maxSumOfSidesMm / 10),
        ),
        leaf("can-ship-in-mailing-tube", rule.kind === "parcel"),
        leaf("can-ship-unpackaged", false),
        leaf("allowed-as-return-service", rule.destination === "domestic"),
      ),
    ),
  );
}

const PREREQUISITES: Record<string, string[]> = { COV: ["SO"], COD: ["HFP", "D2PO"] };
const NON_DELIVERY = new Set(["HFP", "DNS", "LAD", "RASE", "RTS", "ABAN"]);

function getOption(ctx: Ctx) {
  const code = ctx.params.code!;
  const name = optionName(code, ctx.lang);
  if (name === code) return refuse(ctx, 400, "unknownOption", { option: code });
  const conflicts = OPTION_CONFLICTS.flatMap(([a, b]) => (a === code ? [b] : b === code ? [a] : []));
  const prerequisites = PREREQUISITES[code] ?? [];
  return xmlAnswer(
    "rate",
    "discovery",
    el(
      "option",
      leaf("option-code", code),
      leaf("option-name", name),
      leaf("option-class", NON_DELIVERY.has(code) ? "NDI" : "FEAT"),
      leaf("prints-on-label", true),
      leaf("qualifier-required", code === "COV" || code === "COD" || code === "D2PO"),
      conflicts.length > 0 && el("conflicting-options", ...conflicts.map((c) => leaf("option-code", c))),
      prerequisites.length > 0 && el("prerequisite-options", ...prerequisites.map((c) => leaf("option-code", c))),
    ),
  );
}

/** The destination of a mailing-scenario: country and postal/ZIP code. */
function destination(node: XNode | undefined): { country: string; postalCode: string | null } {
  const domestic = kid(node, "domestic");
  if (domestic) return { country: "CA", postalCode: txt(domestic, "postal-code") };
  const us = kid(node, "united-states");
  if (us) return { country: "US", postalCode: txt(us, "zip-code") };
  const intl = kid(node, "international");
  return { country: (txt(intl, "country-code") ?? "").toUpperCase(), postalCode: txt(intl, "postal-code") };
}

function getRates(ctx: Ctx) {
  const b = ctx.body!;
  const customer = txt(b, "customer-number");
  const contract = txt(b, "contract-id");
  const quoteType = txt(b, "quote-type") ?? "commercial";
  if (quoteType === "counter" && (customer || contract)) return refuse(ctx, 400, "counterWithCustomer");
  if (quoteType === "commercial" && !customer) return refuse(ctx, 400, "customerRequired");
  if (customer && customer !== ctx.account.customerNumber && !ctx.account.moboCustomerNumbers.includes(customer)) return refuse(ctx, 403, "notYourCustomer");
  if (contract && contract !== ctx.account.contractNumber) return refuse(ctx, 400, "badContract");

  const parcel = kid(b, "parcel-characteristics");
  const dims = kid(parcel, "dimensions");
  const to = destination(kid(b, "destination"));
  const services = kids(kid(b, "services"), "service-code").map((s) => s.text);
  const priced = price(
    {
      customerType: quoteType === "counter" ? "consumer" : "small_business",
      originPostalCode: txt(b, "origin-postal-code") ?? "",
      destination: to,
      parcel: { weightGrams: grams(txt(parcel, "weight")), lengthMm: mm(txt(dims, "length")), widthMm: mm(txt(dims, "width")), heightMm: mm(txt(dims, "height")) },
      options: kids(kid(b, "options"), "option").map((o) => ({ code: txt(o, "option-code") ?? "", amount: txt(o, "option-amount") === null ? null : Number(txt(o, "option-amount")) })),
      mailingDate: txt(b, "expected-mailing-date"),
      now: ctx.now,
      services: services.length > 0 ? services : null,
    },
    ctx.lang,
  );
  if (!priced.ok) return messagesAnswer(priced.status, priced.messages);
  if (priced.result.quotes.length === 0) return messagesAnswer(400, [message("noServices", ctx.lang)]);
  return xmlAnswer("rate", "rating", el("price-quotes", ...priced.result.quotes.map((q) => priceQuote(q, ctx.lang, ctx.baseUrl, to.country))));
}

export const RATING_ROUTES: Route[] = [
  { method: "GET", pattern: /^\/rs\/ship\/service$/, operation: "discoverServices", group: "rating", service: "rate", handle: discover },
  { method: "GET", pattern: /^\/rs\/ship\/service\/(?<code>[A-Z0-9.]+)$/, operation: "getService", group: "rating", service: "rate", handle: getService },
  { method: "GET", pattern: /^\/rs\/ship\/option\/(?<code>[A-Z0-9]+)$/, operation: "getOption", group: "rating", service: "rate", handle: getOption },
  { method: "POST", pattern: /^\/rs\/ship\/price$/, operation: "getRates", group: "rating", service: "rate", body: { schema: "rating", root: "mailing-scenario" }, handle: getRates },
];
