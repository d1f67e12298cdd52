/**
 * Transmit and manifests on the fake server (manifest-v8, contract accounts only): POST
 * /rs/{customer}/{mobo}/manifest transmits the account's created shipments of the groups (they
 * become "transmitted": a void is then refused, as Canada Post does) and answers one manifest
 * link; GET .../manifest?start=YYYYMMDD&end=YYYYMMDD lists the manifests of those days; GET
 * .../manifest/{id} the manifest (PO number, links), .../details its details (total of its
 * shipments, the transmit's customer-reference), /ers/artifact/mfst/{id}/0 its PDF.
 */
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { eastern, messagesAnswer, money, notFound, refuse, xmlAnswer, SERVICES, type Answer, type Ctx, type Route } from "./routing";
import { el, elAttrs, kid, kids, leaf, txt } from "./xml";
import type { Lang } from "./messages";
import type { StoredManifest } from "./stored";

const NOTHING: Record<Lang, string> = { en: "There are no shipments to transmit for the group(s) provided.", fr: "Il n'y a aucun envoi à transmettre pour le ou les groupes fournis." };

const href = (ctx: Ctx, m: StoredManifest) => `${ctx.baseUrl}/rs/${m.customer}/${m.mobo}/manifest/${m.id}`;

async function manifestPdf(m: StoredManifest): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([612, 792]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const set = new Set(font.getCharacterSet());
  const write = (t: string, x: number, y: number, size: number) => page.drawText([...t].map((c) => (set.has(c.codePointAt(0)!) ? c : "?")).join(""), { x, y, size, font, color: rgb(0, 0, 0) });
  pdf.setTitle(`CANADA POST (FAKE) manifest ${m.poNumber}`);
  pdf.setProducer("Envoi fake Canada Post server");
  write("CANADA POST (FAKE) - MANIFEST / BORDEREAU", 40, 740, 16);
  write(`PO ${m.poNumber}   ${m.date} ${m.time}   ${m.shippingPoint}`, 40, 716, 10);
  m.shipments.forEach((s, i) => write(`${s.pin ?? "-"}  ${s.serviceCode}  ${s.weightGrams / 1000} kg  ${money(s.totalCents)}`, 40, 690 - i * 12, 9));
  write(`${m.shipments.length} shipment(s) - total ${money(m.shipments.reduce((t, s) => t + s.totalCents, 0))}`, 40, 680 - m.shipments.length * 12, 10);
  return pdf.save({ useObjectStreams: false });
}

function transmit(ctx: Ctx): Answer {
  if (!ctx.account.contractNumber) return refuse(ctx, 400, "contractRequired");
  const body = ctx.body!;
  const groups = new Set(kids(kid(body, "group-ids"), "group-id").map((g) => g.text));
  const excluded = new Set(kids(kid(body, "excluded-shipments"), "shipment-id").map((s) => s.text));
  const chosen = [...ctx.state.shipments.values()].filter(
    (s) => s.kind === "contract" && s.username === ctx.account.username && s.mobo === ctx.params.mobo && s.status === "created" && s.groupId !== null && groups.has(s.groupId) && !excluded.has(s.id),
  );
  if (!chosen.length) return messagesAnswer(400, [{ code: "7292", description: NOTHING[ctx.lang] }]);
  for (const s of chosen) s.status = "transmitted";
  const id = ctx.state.newShipmentId().slice(0, 14);
  const time = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(ctx.now);
  const m: StoredManifest = {
    id,
    poNumber: `P${id.slice(-9)}`,
    username: ctx.account.username,
    customer: ctx.params.customer!,
    mobo: ctx.params.mobo!,
    date: eastern(ctx.now),
    time: `${time} EST`,
    shippingPoint: txt(body, "requested-shipping-point") ?? "K1A0B1",
    customerRef: txt(body, "customer-reference"),
    address: { ...kid(body, "manifest-address")!, attrs: {} },
    shipments: chosen.map((s) => ({ pin: s.pin, serviceCode: s.serviceCode, weightGrams: s.quote.billedWeightGrams, totalCents: s.quote.totalCents, preTaxCents: s.quote.totalCents - s.quote.lines.filter((l) => l.kind === "tax").reduce((t, l) => t + l.amountCents, 0) })),
    bytes: null,
  };
  ctx.state.manifests.set(id, m);
  return xmlAnswer("manifest", "manifest", el("manifests", elAttrs("link", { rel: "manifest", href: href(ctx, m), "media-type": SERVICES.manifest.media })));
}

