/**
 * Artifacts of the fake server (GET /ers/artifact/{key}/{id}/{page}, the href of a shipment's
 * `label` or `commercialInvoice` link): a real PDF on the page the shipment asked for (4x6 in =
 * 288x432 pt, or 8.5x11 = 612x792 pt) saying "CANADA POST (FAKE)", with the PIN as text and as a
 * Code 128 barcode drawn as bars; or, for a ZPL label, ZPL text. Rendered on first download.
 * PDFs are written without object streams, so the page's MediaBox is plain in the file.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { code128Shape } from "@/lib/labels/barcodes";
import { serviceInfo } from "@/lib/rating/services";
import { notFound, refuse, type Answer, type Ctx, type Route } from "./routing";
import type { Party, StoredArtifact, StoredShipment } from "./store";
import { kid, kids, txt } from "./xml";

export const PAGE_SIZES = { "4x6": [288, 432], "8.5x11": [612, 792] } as const;

/** Text the standard font can draw (others become "?"). */
function drawable(font: PDFFont, text: string): string {
  const set = new Set(font.getCharacterSet());
  return [...text].map((c) => (set.has(c.codePointAt(0)!) ? c : "?")).join("");
}

function addressLines(p: Party): string[] {
  return [p.name, p.company, p.line1, p.line2, `${p.city} ${p.province} ${p.postalCode}`.trim(), p.country === "CA" ? null : p.country].filter((l): l is string => !!l);
}

interface Pen {
  page: PDFPage;
  font: PDFFont;
  bold: PDFFont;
}

function write(pen: Pen, text: string, x: number, y: number, size: number, bold = false) {
  const font = bold ? pen.bold : pen.font;
  pen.page.drawText(drawable(font, text), { x, y, size, font, color: rgb(0, 0, 0) });
}

/** The Code 128 symbol of `text` as bars, `width` points wide at most. */
function barcode(pen: Pen, text: string, x: number, y: number, width: number, height: number) {
  const shape = code128Shape(text);
  const unit = Math.min(2, width / shape.columns);
  for (const [bx, , bw] of shape.rects) pen.page.drawRectangle({ x: x + bx * unit, y, width: bw * unit, height, color: rgb(0, 0, 0) });
}

