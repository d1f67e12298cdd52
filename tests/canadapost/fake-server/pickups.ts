/**
 * Pickups on the fake server: Pickup Availability (GET /ad/pickup/pickupavailability/{postal code};
 * rural FSAs have no on-demand tour) and pickup requests under /enab/{customer}/pickuprequest:
 * create, price (a `pickup-details`), list, get, details, update (PUT) and cancel (DELETE, 204). Each request gets an id
 * and a price: a sample on-demand fee of $5.99 before tax (scheduled pickups: none), taxed by the
 * pickup address's province. On-demand dates must be business days, today to 5 business days out.
 */
import { fsaInfo } from "@/lib/addresses/postal-codes";
import { addBusinessDays, isBusinessDay, isProvince, type Province } from "@/lib/rating/calendar";
import { postalCodeProvince } from "@/lib/rating/places";
import { taxLines } from "@/lib/rating/taxes";
import { compactPostalCode } from "./pricing";
import { eastern, money, noContent, notFound, refuse, xmlAnswer, type Answer, type Ctx, type Route } from "./routing";
import type { PickupPriceCents, StoredPickup } from "./store";
import { el, elAttrs, kid, leaf, txt, type XNode } from "./xml";

const PICKUP_REQUEST = "application/vnd.cpc.pickuprequest+xml";
export const ON_DEMAND_FEE_CENTS = 599;

const rural = (postalCode: string) => postalCode[1] === "0";

function availability(ctx: Ctx) {
  const postalCode = compactPostalCode(ctx.params.postalCode!);
  if (!fsaInfo(postalCode)) return refuse(ctx, 400, "postalCode", { postalCode });
  const tour = !rural(postalCode);
  return xmlAnswer(
    "pickup",
    "pickup",
    el(
      "pickup-availability",
      leaf("postal-code", postalCode),
      leaf("on-demand-cutoff", tour ? "16:00" : ""),
      leaf("on-demand-tour", tour),
      leaf("prority-world-cutoff", tour ? "14:00" : ""),
      leaf("scheduled-pickups-available", true),
    ),
  );
}

interface Place {
  postalCode: string;
  province: Province | null;
}

function placeOf(ctx: Ctx, request: XNode): Place {
  const location = kid(request, "pickup-location");
  const alternate = kid(location, "alternate-address");
  const business = txt(location, "business-address-flag") === "true" || !alternate;
  const postalCode = compactPostalCode(business ? ctx.account.address.postalCode : (txt(alternate, "postal-code") ?? ""));
  const stated = business ? ctx.account.address.province : (txt(alternate, "province") ?? "");
  return { postalCode, province: postalCodeProvince(postalCode) ?? (isProvince(stated) ? stated : null) };
}

function priceOf(type: string, place: Place, day: string): PickupPriceCents {
  const preTax = type === "OnDemand" ? ON_DEMAND_FEE_CENTS : 0;
  const lines = place.province ? taxLines(preTax, "domestic", place.province, place.province, day) : [];
  const tax = (code: string) => lines.filter((l) => l.code === code).reduce((t, l) => t + l.amountCents, 0);
  const gst = tax("GST");
  const hst = tax("HST");
  const pst = tax("QST");
  return { preTax, gst, pst, hst, due: preTax + gst + pst + hst };
}

/** Why Canada Post would not take this pickup, or null. */
function refusal(ctx: Ctx, type: string, place: Place, times: XNode | undefined): Answer | null {
  if (!fsaInfo(place.postalCode)) return refuse(ctx, 400, "postalCode", { postalCode: place.postalCode });
  if (type !== "OnDemand") return null;
  if (rural(place.postalCode)) return refuse(ctx, 400, "noPickupHere", { postalCode: place.postalCode });
  const date = txt(times, "on-demand-pickup-time", "date") ?? "";
  const today = eastern(ctx.now);
  const provinces = place.province ? [place.province] : [];
  const latest = addBusinessDays(today, 5, provinces);
  if (date < today || date > latest || !isBusinessDay(date, provinces)) return refuse(ctx, 400, "pickupDate", { date });
  return null;
}

const priceElement = (name: string, p: PickupPriceCents) =>
  el(name, leaf("pre-tax-amount", money(p.preTax)), leaf("gst-amount", money(p.gst)), leaf("pst-amount", money(p.pst)), leaf("hst-amount", money(p.hst)), leaf("due-amount", money(p.due)));

function header(p: StoredPickup) {
  return el(
    "pickup-request-header",
    leaf("request-id", p.id),
    leaf("request-status", p.status),
    leaf("pickup-type", p.type),
    leaf("request-date", eastern(p.createdAt)),
    leaf("next-pickup-date", p.date),
  );
}

function links(ctx: Ctx, p: StoredPickup) {
  const href = `${ctx.baseUrl}/enab/${p.customer}/pickuprequest/${p.id}`;
  return el("links", elAttrs("link", { rel: "self", href, "media-type": PICKUP_REQUEST }), elAttrs("link", { rel: "details", href: `${href}/details`, "media-type": PICKUP_REQUEST }));
}

const info = (ctx: Ctx, p: StoredPickup) => xmlAnswer("pickuprequest", "pickuprequest", el("pickup-request-info", header(p), priceElement("pickup-request-price", p.price), links(ctx, p)));

