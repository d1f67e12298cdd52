import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
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
      <h1 className="text-2xl font-bold">{t("title")}</h1>
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
        {overview.invoices.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("noInvoices")}</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label={t("invoicesTitle")}>
            <thead className="border-b border-zinc-200 text-zinc-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("invoice")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("period")}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t("amountDue")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("status")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {overview.invoices.map((inv) => (
                <tr key={inv.id} data-testid={`invoice-${inv.number}`}>
                  <td className="py-2 pr-3">{t("invoiceNumber", { number: inv.number })}</td>
                  <td className="py-2 pr-3">{inv.period}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{money(inv.amountCents)}</td>
                  <td className="py-2 pr-3">
                    <Badge tone={inv.status === "PAID" ? "emerald" : "amber"}>{t(`invoiceStatus.${inv.status}`)}</Badge>
                  </td>
                  <td className="py-2">
                    <div className="flex flex-wrap justify-end gap-2">
                      <a href={`/b/${actor.slug}/account/invoices/${inv.id}`} className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                        {t("viewInvoice")}
                      </a>
                      {inv.status === "OPEN" && cardPaymentsConfigured() && (
                        <ActionButton action={payInvoiceAction} slug={actor.slug} fields={{ invoiceId: inv.id }} label={t("payByCard")} ariaLabel={t("payInvoiceByCard", { number: inv.number })} variant="primary" />
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
        {transactions.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("noTransactions")}</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label={t("transactionsTitle")}>
            <thead className="border-b border-zinc-200 text-zinc-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("date")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("type")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("description")}</th>
                <th scope="col" className="py-2 text-right font-medium">{t("amount")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {transactions.map((tr) => (
                <tr key={tr.id} data-testid="transaction">
                  <td className="py-2 pr-3">{format.dateTime(tr.createdAt, { dateStyle: "medium" })}</td>
                  <td className="py-2 pr-3">{t(`types.${tr.type}`)}</td>
                  <td className="py-2 pr-3">
                    {tr.batch ? (
                      <Link href={`/b/${actor.slug}/batches/${tr.batch.id}`} className="text-brand-700 underline">
                        {describeTransaction(tr, locale)}
                      </Link>
                    ) : tr.shipment ? (
                      <Link href={`/b/${actor.slug}/shipments/${tr.shipment.id}`} className="text-brand-700 underline">
                        {describeTransaction(tr, locale)}
                      </Link>
                    ) : (
                      describeTransaction(tr, locale)
                    )}
                  </td>
                  <td className="py-2 text-right tabular-nums">{money(signedCents(tr))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
