import { pdfResponse } from "@/app/pdf-response";
import { batchLabelsPdf } from "@/lib/shipments/label-files";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** The batch's merged label PDF, ?format=PDF_4X6 (default) or PDF_LETTER. */
export const GET = businessRoute<{ id: string }>("business.read", async (request, actor, params) => {
  const format = new URL(request.url).searchParams.get("format") === "PDF_LETTER" ? "PDF_LETTER" : "PDF_4X6";
  const file = params.id ? await batchLabelsPdf(actor, params.id, format) : null;
  return file ? pdfResponse(file, true) : plain(404, "Not found / Introuvable");
});
