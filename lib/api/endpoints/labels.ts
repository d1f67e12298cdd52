/**
 * A shipment's label files: GET /api/v1/shipments/{id}/label as a PDF (4 x 6 in, or on a letter
 * page) or as ZPL II for a thermal printer, from the stored label or drawn from its frozen data
 * (the same files the web app gives); and POST /shipments/{id}/return-label, the prepaid return
 * label Envoi buys with a shipment (includeReturnLabel), as the app makes return labels.
 */
import { PDFDocument } from "pdf-lib";
import { z } from "zod";
import { shipmentLabelPdf, shipmentLabelZpl } from "@/lib/shipments/label-files";
import { endpoint } from "../endpoint";
import { ApiError } from "../errors";
import { Id } from "../schemas/common";
import { loadShipment } from "./shipments";

const unavailable = () => new ApiError(409, "conflict_error", "labelUnavailable", {}, "id");

/** The return label's page: the second of a label bought with one (label, then return label). */
async function returnPage(pdf: Uint8Array): Promise<Uint8Array | null> {
  const source = await PDFDocument.load(pdf);
  if (source.getPageCount() !== 2) return null;
  const out = await PDFDocument.create();
  const [page] = await out.copyPages(source, [1]);
  out.addPage(page!);
  return out.save();
}

/** The return label's ZPL: the second of the two labels (each starts with ^XA). */
function returnZpl(text: string): string | null {
  const labels = text.split(/(?=\^XA)/).filter((l) => l.trim());
  return labels.length === 2 ? labels[1]! : null;
}

/** A label file as the answer, to download under its name. */
export const file = (body: Uint8Array | string, type: string, name: string) => new Response(typeof body === "string" ? body : Buffer.from(body), { headers: { "content-type": type, "content-disposition": `attachment; filename="${name}"` } });

export const getLabel = endpoint({
  id: "getLabel",
  method: "GET",
  path: "/shipments/{id}/label",
  access: "read",
  tag: "Shipments",
  summary: "Download a label",
  description:
    "PDF on a 4 x 6 in page (pdf_4x6, the default) or on a letter page (pdf_letter), or ZPL II for a 203 dpi Zebra printer. A shipment bought with a return label gives both unless `part` says `label` or `return`. Until the parcel is scanned: a used label printed again would be a second parcel.",
  params: z.object({ id: Id }),
  query: z.object({
    format: z.enum(["pdf_4x6", "pdf_letter", "zpl"]).default("pdf_4x6"),
    part: z.enum(["all", "return"]).default("all").meta({ description: "`return`: only the prepaid return label." }),
  }),
  response: { files: ["application/pdf", "application/zpl"], description: "The label file." },
  errors: [400, 404, 409],
  async run({ actor, params, query }) {
    const shipment = await loadShipment(actor, params.id);
    const onlyReturn = query.part === "return";
    if (onlyReturn && !shipment.returnTrackingNumber) throw new ApiError(409, "conflict_error", "returnLabelNotBought", {}, "id");
    if (query.format === "zpl") {
      const zpl = await shipmentLabelZpl(actor, params.id);
      const text = zpl && (onlyReturn ? returnZpl(zpl.text) : zpl.text);
      if (!text) throw unavailable();
      return file(text, "application/zpl; charset=utf-8", onlyReturn ? `return-label-${shipment.returnTrackingNumber}.zpl` : zpl.fileName);
    }
    const pdf = await shipmentLabelPdf(actor, params.id, query.format === "pdf_letter" ? "PDF_LETTER" : "PDF_4X6");
    const bytes = pdf && (onlyReturn ? await returnPage(pdf.bytes) : pdf.bytes);
    if (!bytes) throw unavailable();
    return file(bytes, "application/pdf", onlyReturn ? `return-label-${shipment.returnTrackingNumber}.pdf` : pdf.fileName);
  },
});

const ReturnLabel = z
  .object({
    shipmentId: z.string(),
    trackingNumber: z.string(),
    test: z.boolean(),
    labelUrl: z.string().meta({ description: "The return label alone (add &format=pdf_letter or zpl)." }),
  })
  .meta({ id: "ReturnLabel", description: "The prepaid return label of a shipment: its recipient mails the parcel back to the ship-from location." });

export const getReturnLabel = endpoint({
  id: "createReturnLabel",
  method: "POST",
  path: "/shipments/{id}/return-label",
  access: "write",
  tag: "Shipments",
  summary: "The prepaid return label of a shipment",
  description:
    "Envoi buys a return label with its shipment, as the web app does (send `includeReturnLabel: true` to POST /shipments; Canada only, on a Canada Post contract for live labels). This answers that label's tracking number and file; a shipment bought without one answers 409. A return label made after the fact, for the items a customer sends back, is POST /shipments/{id}/returns.",
  params: z.object({ id: Id }),
  response: ReturnLabel,
  errors: [404, 409],
  async run({ actor, params, request }) {
    const shipment = await loadShipment(actor, params.id);
    if (!shipment.returnTrackingNumber) throw new ApiError(409, "conflict_error", "returnLabelNotBought", {}, "id");
    if (shipment.status !== "LABELLED") throw unavailable();
    return {
      shipmentId: shipment.id,
      trackingNumber: shipment.returnTrackingNumber,
      test: shipment.batch.paymentMethod === "TEST",
      labelUrl: `${new URL(request.url).origin}/api/v1/shipments/${shipment.id}/label?part=return`,
    };
  },
});
