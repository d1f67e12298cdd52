import { pdfResponse } from "@/app/pdf-response";
import { shipmentLabelPdf, shipmentLabelZpl } from "@/lib/shipments/label-files";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** One shipment's label (reprint): ?format=PDF_4X6 (default), PDF_LETTER, or ZPL for Zebra printers. */
export const GET = businessRoute<{ id: string }>("business.read", async (request, actor, params) => {
  const asked = new URL(request.url).searchParams.get("format");
  if (asked === "ZPL") {
    const zpl = params.id ? await shipmentLabelZpl(actor, params.id) : null;
    if (!zpl) return plain(404, "Not found / Introuvable");
    return new Response(zpl.text, { headers: { "content-type": "text/plain; charset=utf-8", "content-disposition": `attachment; filename="${zpl.fileName}"`, "cache-control": "private, no-store" } });
  }
  const format = asked === "PDF_LETTER" ? "PDF_LETTER" : "PDF_4X6";
  const file = params.id ? await shipmentLabelPdf(actor, params.id, format) : null;
  return file ? pdfResponse(file, false) : plain(404, "Not found / Introuvable");
});