function list(ctx: Ctx): Answer {
  const start = ctx.query.get("start");
  const end = ctx.query.get("end") ?? start;
  if (!start || !/^\d{8}$/.test(start) || !end || !/^\d{8}$/.test(end)) return refuse(ctx, 400, "missingParameter", { name: "start" });
  const found = [...ctx.state.manifests.values()].filter((m) => m.username === ctx.account.username && m.mobo === ctx.params.mobo && m.date.replaceAll("-", "") >= start && m.date.replaceAll("-", "") <= end);
  return xmlAnswer("manifest", "manifest", el("manifests", ...found.map((m) => elAttrs("link", { rel: "manifest", href: href(ctx, m), "media-type": SERVICES.manifest.media }))));
}

function own(ctx: Ctx): StoredManifest | null {
  const m = ctx.state.manifests.get(ctx.params.id!);
  return m && m.username === ctx.account.username && m.mobo === ctx.params.mobo ? m : null;
}

function get(ctx: Ctx): Answer {
  const m = own(ctx);
  if (!m) return notFound();
  const self = href(ctx, m);
  return xmlAnswer(
    "manifest",
    "manifest",
    el(
      "manifest",
      leaf("po-number", m.poNumber),
      el(
        "links",
        elAttrs("link", { rel: "self", href: self, "media-type": SERVICES.manifest.media }),
        elAttrs("link", { rel: "details", href: `${self}/details`, "media-type": SERVICES.manifest.media }),
        elAttrs("link", { rel: "artifact", href: `${ctx.baseUrl}/ers/artifact/mfst/${m.id}/0`, index: 0, "media-type": "application/pdf" }),
      ),
    ),
  );
}

function details(ctx: Ctx): Answer {
  const m = own(ctx);
  if (!m) return notFound();
  const total = m.shipments.reduce((t, s) => t + s.totalCents, 0);
  const preTax = m.shipments.reduce((t, s) => t + s.preTaxCents, 0);
  return xmlAnswer(
    "manifest",
    "manifest",
    el(
      "manifest-details",
      leaf("po-number", m.poNumber),
      leaf("final-shipping-point", m.shippingPoint),
      leaf("shipping-point-name", "FAKE POST OFFICE"),
      leaf("shipping-point-id", "0001"),
      leaf("mailed-by-customer", m.customer),
      leaf("mailed-on-behalf-of", m.mobo),
      leaf("paid-by-customer", m.mobo),
      leaf("customer-ref", m.customerRef),
      leaf("manifest-date", m.date),
      leaf("manifest-time", m.time),
      leaf("contract-id", ctx.account.contractNumber),
      leaf("method-of-payment", "Account"),
      el(
        "manifest-pricing-info",
        leaf("base-cost", money(preTax)),
        leaf("automation-discount", "0.00"),
        leaf("options-and-surcharges", "0.00"),
        leaf("gst", "0.00"),
        leaf("pst", "0.00"),
        leaf("hst", money(total - preTax)),
        leaf("total-due-cpc", money(total)),
      ),
      { ...m.address, name: "manifest-address" },
    ),
  );
}

async function artifact(ctx: Ctx): Promise<Answer> {
  const m = ctx.state.manifests.get(ctx.params.id!);
  if (!m || m.username !== ctx.account.username) return notFound();
  if (ctx.accept !== "application/pdf") return refuse(ctx, 406, "notAcceptable", { path: ctx.path, expected: "application/pdf", got: ctx.accept });
  m.bytes ??= await manifestPdf(m);
  return { status: 200, contentType: "application/pdf", body: m.bytes };
}

const BASE = "^\\/rs\\/(?<customer>\\d{1,10})\\/(?<mobo>\\d{1,10})\\/manifest";

export const MANIFEST_ROUTES: Route[] = [
  { method: "POST", pattern: new RegExp(`${BASE}$`), operation: "transmitShipments", group: "manifests", service: "manifest", body: { schema: "manifest", root: "transmit-set" }, handle: transmit },
  { method: "GET", pattern: new RegExp(`${BASE}$`), operation: "getManifests", group: "manifests", service: "manifest", handle: list },
  { method: "GET", pattern: new RegExp(`${BASE}\\/(?<id>\\d+)$`), operation: "getManifest", group: "manifests", service: "manifest", handle: get },
  { method: "GET", pattern: new RegExp(`${BASE}\\/(?<id>\\d+)\\/details$`), operation: "getManifestDetails", group: "manifests", service: "manifest", handle: details },
  { method: "GET", pattern: /^\/ers\/artifact\/mfst\/(?<id>\d+)\/0$/, operation: "getManifestArtifact", group: "manifests", service: "artifact", handle: artifact },
];
