import { pdfResponse } from "@/app/pdf-response";
import { shipmentPackingSlipPdf } from "@/lib/shipments/packing-slips";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** One issued shipment's packing slip: ?format=PDF_4X6 (default) or PDF_LETTER. */
export const GET = businessRoute<{ id: string }>("business.read", async (request, actor, params) => {
  const format = new URL(request.url).searchParams.get("format") === "PDF_LETTER" ? "PDF_LETTER" : "PDF_4X6";
  const file = params.id ? await shipmentPackingSlipPdf(actor, params.id, format) : null;
  return file ? pdfResponse(file, false) : plain(404, "Not found / Introuvable");
});
