import { renderInvoicePdf } from "@/lib/documents/invoice-pdf";
import { requestLocaleOr } from "@/lib/i18n/current";
import { getInvoice } from "@/lib/payments/account-view";
import { describeTransaction, signedCents } from "@/lib/payments/describe-transaction";
import { businessRoute, plain } from "@/lib/tenancy/route";

/** One monthly invoice as PDF (view and print). */
export const GET = businessRoute<{ id: string }>("billing.manage", async (_request, actor, params) => {
  const found = params.id ? await getInvoice(actor, params.id) : null;
  if (!found) return plain(404, "Not found / Introuvable");
  const locale = await requestLocaleOr("en");
  const { invoice, lines, business } = found;
  const pdf = await renderInvoicePdf({
    locale,
    businessName: business.name,
    legalName: business.legalName,
    accountNumber: business.accountNumber,
    gstHstNumber: business.gstHstNumber,
    qstNumber: business.qstNumber,
    number: invoice.number,
    period: invoice.period,
    issuedAt: invoice.issuedAt.toISOString(),
    status: invoice.status,
    paidAt: invoice.paidAt?.toISOString() ?? null,
    lines: lines.map((l) => ({ date: l.createdAt.toISOString(), description: describeTransaction(l, locale), amountCents: signedCents(l) })),
    chargesCents: invoice.chargesCents,
    creditsCents: invoice.creditsCents,
    amountCents: invoice.amountCents,
  });
  return new Response(Buffer.from(pdf), { headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="invoice-${invoice.number}-${invoice.period}.pdf"`, "cache-control": "private, no-store" } });
});
