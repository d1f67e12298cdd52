import { pdfResponse } from "@/app/pdf-response";
import { requestLocaleOr } from "@/lib/i18n/current";
import { deliveryConfirmationPdf } from "@/lib/tracking/delivery-confirmation";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** The printable delivery confirmation (with the signatory) of a delivered, signed-for shipment. */
export const GET = businessRoute<{ id: string }>("business.read", async (_request, actor, params) => {
  const file = params.id ? await deliveryConfirmationPdf(actor, params.id, await requestLocaleOr("en")) : null;
  return file ? pdfResponse(file, false) : plain(404, "Not found / Introuvable");
});
