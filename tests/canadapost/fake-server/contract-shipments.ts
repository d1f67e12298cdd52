/**
 * Contract shipments on the fake server (shipment-v8, /rs/{customer}/{mobo}/shipment): create
 * (needs the account's contract number; a group id, or transmit-shipment to go at once), list,
 * get, details, price, receipt, groups, void (DELETE: 204, or 404 with an empty `<messages/>` for
 * an unknown shipment, 8034 once transmitted) and the refund request of a transmitted shipment.
 * The label follows print-preferences: 8.5x11 (default) or 4x6, PDF or ZPL (4x6 only).
 */
import { artifactHref, ownShipment, priceSpec, readSpec, recordShipment } from "./delivery-spec";
import { adjustmentAmounts, priceParts, pricedOptions } from "./quote-xml";
import { eastern, money, noContent, notFound, refuse, xmlAnswer, type Ctx, type Route } from "./routing";
import { refundRefusal } from "./shipments";
import type { StoredShipment } from "./store";
import { el, elAttrs, kid, leaf, txt, type XNode } from "./xml";

const SHIPMENT = "application/vnd.cpc.shipment-v8+xml";
const PAYMENT_METHODS = new Set(["Account", "CreditCard", "SupplierAccount"]);

const root = (ctx: Ctx, s: { customer: string; mobo: string | null }) => `${ctx.baseUrl}/rs/${s.customer}/${s.mobo ?? s.customer}`;
const href = (ctx: Ctx, s: StoredShipment) => `${root(ctx, s)}/shipment/${s.id}`;

function shipmentPrice(s: StoredShipment): XNode {
  const p = priceParts(s.quote);
  return el(
    "shipment-price",
    leaf("service-code", s.serviceCode),
    leaf("base-amount", money(p.baseCents)),
    pricedOptions(p),
    adjustmentAmounts(p),
    leaf("pre-tax-amount", money(p.preTaxCents)),
    leaf("gst-amount", money(p.taxes.gst.cents)),
    leaf("pst-amount", money(p.taxes.pst.cents)),
    leaf("hst-amount", money(p.taxes.hst.cents)),
    leaf("due-amount", money(p.dueCents)),
    el(
      "service-standard",
      leaf("am-delivery", false),
      leaf("guaranteed-delivery", s.quote.guaranteed),
      leaf("expected-transmit-time", s.quote.transitBusinessDays),
      leaf("expected-delivery-date", s.quote.expectedDeliveryDate),
    ),
    leaf("rated-weight", p.ratedWeightKg),
  );
}

function ccReceipt(s: StoredShipment): XNode {
  return el(
    "cc-receipt-details",
    leaf("merchant-name", "Canada Post Corporation"),
    leaf("merchant-url", "https://www.canadapost-postescanada.ca"),
    leaf("name-on-card", "ENVOI TEST"),
    leaf("auth-code", s.id.slice(-6)),
    leaf("auth-timestamp", s.createdAt.toISOString()),
    leaf("card-type", "VIS"),
    leaf("charge-amount", money(s.quote.totalCents)),
    leaf("currency", "CAD"),
    leaf("transaction-type", "Sale"),
  );
}

function info(ctx: Ctx, s: StoredShipment, withPrice = false, withReceipt = false): XNode {
  const self = href(ctx, s);
  const labelType = s.encoding === "ZPL" ? "application/zpl" : "application/pdf";
  return el(
    "shipment-info",
    leaf("customer-request-id", txt(s.request, "customer-request-id")),
    leaf("shipment-id", s.id),
    leaf("shipment-status", s.status),
    leaf("tracking-pin", s.pin),
    leaf("return-tracking-pin", s.returnPin),
    withPrice && shipmentPrice(s),
    withReceipt && s.paymentMethod === "CreditCard" && el("shipment-receipt", ccReceipt(s)),
    el(
      "links",
      elAttrs("link", { rel: "self", href: self, "media-type": SHIPMENT }),
      elAttrs("link", { rel: "details", href: `${self}/details`, "media-type": SHIPMENT }),
      s.groupId !== null && elAttrs("link", { rel: "group", href: `${root(ctx, s)}/shipment?groupId=${encodeURIComponent(s.groupId)}`, "media-type": SHIPMENT }),
      elAttrs("link", { rel: "price", href: `${self}/price`, "media-type": SHIPMENT }),
      elAttrs("link", { rel: "label", href: artifactHref(ctx, s.artifacts.label), index: 0, "media-type": labelType }),
      s.artifacts.returnLabel !== null && elAttrs("link", { rel: "returnLabel", href: artifactHref(ctx, s.artifacts.returnLabel), index: 0, "media-type": labelType }),
      s.paymentMethod === "CreditCard" && elAttrs("link", { rel: "receipt", href: `${self}/receipt`, "media-type": SHIPMENT }),
      s.status === "transmitted" && elAttrs("link", { rel: "refund", href: `${self}/refund`, "media-type": SHIPMENT }),
      s.artifacts.commercialInvoice !== null && elAttrs("link", { rel: "commercialInvoice", href: artifactHref(ctx, s.artifacts.commercialInvoice), index: 0, "media-type": "application/pdf" }),
    ),
  );
}

