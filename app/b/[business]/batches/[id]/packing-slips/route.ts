import { pdfResponse } from "@/app/pdf-response";
import { batchPackingSlipsPdf } from "@/lib/shipments/packing-slips";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** The packing slips of a batch's issued shipments, on their own: ?format=PDF_4X6 (default) or PDF_LETTER. */
export const GET = businessRoute<{ id: string }>("business.read", async (request, actor, params) => {
  const format = new URL(request.url).searchParams.get("format") === "PDF_LETTER" ? "PDF_LETTER" : "PDF_4X6";
  const file = params.id ? await batchPackingSlipsPdf(actor, params.id, format) : null;
  return file ? pdfResponse(file, true) : plain(404, "Not found / Introuvable");
});
