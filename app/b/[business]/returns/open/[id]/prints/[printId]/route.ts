import { pdfResponse } from "@/app/pdf-response";
import { isLabelFormat } from "@/lib/labels";
import { openReturnPrintPdf } from "@/lib/open-returns/print";
import { resolveLocale } from "@/lib/i18n/request";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** One print of an open return template: its labels as one PDF (4x6 or letter: ?size=), downloaded. */
export const GET = businessRoute<{ id: string; printId: string }>("business.read", async (request, actor, params) => {
  const size = new URL(request.url).searchParams.get("size") ?? "thermal4x6";
  const format = isLabelFormat(size) ? size : "thermal4x6";
  const pdf = params.id && params.printId ? await openReturnPrintPdf(actor, params.id, params.printId, format, await resolveLocale()) : null;
  return pdf ? pdfResponse({ bytes: pdf, fileName: `open-return-labels-${params.printId}-${format === "letter" ? "letter" : "4x6"}.pdf` }, true) : plain(404, "Not found / Introuvable");
});