function create(ctx: Ctx) {
  const b = ctx.body!;
  const spec = kid(b, "delivery-spec")!;
  const contract = ctx.account.contractNumber;
  if (!contract) return refuse(ctx, 400, "contractRequired");
  const settlement = kid(spec, "settlement-info");
  const method = txt(settlement, "intended-method-of-payment") ?? "";
  if (!PAYMENT_METHODS.has(method)) return refuse(ctx, 400, "badPayment", { method });
  const contractId = txt(settlement, "contract-id");
  if (contractId !== null && contractId !== contract) return refuse(ctx, 400, "badContract");
  if (contractId === null && method === "Account") return refuse(ctx, 400, "contractRequired");
  const outputFormat = txt(spec, "print-preferences", "output-format") === "4x6" ? "4x6" : "8.5x11";
  const encoding = txt(spec, "print-preferences", "encoding") === "ZPL" ? "ZPL" : "PDF";
  if (encoding === "ZPL" && outputFormat !== "4x6") return refuse(ctx, 400, "zplNeeds4x6");

  const facts = readSpec(spec);
  const priced = priceSpec(ctx, facts, "small_business", txt(b, "expected-mailing-date"));
  if (!priced.ok) return priced.answer;
  const s = recordShipment(ctx, {
    kind: "contract",
    customer: ctx.params.customer!,
    mobo: ctx.params.mobo!,
    serviceCode: facts.serviceCode,
    sender: facts.sender,
    destination: facts.destination,
    request: b,
    quote: priced.quote,
    customerType: "small_business",
    labelFormat: outputFormat,
    encoding,
    status: txt(b, "transmit-shipment") === "true" ? "transmitted" : "created",
    groupId: txt(b, "group-id"),
    paymentMethod: method,
    references: facts.references,
  });
  return xmlAnswer("shipment", "shipment", info(ctx, s, txt(b, "provide-pricing-info") === "true", txt(b, "provide-receipt-info") === "true"));
}

function own(ctx: Ctx): StoredShipment | null {
  const s = ownShipment(ctx, "contract");
  return s && s.mobo === ctx.params.mobo ? s : null;
}

function get(ctx: Ctx) {
  const s = own(ctx);
  return s ? xmlAnswer("shipment", "shipment", info(ctx, s)) : notFound();
}

function list(ctx: Ctx) {
  const groupId = ctx.query.get("groupId");
  const pin = ctx.query.get("trackingPIN");
  if (!groupId && !pin) return refuse(ctx, 400, "missingParameter", { name: "groupId" });
  const found = [...ctx.state.shipments.values()].filter(
    (s) => s.kind === "contract" && s.username === ctx.account.username && s.customer === ctx.params.customer && s.mobo === ctx.params.mobo && (pin ? s.pin === pin : s.groupId === groupId),
  );
  return xmlAnswer("shipment", "shipment", el("shipments", ...found.map((s) => elAttrs("link", { rel: "shipment", href: href(ctx, s), "media-type": SHIPMENT }))));
}

function groups(ctx: Ctx) {
  const ids = new Set(
    [...ctx.state.shipments.values()]
      .filter((s) => s.kind === "contract" && s.username === ctx.account.username && s.mobo === ctx.params.mobo && s.status === "created" && s.groupId)
      .map((s) => s.groupId!),
  );
  const base = root(ctx, { customer: ctx.params.customer!, mobo: ctx.params.mobo! });
  return xmlAnswer(
    "shipment",
    "shipment",
    el("groups", ...[...ids].map((id) => el("group", leaf("group-id", id), elAttrs("link", { rel: "group", href: `${base}/shipment?groupId=${encodeURIComponent(id)}`, "media-type": SHIPMENT })))),
  );
}