function create(ctx: Ctx) {
  const b = ctx.body!;
  const type = txt(b, "pickup-type") ?? "OnDemand";
  const place = placeOf(ctx, b);
  const refused = refusal(ctx, type, place, kid(b, "pickup-times"));
  if (refused) return refused;
  const date = txt(b, "pickup-times", "on-demand-pickup-time", "date");
  const p: StoredPickup = {
    id: ctx.state.newPickupId(),
    username: ctx.account.username,
    customer: ctx.params.customer!,
    type: type === "Scheduled" ? "Scheduled" : "OnDemand",
    status: "Active",
    createdAt: ctx.now,
    date,
    postalCode: place.postalCode,
    province: place.province ?? "",
    request: b,
    price: priceOf(type, place, date ?? eastern(ctx.now)),
  };
  ctx.state.pickups.set(p.id, p);
  return info(ctx, p);
}

/** Get Pickup Price: a `pickup-details` (date, contract, the pickup's province and postal code). */
function quote(ctx: Ctx) {
  const b = ctx.body!;
  const contract = txt(b, "contract-id");
  if (contract !== null && contract !== ctx.account.contractNumber) return refuse(ctx, 400, "badContract");
  const postalCode = compactPostalCode(txt(b, "alternate-address-postal-code") ?? ctx.account.address.postalCode);
  const stated = txt(b, "alternate-address-province") ?? ctx.account.address.province;
  const place: Place = { postalCode, province: postalCodeProvince(postalCode) ?? (isProvince(stated) ? stated : null) };
  const date = txt(b, "date");
  const times = date === null ? undefined : el("pickup-times", el("on-demand-pickup-time", leaf("date", date)));
  const refused = refusal(ctx, "OnDemand", place, times ?? el("pickup-times", el("on-demand-pickup-time", leaf("date", eastern(ctx.now)))));
  if (refused) return refused;
  return xmlAnswer("pickuprequest", "pickuprequest", priceElement("pickup-request-price", priceOf("OnDemand", place, date ?? eastern(ctx.now))));
}

function own(ctx: Ctx): StoredPickup | null {
  const p = ctx.state.pickups.get(ctx.params.id ?? "");
  return p && p.username === ctx.account.username && p.customer === ctx.params.customer ? p : null;
}

function list(ctx: Ctx) {
  const mine = [...ctx.state.pickups.values()].filter((p) => p.username === ctx.account.username && p.customer === ctx.params.customer);
  if (mine.length === 0) return notFound();
  return xmlAnswer("pickuprequest", "pickuprequest", el("pickup-requests", ...mine.map((p) => el("pickup-request", header(p), links(ctx, p)))));
}

function get(ctx: Ctx) {
  const p = own(ctx);
  return p ? info(ctx, p) : notFound();
}

const DETAIL_PARTS = ["pickup-location", "contact-info", "location-details", "items-characteristics", "pickup-volume", "pickup-times"];

function details(ctx: Ctx) {
  const p = own(ctx);
  if (!p) return notFound();
  return xmlAnswer(
    "pickuprequest",
    "pickuprequest",
    el("pickup-request-detailed-info", header(p), el("pickup-request-details", ...DETAIL_PARTS.map((name) => kid(p.request, name)))),
  );
}

function update(ctx: Ctx) {
  const p = own(ctx);
  if (!p) return notFound();
  if (p.status === "Cancelled") return refuse(ctx, 400, "pickupCancelled");
  const changes = ctx.body!;
  const merged: XNode = { ...p.request, children: p.request.children.map((c) => kid(changes, c.name) ?? c) };
  for (const c of changes.children) if (!kid(merged, c.name)) merged.children.push(c);
  const place = placeOf(ctx, merged);
  const refused = refusal(ctx, p.type, place, kid(merged, "pickup-times"));
  if (refused) return refused;
  p.request = merged;
  p.date = txt(merged, "pickup-times", "on-demand-pickup-time", "date");
  p.price = priceOf(p.type, place, p.date ?? eastern(ctx.now));
  return info(ctx, p);
}

function cancel(ctx: Ctx) {
  const p = own(ctx);
  if (!p) return notFound();
  if (p.status === "Cancelled") return refuse(ctx, 400, "pickupCancelled");
  p.status = "Cancelled";
  return noContent();
}

const BASE = "^\\/enab\\/(?<customer>\\d{1,10})\\/pickuprequest";
const body = (root: string) => ({ schema: "pickuprequest" as const, root });
export const PICKUP_ROUTES: Route[] = [
  { method: "GET", pattern: /^\/ad\/pickup\/pickupavailability\/(?<postalCode>[A-Za-z0-9 %]+)$/, operation: "getPickupAvailability", group: "pickupAvailability", service: "pickup", handle: availability },
  { method: "POST", pattern: new RegExp(`${BASE}$`), operation: "createPickupRequest", group: "pickups", service: "pickuprequest", body: body("pickup-request-details"), handle: create },
  { method: "POST", pattern: new RegExp(`${BASE}\\/price$`), operation: "getPickupPrice", group: "pickups", service: "pickuprequest", body: body("pickup-details"), handle: quote },
  { method: "GET", pattern: new RegExp(`${BASE}$`), operation: "getPickupRequests", group: "pickups", service: "pickuprequest", handle: list },
  { method: "GET", pattern: new RegExp(`${BASE}\\/(?<id>\\d+)$`), operation: "getPickupRequest", group: "pickups", service: "pickuprequest", handle: get },
  { method: "GET", pattern: new RegExp(`${BASE}\\/(?<id>\\d+)\\/details$`), operation: "getPickupRequestDetails", group: "pickups", service: "pickuprequest", handle: details },
  { method: "PUT", pattern: new RegExp(`${BASE}\\/(?<id>\\d+)$`), operation: "updatePickupRequest", group: "pickups", service: "pickuprequest", body: body("pickup-request-update"), handle: update },
  { method: "DELETE", pattern: new RegExp(`${BASE}\\/(?<id>\\d+)$`), operation: "cancelPickupRequest", group: "pickups", service: "pickuprequest", handle: cancel },
];
