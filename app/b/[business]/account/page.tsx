import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { accountOverview, listTransactions, transactionQuerySchema } from "@/lib/payments/account-view";
import { describeTransaction, signedCents } from "@/lib/payments/describe-transaction";
import { cardPaymentsConfigured } from "@/lib/payments/stripe";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { payInvoiceAction } from "./actions";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function BusinessAccountPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  // Owners and admins only: the others get the same page as for a business they are not in.
  if (!can(actor.role, "billing.manage")) notFound();
  const t = await getTranslations("account");
  const format = await getFormatter();
  const locale = await requestLocaleOr("en");
  const search = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = transactionQuerySchema.safeParse(search);
  const query = parsed.success ? parsed.data : transactionQuerySchema.parse({});
  const overview = await accountOverview(actor);
  const transactions = await listTransactions(actor, query);
  const money = (c: number) => formatMoney(c, locale);
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== "" && v !== "desc") as [string, string][]).toString();
  const card = typeof search.card === "string" ? search.card : null;
  const field = "rounded-md bg-white px-3 py-2 text-sm ring-1 ring-zinc-300";
  const { standing } = overview;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      {card && <Alert tone={card === "paid" ? "success" : card === "pending" ? "info" : "warning"}>{t(`cardResult.${card === "paid" ? "paid" : card === "pending" ? "pending" : "cancelled"}`)}</Alert>}
      <Card title={t("standingTitle")}>
        <dl className="grid gap-x-8 gap-y-1 text-sm sm:grid-cols-2">
          <dt className="text-zinc-600">{t("accountNumber")}</dt>
          <dd>{standing.accountNumber ?? t("noAccountNumber")}</dd>
          <dt className="text-zinc-600">{t("balance")}</dt>
          <dd data-testid="balance" className="tabular-nums">{money(standing.balanceCents)}</dd>
          <dt className="text-zinc-600">{t("creditLimit")}</dt>
          <dd className="tabular-nums">{money(standing.creditLimitCents)}</dd>
          <dt className="text-zinc-600">{t("available")}</dt>
          <dd data-testid="available" className="tabular-nums">{money(Math.max(0, standing.availableCents))}</dd>
          <dt className="text-zinc-600">{t("unpaid")}</dt>
          <dd className="tabular-nums">{money(overview.unpaidCents)}</dd>
          <dt className="text-zinc-600">{t("notInvoiced", { period: overview.currentPeriod })}</dt>
          <dd className="tabular-nums">{money(overview.currentPeriodCents)}</dd>
        </dl>
      </Card>
      <Card title={t("invoicesTitle")} description={t("invoicesHelp")}>
        <DataTable
          label={t("invoicesTitle")}
          empty={t("noInvoices")}
          rows={overview.invoices}
          rowKey={(inv) => inv.id}
          rowTestId={(inv) => `invoice-${inv.number}`}
          columns={[
            { key: "invoice", header: t("invoice"), cell: (inv) => t("invoiceNumber", { number: inv.number }) },
            { key: "period", header: t("period"), cell: (inv) => inv.period },
            { key: "amount", header: t("amountDue"), align: "right", className: "tabular-nums", cell: (inv) => money(inv.amountCents) },
            { key: "status", header: t("status"), cell: (inv) => <Badge tone={inv.status === "PAID" ? "emerald" : "amber"}>{t(`invoiceStatus.${inv.status}`)}</Badge> },
            {
              key: "actions",
              header: t("actions"),
              srOnlyHeader: true,
              cell: (inv) => (
                <div className="flex flex-wrap justify-end gap-2">
                  <a href={`/b/${actor.slug}/account/invoices/${inv.id}`} className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                    {t("viewInvoice")}
                  </a>
                  {inv.status === "OPEN" && cardPaymentsConfigured() && (
                    <ActionButton action={payInvoiceAction} slug={actor.slug} fields={{ invoiceId: inv.id }} label={t("payByCard")} ariaLabel={t("payInvoiceByCard", { number: inv.number })} variant="primary" />
                  )}
                </div>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t("transactionsTitle")}>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters")}>
          <label className="text-sm">
            <span className="block font-medium">{t("from")}</span>
            <input type="date" name="from" defaultValue={query.from} className={field} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("to")}</span>
            <input type="date" name="to" defaultValue={query.to} className={field} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("type")}</span>
            <select name="type" defaultValue={query.type} className={field}>
              <option value="">{t("anyType")}</option>
              {(["CHARGE", "CREDIT", "PAYMENT"] as const).map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("order")}</span>
            <select name="order" defaultValue={query.order} className={field}>
              <option value="desc">{t("newestFirst")}</option>
              <option value="asc">{t("oldestFirst")}</option>
            </select>
          </label>
          <button type="submit" className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-semibold text-white">
            {t("apply")}
          </button>
          <a href={`/b/${actor.slug}/account/export${qs ? `?${qs}` : ""}`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold ring-1 ring-zinc-300">
            {t("export")}
          </a>
        </form>
        <DataTable
          label={t("transactionsTitle")}
          empty={t("noTransactions")}
          rows={transactions}
          rowKey={(tr) => tr.id}
          rowTestId={() => "transaction"}
          columns={[
            { key: "date", header: t("date"), cell: (tr) => format.dateTime(tr.createdAt, { dateStyle: "medium" }) },
            { key: "type", header: t("type"), cell: (tr) => t(`types.${tr.type}`) },
            { key: "description", header: t("description"), cell: (tr) => <TransactionLink slug={actor.slug} transaction={tr} text={describeTransaction(tr, locale)} /> },
            { key: "amount", header: t("amount"), align: "right", className: "tabular-nums", cell: (tr) => money(signedCents(tr)) },
          ]}
        />
      </Card>
    </div>
  );
}

/** A transaction's description, linked to the batch or the shipment it is for when there is one. */
function TransactionLink({ slug, transaction, text }: { slug: string; transaction: { batch: { id: string } | null; shipment: { id: string } | null }; text: string }) {
  const to = transaction.batch ? `/b/${slug}/batches/${transaction.batch.id}` : transaction.shipment ? `/b/${slug}/shipments/${transaction.shipment.id}` : null;
  if (!to) return text;
  return (
    <Link href={to} className="text-brand-700 underline">
      {text}
    </Link>
  );
}