function details(ctx: Ctx) {
  const s = own(ctx);
  if (!s) return notFound();
  const r = s.request;
  return xmlAnswer(
    "shipment",
    "shipment",
    el(
      "shipment-details",
      leaf("customer-request-id", txt(r, "customer-request-id")),
      leaf("shipment-status", s.status),
      leaf("final-shipping-point", txt(r, "requested-shipping-point") ?? s.sender.postalCode),
      leaf("tracking-pin", s.pin),
      leaf("shipping-point-id", txt(r, "shipping-point-id")),
      leaf("cpc-pickup-indicator", txt(r, "cpc-pickup-indicator")),
      el(
        "shipment-detail",
        s.groupId ? leaf("group-id", s.groupId) : leaf("transmit-shipment", true),
        leaf("quickship-label-requested", txt(r, "quickship-label-requested")),
        leaf("expected-mailing-date", txt(r, "expected-mailing-date")),
        kid(r, "delivery-spec"),
        kid(r, "return-spec"),
        s.refund && el("refund-request-info", leaf("service-ticket-date", s.refund.date), leaf("service-ticket-id", s.refund.ticketId)),
      ),
    ),
  );
}

function price(ctx: Ctx) {
  const s = own(ctx);
  return s ? xmlAnswer("shipment", "shipment", shipmentPrice(s)) : notFound();
}

function receipt(ctx: Ctx) {
  const s = own(ctx);
  if (!s || s.paymentMethod !== "CreditCard") return notFound();
  return xmlAnswer("shipment", "shipment", el("shipment-receipt", ccReceipt(s)));
}

function voidShipment(ctx: Ctx) {
  const s = own(ctx);
  if (!s) return notFound();
  if (s.status === "transmitted") return refuse(ctx, 400, "alreadyTransmitted");
  ctx.state.remove(s);
  return noContent();
}

function refund(ctx: Ctx) {
  const s = own(ctx);
  if (!s) return notFound();
  if (s.status !== "transmitted") return refuse(ctx, 400, "voidInstead");
  if (s.refund) return refuse(ctx, 409, "refundAlreadyRequested");
  const refused = refundRefusal(ctx, s);
  if (refused) return refused;
  s.refund = { ticketId: ctx.state.newTicketId(), date: eastern(ctx.now) };
  return xmlAnswer("shipment", "shipment", el("shipment-refund-request-info", leaf("service-ticket-date", s.refund.date), leaf("service-ticket-id", s.refund.ticketId)));
}

const BASE = "^\\/rs\\/(?<customer>\\d{1,10})\\/(?<mobo>\\d{1,10})";
const ONE = `${BASE}\\/shipment\\/(?<id>\\d+)`;
export const CONTRACT_SHIPMENT_ROUTES: Route[] = [
  { method: "POST", pattern: new RegExp(`${BASE}\\/shipment$`), operation: "createShipment", group: "shipments", service: "shipment", body: { schema: "shipment", root: "shipment" }, handle: create },
  { method: "GET", pattern: new RegExp(`${BASE}\\/shipment$`), operation: "getShipments", group: "shipments", service: "shipment", handle: list },
  { method: "GET", pattern: new RegExp(`${BASE}\\/group$`), operation: "getGroups", group: "shipments", service: "shipment", handle: groups },
  { method: "GET", pattern: new RegExp(`${ONE}$`), operation: "getShipment", group: "shipments", service: "shipment", handle: get },
  { method: "GET", pattern: new RegExp(`${ONE}\\/details$`), operation: "getShipmentDetails", group: "shipments", service: "shipment", handle: details },
  { method: "GET", pattern: new RegExp(`${ONE}\\/price$`), operation: "getShipmentPrice", group: "shipments", service: "shipment", handle: price },
  { method: "GET", pattern: new RegExp(`${ONE}\\/receipt$`), operation: "getShipmentReceipt", group: "shipments", service: "shipment", handle: receipt },
  { method: "DELETE", pattern: new RegExp(`${ONE}$`), operation: "voidShipment", group: "void", service: "shipment", handle: voidShipment },
  { method: "POST", pattern: new RegExp(`${ONE}\\/refund$`), operation: "requestShipmentRefund", group: "void", service: "shipment", body: { schema: "shipment", root: "shipment-refund-request" }, handle: refund },
];
