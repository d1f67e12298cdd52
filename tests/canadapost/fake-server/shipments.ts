/**
 * Non-contract shipments on the fake server (ncshipment-v4): create (POST /rs/{customer}/ncshipment),
 * list, get, details, receipt, and the refund request that stands for a void. A customer with a
 * contract is refused (9173: contract customers use /rs/{customer}/{mobo}/shipment). Labels come
 * on 8.5x11 paper, as Canada Post prints non-contract labels.
 */
import { artifactHref, ownShipment, priceSpec, readSpec, recordShipment } from "./delivery-spec";
import { adjustmentAmounts, priceParts, pricedOptions } from "./quote-xml";
import { eastern, money, notFound, refuse, xmlAnswer, type Ctx, type Route } from "./routing";
import type { StoredShipment } from "./store";
import { currentStage } from "./tracking";
import { el, elAttrs, kid, leaf, txt } from "./xml";

const NC = "application/vnd.cpc.ncshipment-v4+xml";

function base(ctx: Ctx, s: StoredShipment) {
  return `${ctx.baseUrl}/rs/${s.customer}/ncshipment/${s.id}`;
}

function info(ctx: Ctx, s: StoredShipment) {
  const href = base(ctx, s);
  return el(
    "non-contract-shipment-info",
    leaf("shipment-id", s.id),
    leaf("tracking-pin", s.pin),
    el(
      "links",
      elAttrs("link", { rel: "self", href, "media-type": NC }),
      elAttrs("link", { rel: "details", href: `${href}/details`, "media-type": NC }),
      elAttrs("link", { rel: "receipt", href: `${href}/receipt`, "media-type": NC }),
      elAttrs("link", { rel: "refund", href: `${href}/refund`, "media-type": NC }),
      elAttrs("link", { rel: "label", href: artifactHref(ctx, s.artifacts.label), index: 0, "media-type": "application/pdf" }),
      s.artifacts.commercialInvoice !== null && elAttrs("link", { rel: "commercialInvoice", href: artifactHref(ctx, s.artifacts.commercialInvoice), index: 0, "media-type": "application/pdf" }),
    ),
  );
}

function create(ctx: Ctx) {
  if (ctx.account.contractNumber) return refuse(ctx, 400, "useContractShipping");
  const spec = kid(ctx.body!, "delivery-spec")!;
  const facts = readSpec(spec);
  const priced = priceSpec(ctx, facts, "small_business", null);
  if (!priced.ok) return priced.answer;
  const s = recordShipment(ctx, {
    kind: "nc",
    customer: ctx.params.customer!,
    mobo: null,
    serviceCode: facts.serviceCode,
    sender: facts.sender,
    destination: facts.destination,
    request: ctx.body!,
    quote: priced.quote,
    customerType: "small_business",
    labelFormat: "8.5x11",
    encoding: "PDF",
    status: "created",
    groupId: null,
    paymentMethod: "CreditCard",
    references: facts.references,
  });
  return xmlAnswer("ncshipment", "ncshipment", info(ctx, s));
}

function get(ctx: Ctx) {
  const s = ownShipment(ctx, "nc");
  return s ? xmlAnswer("ncshipment", "ncshipment", info(ctx, s)) : notFound();
}

