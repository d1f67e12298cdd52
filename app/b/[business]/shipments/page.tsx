import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { listLocations } from "@/lib/locations/locations";
import { serviceName } from "@/lib/rates/present";
import { SERVICES } from "@/lib/rating/services";
import { listShipments } from "@/lib/shipments/list-shipments";
import { shipmentQuerySchema } from "@/lib/shipments/list-schema";
import { SEARCH_LIMITS } from "@/lib/forms/limits";
import { requireActor } from "@/lib/tenancy/page";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shipments"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function ShipmentsPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("shipments");
  const tt = await getTranslations("tracking");
  const format = await getFormatter();
  const locale = await requestLocaleOr("en");
  const flat = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = shipmentQuerySchema.safeParse(flat);
  const query = parsed.success ? parsed.data : shipmentQuerySchema.parse({});
  const [{ rows, total, capped, page, pages }, locations] = await Promise.all([listShipments(actor, query), listLocations(actor)]);
  const qs = (changes: Record<string, string | number>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, ...changes })) if (v !== "" && v !== 0 && !(k === "page" && v === 1)) p.set(k, String(v));
    return p.toString();
  };
  const field = "rounded-md px-3 py-2 text-sm ring-1 ring-zinc-300 bg-white";
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        actions={
          <a href={`/b/${actor.slug}/shipments/export?${qs({})}`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold ring-1 ring-zinc-300 hover:bg-zinc-50">
            {t("export")}
          </a>
        }
      />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t("filters")}>
          <label className="text-sm">
            <span className="block font-medium">{t("search")}</span>
            <input name="q" maxLength={SEARCH_LIMITS.q} defaultValue={query.q} placeholder={t("searchHint")} className={`${field} w-72`} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("from")}</span>
            <input type="date" name="from" defaultValue={query.from} className={field} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("to")}</span>
            <input type="date" name="to" defaultValue={query.to} className={field} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("status")}</span>
            <select name="status" defaultValue={query.status} className={field}>
              <option value="">{t("anyStatus")}</option>
              <option value="LABELLED">{t("statuses.LABELLED")}</option>
              <option value="VOIDED">{t("statuses.VOIDED")}</option>
              {(["CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "READY_FOR_PICKUP", "DELIVERED", "EXCEPTION", "RETURNED"] as const).map((k) => (
                <option key={k} value={k}>
                  {tt(`statuses.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("service")}</span>
            <select name="service" defaultValue={query.service} className={field}>
              <option value="">{t("anyService")}</option>
              {SERVICES.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name[locale]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("location")}</span>
            <select name="location" defaultValue={query.location} className={field}>
              <option value="">{t("anyLocation")}</option>
              {locations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("batch")}</span>
            <input name="batch" inputMode="numeric" defaultValue={query.batch || ""} className={`${field} w-24`} />
          </label>
          <button type="submit" className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-semibold text-white">
            {t("apply")}
          </button>
        </form>
      </Card>
      <Card title={capped ? t("countCapped", { count: total }) : t("count", { count: total })}>
        <DataTable
          label={t("title")}
          empty={t("empty")}
          rows={rows}
          rowKey={(s) => s.id}
          rowTestId={(s) => `shipment-${s.trackingNumber}`}
          columns={[
            {
              key: "tracking",
              header: t("trackingNumber"),
              cell: (s) => (
                <Link href={`/b/${actor.slug}/shipments/${s.id}`} className="font-mono text-xs text-brand-700 underline">
                  {s.trackingNumber}
                </Link>
              ),
            },
            {
              key: "recipient",
              header: t("recipient"),
              cell: (s) => (
                <>
                  <div>{s.recipientName || s.recipientCompany}</div>
                  <div className="text-xs text-zinc-500">{[s.recipientCity, s.recipientProvince, s.recipientPostalCode, s.recipientCountry !== "CA" ? s.recipientCountry : ""].filter(Boolean).join(" ")}</div>
                </>
              ),
            },
            { key: "service", header: t("service"), cell: (s) => (s.serviceCode ? serviceName(s.serviceCode, locale) : "") },
            { key: "reference", header: t("reference"), cell: (s) => [s.reference1, s.reference2].filter(Boolean).join(" · ") },
            { key: "date", header: t("date"), cell: (s) => (s.labelledAt ? format.dateTime(s.labelledAt, { dateStyle: "medium" }) : "") },
            { key: "price", header: t("price"), align: "right", className: "tabular-nums", cell: (s) => (s.rateCents !== null ? formatMoney(s.rateCents, locale) : "") },
            {
              key: "status",
              header: t("status"),
              cell: (s) => <Badge tone={s.status === "VOIDED" ? "zinc" : "emerald"}>{s.status === "LABELLED" && s.trackingStatus ? tt(`statuses.${s.trackingStatus}`) : t(`statuses.${s.status}`)}</Badge>,
            },
          ]}
        />
        {pages > 1 && (
          <nav className="mt-4 flex gap-3 text-sm" aria-label={t("pages")}>
            {page > 1 && <Link href={`?${qs({ page: page - 1 })}`}>{t("previous")}</Link>}
            <span>{t("pageOf", { page, pages })}</span>
            {page < pages && <Link href={`?${qs({ page: page + 1 })}`}>{t("next")}</Link>}
          </nav>
        )}
      </Card>
    </div>
  );
}
