import { pdfResponse } from "@/app/pdf-response";
import { manifestPdf } from "@/lib/manifests/list";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** A manifest's PDF, to print and hand over with the parcels. */
export const GET = businessRoute<{ id: string }>("business.read", async (_request, actor, params) => {
  const file = params.id ? await manifestPdf(actor, params.id) : null;
  return file ? pdfResponse(file, false) : plain(404, "Not found / Introuvable");
});
