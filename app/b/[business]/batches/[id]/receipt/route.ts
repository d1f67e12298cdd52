import { pdfResponse } from "@/app/pdf-response";
import { receiptPdf } from "@/lib/purchases/receipt";
import { requestLocaleOr } from "@/lib/i18n/current";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** The receipt of a paid batch, as PDF, in the reader's language. */
export const GET = businessRoute<{ id: string }>("business.read", async (_request, actor, params) => {
  const file = params.id ? await receiptPdf(actor, params.id, await requestLocaleOr("en")) : null;
  return file ? pdfResponse(file, false) : plain(404, "Not found / Introuvable");
});
