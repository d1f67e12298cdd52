import { pdfResponse } from "@/app/pdf-response";
import { returnLabelPdf } from "@/lib/returns/label-pdf";
import { readInTenant } from "@/lib/tenancy/context";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** A return's label for the business (to print or forward it), letter size. */
export const GET = businessRoute<{ id: string; returnId: string }>("business.read", async (_request, actor, params) => {
  const row = params.returnId
    ? await readInTenant(actor, (db) => db.return.findFirst({ where: { id: params.returnId, shipmentId: params.id, businessId: actor.businessId, status: { in: ["ISSUED", "IN_TRANSIT", "ARRIVED"] } }, select: { number: true, labelData: true, labelPdf: true, locale: true } }))
    : null;
  const pdf = row ? await returnLabelPdf(row) : null;
  return row && pdf ? pdfResponse({ bytes: pdf, fileName: `return-label-${row.number}.pdf` }, false) : plain(404, "Not found / Introuvable");
});
