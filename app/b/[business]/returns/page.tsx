/**
 * Returns: every return of the business, newest first, searchable (return number, order number,
 * customer email, tracking number) and filtered by status; the requests waiting for approval are
 * counted in a badge and can be shown alone. Shippers approve or refuse a request, and cancel an
 * issued label the carrier has not scanned yet.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { RefuseReturnForm } from "@/components/returns/refuse-return-form";
import { ReturnActionButton } from "@/components/returns/return-action-button";
import { ReturnItemsSummary } from "@/components/returns/return-items-summary";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Disclosure } from "@/components/ui/disclosure";
import { controlClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { SEARCH_LIMITS } from "@/lib/forms/limits";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { REFUSAL_MAX } from "@/lib/returns/decide";
import { listReturns, type ReturnListRow } from "@/lib/returns/list";
import { RETURN_STATUS_FILTERS, returnQuerySchema } from "@/lib/returns/list-schema";
import { reasonLabel } from "@/lib/returns/reasons";
import { readInTenant } from "@/lib/tenancy/context";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { approveReturnAction, cancelReturnAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("returns.list"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

const tone = (s: ReturnListRow["status"]) => (s === "REQUESTED" ? "brand" : s === "ARRIVED" ? "emerald" : s === "REFUSED" || s === "CANCELLED" ? "zinc" : "amber");

export default async function ReturnsPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("returns");
  const format = await getFormatter();
  const locale = await requestLocaleOr("en");
  const flat = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = returnQuerySchema.safeParse(flat);
  const query = parsed.success ? parsed.data : returnQuerySchema.parse({});
  const [{ rows, total, waiting, page, pages }, settings] = await Promise.all([
    listReturns(actor, query),
    readInTenant(actor, (db) => db.businessSettings.findUnique({ where: { businessId: actor.businessId }, select: { returnReasons: true } })),
  ]);
  const decides = can(actor.role, "shipments.create");
  const base = `/b/${actor.slug}`;
  const qs = (changes: Record<string, string | number>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, ...changes })) if (v !== "" && !(k === "page" && v === 1)) p.set(k, String(v));
    const s = p.toString();
    return s ? `?${s}` : "";
  };
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.lead")}
        actions={
          <>
            <Link href={`${base}/returns${qs({ status: "waiting", page: 1, q: "" })}`} className={buttonClass(query.status === "waiting" ? "primary" : "secondary")} data-testid="waiting-badge">
              {t("list.waiting", { count: waiting })}
            </Link>
            <Link href={`${base}/returns/open`} className={buttonClass("secondary")}>
              {t("list.openReturns")}
            </Link>
            <a href={`/returns/${actor.slug}`} className={buttonClass("secondary")} target="_blank" rel="noopener">
              {t("list.customerPage")}
            </a>
            <Link href={`${base}/settings`} className={buttonClass("secondary")}>
              {t("list.settings")}
            </Link>
          </>
        }
      />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t("list.filters")}>
          <label className="text-sm">
            <span className="block font-medium">{t("list.search")}</span>
            <input name="q" maxLength={SEARCH_LIMITS.q} defaultValue={query.q} placeholder={t("list.searchHint")} className={`${controlClass} w-80`} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("list.status")}</span>
            <select name="status" defaultValue={query.status} className={controlClass}>
              {RETURN_STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {s === "" ? t("list.anyStatus") : s === "waiting" ? t("list.waitingFilter") : t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonClass("primary")}>
            {t("list.apply")}
          </button>
        </form>
      </Card>
      <Card title={t("list.count", { count: total })}>
        <DataTable
          label={t("list.title")}
          empty={query.q || query.status ? t("list.noMatch") : t("list.empty")}
          rows={rows}
          rowKey={(r) => r.id}
          rowTestId={(r) => `return-${r.number}`}
          columns={[
            {
              key: "number",
              header: t("list.number"),
              cell: (r) => (
                <>
                  <div className="font-mono">{r.number}</div>
                  <div className="text-xs text-zinc-500">{t(`list.sources.${r.source === "customer" || r.source === "api" ? r.source : "business"}`)}</div>
                </>
              ),
            },
            {
              key: "order",
              header: t("list.order"),
              cell: (r) => (
                <>
                  <div>{r.shipment.reference1 ?? ""}</div>
                  <Link href={`${base}/shipments/${r.shipment.id}`} className="font-mono text-xs text-brand-700 underline" aria-label={t("list.shipmentLink", { tracking: r.shipment.trackingNumber ?? "" })}>
                    {r.shipment.trackingNumber}
                  </Link>
                </>
              ),
            },
            { key: "customer", header: t("list.customer"), cell: (r) => <span className="break-all">{r.customerEmail ?? ""}</span> },
            {
              key: "reason",
              header: t("list.reason"),
              cell: (r) => (
                <>
                  <div>{reasonLabel(settings, r.reason, locale)}</div>
                  <ReturnItemsSummary items={r.items} whole={t("list.wholeParcel")} />
                  {r.note && <div className="text-xs text-zinc-500">“{r.note}”</div>}
                </>
              ),
            },
            {
              key: "status",
              header: t("list.status"),
              cell: (r) => (
                <>
                  <Badge tone={tone(r.status)}>{r.status === "REQUESTED" ? t("list.waitingFilter") : t(`status.${r.status}`)}</Badge>
                  {r.refusedReason && <div className="mt-1 text-xs text-zinc-500">{r.refusedReason}</div>}
                </>
              ),
            },
            {
              key: "amounts",
              header: t("list.amounts"),
              align: "right",
              className: "tabular-nums",
              cell: (r) => (
                <>
                  {r.estimatedCents !== null && <div>{t("list.estimated", { amount: formatMoney(r.estimatedCents, locale) })}</div>}
                  {r.chargedCents !== null && <div className="font-medium">{t("list.charged", { amount: formatMoney(r.chargedCents, locale) })}</div>}
                </>
              ),
            },
            {
              key: "dates",
              header: t("list.dates"),
              cell: (r) => (
                <div className="text-xs">
                  <div>{t("list.requestedOn", { date: day(r.requestedAt) })}</div>
                  {r.decidedAt && r.status === "REFUSED" && <div>{t("list.refusedOn", { date: day(r.decidedAt) })}</div>}
                  {r.issuedAt && <div>{t("list.issuedOn", { date: day(r.issuedAt) })}</div>}
                  {r.scannedAt && <div>{t("list.scannedOn", { date: day(r.scannedAt) })}</div>}
                  {r.arrivedAt && <div>{t("list.arrivedOn", { date: day(r.arrivedAt) })}</div>}
                  {r.cancelledAt && <div>{t("list.cancelledOn", { date: day(r.cancelledAt) })}</div>}
                </div>
              ),
            },
            {
              key: "label",
              header: t("list.label"),
              cell: (r) =>
                r.trackingNumber && (r.status === "ISSUED" || r.status === "IN_TRANSIT" || r.status === "ARRIVED") ? (
                  <a href={`${base}/shipments/${r.shipment.id}/returns/${r.id}/label`} className="font-mono text-xs text-brand-700 underline" target="_blank" rel="noopener">
                    {r.trackingNumber}
                  </a>
                ) : (
                  ""
                ),
            },
            ...(decides
              ? [
                  {
                    key: "decide",
                    header: t("list.decision"),
                    cell: (r: ReturnListRow) =>
                      r.status === "REQUESTED" ? (
                        <div className="min-w-56 space-y-2">
                          <ReturnActionButton action={approveReturnAction} slug={actor.slug} returnId={r.id} label={t("list.approve")} ariaLabel={t("list.approveFor", { number: r.number })} />
                          <Disclosure label={t("list.refuseOpen")}>
                            <RefuseReturnForm slug={actor.slug} returnId={r.id} number={r.number} max={REFUSAL_MAX} />
                          </Disclosure>
                        </div>
                      ) : r.status === "ISSUED" ? (
                        <ReturnActionButton action={cancelReturnAction} slug={actor.slug} returnId={r.id} variant="secondary" label={t("list.cancel")} ariaLabel={t("list.cancelFor", { number: r.number })} confirm={t("list.confirmCancel", { number: r.number })} />
                      ) : (
                        ""
                      ),
                  },
                ]
              : []),
          ]}
        />
        {pages > 1 && (
          <nav className="mt-4 flex gap-3 text-sm" aria-label={t("list.pages")}>
            {page > 1 && <Link href={`${base}/returns${qs({ page: page - 1 })}`}>{t("list.previous")}</Link>}
            <span>{t("list.pageOf", { page, pages })}</span>
            {page < pages && <Link href={`${base}/returns${qs({ page: page + 1 })}`}>{t("list.next")}</Link>}
          </nav>
        )}
      </Card>
    </div>
  );
}
