/**
 * GET /api/v1/shipments/{id}/label: the label as a PDF (4 x 6 in, or on a letter page) or as ZPL II
 * for a thermal printer, from the stored label or drawn from its frozen data (the same files the
 * web app gives). A label bought with a return label carries it too.
 */
import { z } from "zod";
import { shipmentLabelPdf, shipmentLabelZpl } from "@/lib/shipments/label-files";
import { endpoint } from "../endpoint";
import { ApiError } from "../errors";
import { Id } from "../schemas/common";
import { loadShipment } from "./shipments";

const unavailable = () => new ApiError(409, "conflict_error", "labelUnavailable", {}, "id");

export const getLabel = endpoint({
  id: "getLabel",
  method: "GET",
  path: "/shipments/{id}/label",
  access: "read",
  tag: "Shipments",
  summary: "Download a label",
  description: "PDF on a 4 x 6 in page (pdf_4x6, the default) or on a letter page (pdf_letter), or ZPL II for a 203 dpi Zebra printer. Until the parcel is scanned: a used label printed again would be a second parcel.",
  params: z.object({ id: Id }),
  query: z.object({ format: z.enum(["pdf_4x6", "pdf_letter", "zpl"]).default("pdf_4x6") }),
  response: { files: ["application/pdf", "application/zpl"], description: "The label file." },
  errors: [400, 404, 409],
  async run({ actor, params, query }) {
    await loadShipment(actor, params.id);
    if (query.format === "zpl") {
      const zpl = await shipmentLabelZpl(actor, params.id);
      if (!zpl) throw unavailable();
      return new Response(zpl.text, { headers: { "content-type": "application/zpl; charset=utf-8", "content-disposition": `attachment; filename="${zpl.fileName}"` } });
    }
    const pdf = await shipmentLabelPdf(actor, params.id, query.format === "pdf_letter" ? "PDF_LETTER" : "PDF_4X6");
    if (!pdf) throw unavailable();
    return new Response(Buffer.from(pdf.bytes), { headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${pdf.fileName}"` } });
  },
});
