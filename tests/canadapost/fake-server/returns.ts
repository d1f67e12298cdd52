/**
 * Returns on the fake server (contract accounts only, as Canada Post): authorized returns
 * (authreturn-v2, POST /rs/{customer}/{mobo}/authorizedreturn: a PIN and a `returnLabel` link to
 * a real PDF at /ers/artifact/ret/{pin}/0) and open returns (openreturn-v2: POST .../openreturn
 * makes a template; GET .../openreturn/{id}/details its labels left; GET .../openreturn/{id}/artifact
 * the next label's PDF, one use each, refused once none is left; DELETE retires it). Kept in the
 * server's state (per test process), like the shipments.
 */
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { SERVICES, messagesAnswer, noContent, notFound, refuse, xmlAnswer, type Answer, type Ctx, type Route } from "./routing";
import { el, elAttrs, kid, leaf, txt, type XNode } from "./xml";
import type { Lang } from "./messages";
import type { Party, StoredOpenReturn } from "./stored";

const lines = (party: XNode | undefined) => {
  const a = kid(party, "domestic-address");
  return [txt(party, "name"), txt(party, "company"), txt(a, "address-line-1"), txt(a, "address-line-2"), `${txt(a, "city") ?? ""} ${txt(a, "province") ?? ""} ${txt(a, "postal-code") ?? ""}`.trim()].filter((l): l is string => !!l);
};

const party = (node: XNode | undefined): Party => {
  const a = kid(node, "domestic-address");
  return { name: txt(node, "name"), company: txt(node, "company"), line1: txt(a, "address-line-1") ?? "", line2: txt(a, "address-line-2"), city: txt(a, "city") ?? "", province: txt(a, "province") ?? "", postalCode: (txt(a, "postal-code") ?? "").replace(/\s/g, "").toUpperCase(), country: "CA", phone: null };
};

