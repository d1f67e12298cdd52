import { writeCsv } from "@/lib/csv/write-csv";
import { requestLocaleOr } from "@/lib/i18n/current";
import { listTransactions, transactionQuerySchema } from "@/lib/payments/account-view";
import { describeTransaction, signedCents } from "@/lib/payments/describe-transaction";
import { businessRoute } from "@/lib/tenancy/route";

/** The account's transactions (with the page's filters) as CSV. */
export const GET = businessRoute("billing.manage", async (request, actor) => {
  const parsed = transactionQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams.entries()));
  const rows = await listTransactions(actor, parsed.success ? parsed.data : transactionQuerySchema.parse({}), 100_000);
  const locale = await requestLocaleOr("en");
  const csv = writeCsv(
    ["date", "type", "description", "amount_cad", "batch", "tracking_number", "invoice"],
    rows.map((t) => [t.createdAt.toISOString(), t.type, describeTransaction(t, locale), (signedCents(t) / 100).toFixed(2), t.batch?.number ?? "", t.shipment?.trackingNumber ?? "", t.invoice?.number ?? ""]),
  );
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="account-${actor.slug}.csv"` } });
});