/** "YYYYMMDDHHmm" (Eastern time, as Canada Post reads it) to a Date. */
function stamp(value: string | null): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value ?? "");
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00-05:00`) : null;
}

function list(ctx: Ctx) {
  const pin = ctx.query.get("trackingPIN");
  const from = stamp(ctx.query.get("from"));
  const to = stamp(ctx.query.get("to")) ?? ctx.now;
  if (!pin && !from) return refuse(ctx, 400, "missingParameter", { name: "from" });
  const found = [...ctx.state.shipments.values()].filter(
    (s) => s.kind === "nc" && s.username === ctx.account.username && s.customer === ctx.params.customer && (pin ? s.pin === pin : s.createdAt >= from! && s.createdAt <= to),
  );
  return xmlAnswer("ncshipment", "ncshipment", el("non-contract-shipments", ...found.map((s) => elAttrs("link", { rel: "shipment", href: base(ctx, s), "media-type": NC }))));
}

const refundInfo = (s: StoredShipment) => s.refund && el("refund-request-info", leaf("service-ticket-date", s.refund.date), leaf("service-ticket-id", s.refund.ticketId));

function details(ctx: Ctx) {
  const s = ownShipment(ctx, "nc");
  if (!s) return notFound();
  return xmlAnswer(
    "ncshipment",
    "ncshipment",
    el(
      "non-contract-shipment-details",
      leaf("final-shipping-point", txt(s.request, "requested-shipping-point") ?? s.sender.postalCode),
      leaf("tracking-pin", s.pin),
      kid(s.request, "delivery-spec"),
      refundInfo(s),
    ),
  );
}

function receipt(ctx: Ctx) {
  const s = ownShipment(ctx, "nc");
  if (!s) return notFound();
  const p = priceParts(s.quote);
  return xmlAnswer(
    "ncshipment",
    "ncshipment",
    el(
      "non-contract-shipment-receipt",
      leaf("final-shipping-point", txt(s.request, "requested-shipping-point") ?? s.sender.postalCode),
      leaf("shipping-point-name", `${s.sender.city.slice(0, 20)} Post Office`),
      leaf("shipping-point-id", "0001"),
      leaf("mailed-by-customer", s.customer),
      leaf("service-code", s.serviceCode),
      leaf("rated-weight", p.ratedWeightKg),
      leaf("base-amount", money(p.baseCents)),
      leaf("pre-tax-amount", money(p.preTaxCents)),
      leaf("gst-amount", money(p.taxes.gst.cents)),
      leaf("pst-amount", money(p.taxes.pst.cents)),
      leaf("hst-amount", money(p.taxes.hst.cents)),
      pricedOptions(p),
      adjustmentAmounts(p),
      el(
        "cc-receipt-details",
        leaf("merchant-name", "Canada Post Corporation"),
        leaf("merchant-url", "https://www.canadapost-postescanada.ca"),
        leaf("name-on-card", "ENVOI TEST"),
        leaf("auth-code", s.id.slice(-6)),
        leaf("auth-timestamp", s.createdAt.toISOString()),
        leaf("card-type", "VIS"),
        leaf("charge-amount", money(p.dueCents)),
        leaf("currency", "CAD"),
        leaf("transaction-type", "Sale"),
      ),
      el(
        "service-standard",
        leaf("am-delivery", false),
        leaf("guaranteed-delivery", s.quote.guaranteed),
        leaf("expected-transit-time", s.quote.transitBusinessDays),
        leaf("expected-delivery-date", s.quote.expectedDeliveryDate),
      ),
    ),
  );
}

/** A refund is refused once requested, or once the item is in the mail. */
export function refundRefusal(ctx: Ctx, s: StoredShipment) {
  if (s.refund) return refuse(ctx, 409, "refundAlreadyRequested");
  if (currentStage(ctx.control, s, ctx.now) !== "created") return refuse(ctx, 400, "alreadyMailed");
  return null;
}

function refund(ctx: Ctx) {
  const s = ownShipment(ctx, "nc");
  if (!s) return notFound();
  const refused = refundRefusal(ctx, s);
  if (refused) return refused;
  s.refund = { ticketId: ctx.state.newTicketId(), date: eastern(ctx.now) };
  return xmlAnswer(
    "ncshipment",
    "ncshipment",
    el("non-contract-shipment-refund-request-info", leaf("service-ticket-date", s.refund.date), leaf("service-ticket-id", s.refund.ticketId)),
  );
}

const ID = "(?<customer>\\d{1,10})\\/ncshipment";
export const NC_SHIPMENT_ROUTES: Route[] = [
  { method: "POST", pattern: new RegExp(`^\\/rs\\/${ID}$`), operation: "createNcShipment", group: "shipments", service: "ncshipment", body: { schema: "ncshipment", root: "non-contract-shipment" }, handle: create },
  { method: "GET", pattern: new RegExp(`^\\/rs\\/${ID}$`), operation: "getNcShipments", group: "shipments", service: "ncshipment", handle: list },
  { method: "GET", pattern: new RegExp(`^\\/rs\\/${ID}\\/(?<id>\\d+)$`), operation: "getNcShipment", group: "shipments", service: "ncshipment", handle: get },
  { method: "GET", pattern: new RegExp(`^\\/rs\\/${ID}\\/(?<id>\\d+)\\/details$`), operation: "getNcShipmentDetails", group: "shipments", service: "ncshipment", handle: details },
  { method: "GET", pattern: new RegExp(`^\\/rs\\/${ID}\\/(?<id>\\d+)\\/receipt$`), operation: "getNcShipmentReceipt", group: "shipments", service: "ncshipment", handle: receipt },
  {
    method: "POST",
    pattern: new RegExp(`^\\/rs\\/${ID}\\/(?<id>\\d+)\\/refund$`),
    operation: "requestNcRefund",
    group: "void",
    service: "ncshipment",
    body: { schema: "ncshipment", root: "non-contract-shipment-refund-request" },
    handle: refund,
  },
];