/** A return label: "CANADA POST (FAKE) RETURN", both addresses and the PIN, on the page asked for. */
export async function returnLabelPdf(r: { pin: string; serviceCode: string; format: "4x6" | "8.5x11"; from: string[]; to: string[] }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage(r.format === "4x6" ? [288, 432] : [612, 792]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const set = new Set(font.getCharacterSet());
  const write = (t: string, x: number, y: number, size: number) => page.drawText([...t].map((c) => (set.has(c.codePointAt(0)!) ? c : "?")).join(""), { x, y, size, font, color: rgb(0, 0, 0) });
  pdf.setTitle(`CANADA POST (FAKE) return label ${r.pin}`);
  pdf.setProducer("Envoi fake Canada Post server");
  const top = page.getHeight() - 24;
  write("CANADA POST (FAKE) - RETURN / RETOUR", 18, top, 12);
  write(r.serviceCode, 18, top - 18, 10);
  r.from.forEach((l, i) => write(l, 18, top - 40 - i * 9, 7));
  write("TO / À", 18, top - 100, 7);
  r.to.forEach((l, i) => write(l, 18, top - 114 - i * 12, 10));
  write(r.pin, 18, top - 220, 14);
  return pdf.save({ useObjectStreams: false });
}

const NO_LABELS: Record<Lang, string> = { en: "There are no more artifacts available for this open return template.", fr: "Il n'y a plus d'étiquettes disponibles pour ce modèle de retour ouvert." };

function contractRefusal(ctx: Ctx, settlement: XNode | undefined): Answer | null {
  const contract = ctx.account.contractNumber;
  if (!contract) return refuse(ctx, 400, "contractRequired");
  const id = txt(settlement, "contract-id");
  if (id === null) return refuse(ctx, 400, "contractRequired");
  return id === contract ? null : refuse(ctx, 400, "badContract");
}

const format = (body: XNode | null): "4x6" | "8.5x11" => (txt(kid(body ?? undefined, "print-preferences"), "output-format") === "4x6" ? "4x6" : "8.5x11");

function createAuthorizedReturn(ctx: Ctx): Answer {
  const body = ctx.body!;
  const refusal = contractRefusal(ctx, kid(body, "settlement-info"));
  if (refusal) return refusal;
  const serviceCode = txt(body, "service-code") ?? "";
  const pin = ctx.state.newPin(serviceCode.startsWith("DOM.") ? serviceCode : "DOM.EP")!;
  ctx.state.pins.set(pin, `return:${pin}`);
  ctx.state.returns.set(pin, {
    pin,
    username: ctx.account.username,
    customer: ctx.params.customer ?? "",
    createdAt: ctx.now,
    returner: party(kid(body, "returner")),
    receiver: party(kid(body, "receiver")),
    request: body,
    serviceCode,
    format: format(body),
    from: lines(kid(body, "returner")),
    to: lines(kid(body, "receiver")),
    bytes: null,
  });
  return xmlAnswer("authreturn", "authreturn", el("authorized-return-info", leaf("tracking-pin", pin), el("links", elAttrs("link", { rel: "returnLabel", href: `${ctx.baseUrl}/ers/artifact/ret/${pin}/0`, index: 0, "media-type": "application/pdf" }))));
}

async function returnArtifact(ctx: Ctx): Promise<Answer> {
  const r = ctx.state.returns.get(ctx.params.pin!);
  if (!r || r.username !== ctx.account.username) return notFound();
  if (ctx.accept !== "application/pdf") return refuse(ctx, 406, "notAcceptable", { path: ctx.path, expected: "application/pdf", got: ctx.accept });
  r.bytes ??= await returnLabelPdf(r);
  return { status: 200, contentType: "application/pdf", body: r.bytes };
}

const templateHref = (ctx: Ctx, t: StoredOpenReturn) => `${ctx.baseUrl}/rs/${t.customer}/${t.mobo}/openreturn/${t.id}`;

function createOpenReturn(ctx: Ctx): Answer {
  const body = ctx.body!;
  const refusal = contractRefusal(ctx, kid(body, "settlement-info"));
  if (refusal) return refusal;
  const id = ctx.state.newShipmentId().slice(0, 16);
  const t: StoredOpenReturn = { id, username: ctx.account.username, customer: ctx.params.customer!, mobo: ctx.params.mobo!, request: body, remaining: Number(txt(body, "max-number-of-artifacts")), retired: false, issued: 0 };
  ctx.state.openReturns.set(id, t);
  const self = templateHref(ctx, t);
  return xmlAnswer(
    "openreturn",
    "openreturn",
    el(
      "open-return-info",
      leaf("artifacts-remaining", t.remaining),
      el(
        "links",
        elAttrs("link", { rel: "self", href: self, "media-type": SERVICES.openreturn.media }),
        elAttrs("link", { rel: "details", href: `${self}/details`, "media-type": SERVICES.openreturn.media }),
        elAttrs("link", { rel: "nextArtifact", href: `${self}/artifact`, "media-type": "application/pdf" }),
      ),
    ),
    200,
  );
}

function ownTemplate(ctx: Ctx): StoredOpenReturn | null {
  const t = ctx.state.openReturns.get(ctx.params.id!);
  return t && !t.retired && t.username === ctx.account.username && t.mobo === ctx.params.mobo ? t : null;
}

function openReturnDetails(ctx: Ctx): Answer {
  const t = ownTemplate(ctx);
  if (!t) return notFound();
  return xmlAnswer("openreturn", "openreturn", el("open-return-details", leaf("artifacts-remaining", t.remaining), { ...t.request, name: "open-return", attrs: {} }));
}

async function nextArtifact(ctx: Ctx): Promise<Answer> {
  const t = ownTemplate(ctx);
  if (!t) return notFound();
  if (ctx.accept !== "application/pdf") return refuse(ctx, 406, "notAcceptable", { path: ctx.path, expected: "application/pdf", got: ctx.accept });
  if (t.remaining <= 0) return messagesAnswer(400, [{ code: "7816", description: NO_LABELS[ctx.lang] }]);
  t.remaining -= 1;
  t.issued += 1;
  const serviceCode = txt(t.request, "service-code") ?? "DOM.RP";
  const pin = ctx.state.newPin(serviceCode.startsWith("DOM.") ? serviceCode : "DOM.RP")!;
  ctx.state.pins.set(pin, `openreturn:${t.id}`);
  const bytes = await returnLabelPdf({ pin, serviceCode, format: format(t.request), from: ["(customer / client)"], to: lines(kid(t.request, "receiver")) });
  return { status: 200, contentType: "application/pdf", body: bytes };
}

function retire(ctx: Ctx): Answer {
  const t = ownTemplate(ctx);
  if (!t) return notFound();
  t.retired = true;
  return noContent();
}

const BASE = "^\\/rs\\/(?<customer>\\d{1,10})\\/(?<mobo>\\d{1,10})";
const TEMPLATE = `${BASE}\\/openreturn\\/(?<id>\\d+)`;

export const RETURN_ROUTES: Route[] = [
  { method: "POST", pattern: new RegExp(`${BASE}\\/authorizedreturn$`), operation: "createAuthorizedReturn", group: "shipments", service: "authreturn", body: { schema: "authreturn", root: "authorized-return" }, handle: createAuthorizedReturn },
  { method: "GET", pattern: /^\/ers\/artifact\/ret\/(?<pin>\d+)\/0$/, operation: "getReturnArtifact", group: "shipments", service: "artifact", handle: returnArtifact },
  { method: "POST", pattern: new RegExp(`${BASE}\\/openreturn$`), operation: "createOpenReturnTemplate", group: "shipments", service: "openreturn", body: { schema: "openreturn", root: "open-return" }, handle: createOpenReturn },
  { method: "GET", pattern: new RegExp(`${TEMPLATE}\\/details$`), operation: "getOpenReturnTemplateDetails", group: "shipments", service: "openreturn", handle: openReturnDetails },
  { method: "GET", pattern: new RegExp(`${TEMPLATE}\\/artifact$`), operation: "getNextOpenReturnArtifact", group: "shipments", service: "artifact", handle: nextArtifact },
  { method: "DELETE", pattern: new RegExp(`${TEMPLATE}$`), operation: "retireOpenReturnTemplate", group: "void", service: "openreturn", handle: retire },
];