async function labelPdf(s: StoredShipment, isReturn = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [width, height] = PAGE_SIZES[s.labelFormat];
  const page = pdf.addPage([width, height]);
  const pen: Pen = { page, font: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const tracking = (isReturn ? s.returnPin : s.pin) ?? s.id;
  pdf.setTitle(`CANADA POST (FAKE) label ${tracking}`);
  pdf.setSubject(`Shipment ${s.id}`);
  pdf.setProducer("Envoi fake Canada Post server");
  // The label is a 4x6 block at the top left of a letter page.
  const top = height - 24;
  const left = 18;
  const w = 288 - 2 * left;
  write(pen, "CANADA POST (FAKE)", left, top, 14, true);
  write(pen, "POSTES CANADA (FAUX) - NOT FOR MAILING", left, top - 12, 6);
  write(pen, serviceInfo(s.serviceCode)?.name.en ?? s.serviceCode, left, top - 30, 11, true);
  write(pen, "FROM / DE", left, top - 46, 6, true);
  addressLines(s.sender).forEach((l, i) => write(pen, l, left, top - 56 - i * 8, 7));
  write(pen, "TO / À", left, top - 112, 7, true);
  addressLines(s.destination).forEach((l, i) => write(pen, l, left, top - 126 - i * 13, 11, i === 0));
  barcode(pen, tracking, left, top - 300, w, 60);
  write(pen, tracking.replace(/(\d{4})(?=\d)/g, "$1 "), left, top - 316, 12, true);
  write(pen, `${s.pin ? "PIN" : "No tracking / Sans repérage"} - shipment ${s.id}`, left, top - 330, 6);
  write(pen, `Weight ${s.quote.billedWeightGrams / 1000} kg - ${s.createdAt.toISOString().slice(0, 10)}`, left, top - 340, 6);
  const refs = s.references.filter(Boolean).join(" / ");
  if (refs) write(pen, `Ref: ${refs}`, left, top - 350, 6);
  return pdf.save({ useObjectStreams: false });
}

async function invoicePdf(s: StoredShipment): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([612, 792]);
  const pen: Pen = { page, font: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  pdf.setTitle(`CANADA POST (FAKE) commercial invoice ${s.pin ?? s.id}`);
  write(pen, "CANADA POST (FAKE) - COMMERCIAL INVOICE", 40, 740, 16, true);
  write(pen, `Shipment ${s.id}   PIN ${s.pin ?? "-"}`, 40, 718, 10);
  addressLines(s.sender).forEach((l, i) => write(pen, l, 40, 690 - i * 12, 9));
  addressLines(s.destination).forEach((l, i) => write(pen, l, 320, 690 - i * 12, 9));
  const customs = kid(kid(s.request, "delivery-spec"), "customs");
  write(pen, `Currency ${txt(customs, "currency") ?? "CAD"} - reason ${txt(customs, "reason-for-export") ?? "-"}`, 40, 600, 9);
  kids(kid(customs, "sku-list"), "item").forEach((item, i) =>
    write(pen, `${txt(item, "customs-number-of-units")} x ${txt(item, "customs-description")} @ ${txt(item, "customs-value-per-unit")} (${txt(item, "unit-weight")} kg)`, 40, 580 - i * 12, 9),
  );
  return pdf.save({ useObjectStreams: false });
}

/** A 4x6 label at 203 dpi in ZPL. */
function labelZpl(s: StoredShipment): string {
  const clean = (t: string) => t.replace(/[\^~]/g, " ");
  const to = addressLines(s.destination).map((l, i) => `^FO30,${260 + i * 40}^A0N,32,32^FD${clean(l)}^FS`);
  return [
    "^XA",
    "^CI28",
    "^FO30,30^A0N,50,50^FDCANADA POST (FAKE)^FS",
    `^FO30,90^A0N,30,30^FD${clean(serviceInfo(s.serviceCode)?.name.en ?? s.serviceCode)}^FS`,
    ...addressLines(s.sender).map((l, i) => `^FO30,${130 + i * 24}^A0N,20,20^FD${clean(l)}^FS`),
    ...to,
    `^FO30,560^BY3^BCN,180,Y,N,N^FD${s.pin ?? s.id}^FS`,
    "^XZ",
    "",
  ].join("\n");
}

async function render(artifact: StoredArtifact, s: StoredShipment): Promise<Uint8Array> {
  if (artifact.kind === "commercialInvoice") return invoicePdf(s);
  return s.encoding === "ZPL" ? new TextEncoder().encode(labelZpl(s)) : labelPdf(s, artifact.kind === "returnLabel");
}

async function getArtifact(ctx: Ctx): Promise<Answer> {
  const artifact = ctx.state.artifacts.get(ctx.params.id!);
  const shipment = artifact && ctx.state.shipments.get(artifact.shipmentId);
  if (!artifact || !shipment || artifact.username !== ctx.account.username || ctx.params.page !== "0") return notFound();
  const type = artifact.kind === "label" && shipment.encoding === "ZPL" ? "application/zpl" : "application/pdf";
  if (ctx.accept !== type) return refuse(ctx, 406, "notAcceptable", { path: ctx.path, expected: type, got: ctx.accept });
  artifact.bytes ??= await render(artifact, shipment);
  return { status: 200, contentType: type, body: artifact.bytes };
}

export const ARTIFACT_ROUTES: Route[] = [
  { method: "GET", pattern: /^\/ers\/artifact\/(?<key>[0-9a-f]+)\/(?<id>\d+)\/(?<page>\d+)$/, operation: "getArtifact", group: "shipments", service: "artifact", handle: getArtifact },
];
