/**
 * End of the day (contract businesses): each ship-from location's labels waiting to be
 * transmitted, "Close the day" per location or for all, and the manifests made, searchable by
 * date, location and number. A business without a contract is told how to get there (no step of its own).
 */
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { controlClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { ID_MAX } from "@/lib/forms/limits";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney, formatWeight } from "@/lib/i18n/format";
import { effectiveDefaults } from "@/lib/settings/settings";
import { closedByNames, listManifests } from "@/lib/manifests/list";
import { pendingByLocation, shipsUnderContract } from "@/lib/manifests/close-day";
import { readInTenant } from "@/lib/tenancy/context";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { closeDayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manifests"))("title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= ID_MAX ? v.trim() : "");

export default async function ManifestsPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("manifests");
  // Not in the menu without a contract; opened anyway, the page says how to get there.
  if (!(await shipsUnderContract(actor))) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <Card>
          <p className="text-sm text-zinc-700" data-testid="no-contract">
            {t("noContract")}{" "}
            <Link href={`/b/${actor.slug}/settings`} className="text-brand-700 underline">
              {t("profileLink")}
            </Link>
          </p>
        </Card>
      </div>
    );
  }
  const locale = await requestLocaleOr("en");
  const search = await searchParams;
  const filter = { from: one(search.from), to: one(search.to), locationId: one(search.location), number: one(search.number) };
  const [pending, manifests, locations, { units }] = await Promise.all([
    pendingByLocation(actor),
    listManifests(actor, { from: filter.from || undefined, to: filter.to || undefined, locationId: filter.locationId || undefined, number: filter.number || undefined }),
    readInTenant(actor, (db) => db.location.findMany({ where: { businessId: actor.businessId }, select: { id: true, label: true, closeTime: true }, orderBy: { label: "asc" } })),
    effectiveDefaults(actor),
  ]);
  const names = new Map(locations.map((l) => [l.id, l.label]));
  const closeTimes = new Map(locations.map((l) => [l.id, l.closeTime]));
  // Locations closed on schedule with nothing waiting are listed on their own.
  const scheduledIdle = locations.filter((l) => l.closeTime && !pending.some((p) => p.locationId === l.id));
  const closedBy = await closedByNames(actor, manifests);
  const shipper = can(actor.role, "shipments.create");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {/^\d+$/.test(one(search.closed)) && (
        <Alert tone="success">{t("closedMany", { count: Number(one(search.closed)), manifests: Number(one(search.manifests)) || 1 })}</Alert>
      )}
      <Card title={t("pendingTitle")}>
        {pending.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("nothingPending")}</p>
        ) : (
          <ul className="divide-y divide-zinc-200" aria-label={t("pendingTitle")}>
            {pending.map((p) => (
              <li key={p.locationId ?? "none"} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="pending-location">
                <div className="text-sm">
                  <p className="font-medium">{p.name || t("noLocation")}</p>
                  <p className="text-zinc-600">{t("pendingCount", { count: p.count, weight: formatWeight(p.weightGrams, units, locale) })}</p>
                  {p.locationId && closeTimes.get(p.locationId) && <p className="text-zinc-600" data-testid="close-time">{t("closesAt", { time: closeTimes.get(p.locationId)! })}</p>}
                </div>
                {shipper && p.locationId && (
                  <ActionButton action={closeDayAction} slug={actor.slug} fields={{ locationId: p.locationId }} label={t("close")} ariaLabel={t("closeAt", { location: p.name })} confirm={t("closeConfirm")} />
                )}
              </li>
            ))}
          </ul>
        )}
        {scheduledIdle.length > 0 && (
          <ul className="mt-3 space-y-1 text-sm text-zinc-600" aria-label={t("scheduledTitle")}>
            {scheduledIdle.map((l) => (
              <li key={l.id} data-testid="close-time">
                {t("scheduledLine", { location: l.label, time: l.closeTime! })}
              </li>
            ))}
          </ul>
        )}
        {shipper && pending.length > 1 && (
          <div className="mt-3">
            <ActionButton action={closeDayAction} slug={actor.slug} fields={{ locationId: "" }} label={t("closeAll")} confirm={t("closeConfirm")} variant="secondary" />
          </div>
        )}
      </Card>
      <Card title={t("listTitle")}>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("search")}>
          <label className="text-sm">
            <span className="block font-medium">{t("from")}</span>
            <input type="date" name="from" defaultValue={filter.from} className={`${controlClass} w-40`} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("to")}</span>
            <input type="date" name="to" defaultValue={filter.to} className={`${controlClass} w-40`} />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("location")}</span>
            <select name="location" defaultValue={filter.locationId} className={`${controlClass} w-48`}>
              <option value="">{t("anyLocation")}</option>
              {locations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("number")}</span>
            <input name="number" defaultValue={filter.number} maxLength={20} inputMode="numeric" className={`${controlClass} w-44 font-mono`} />
          </label>
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
        </form>
        <DataTable
          label={t("listTitle")}
          empty={t("empty")}
          rows={manifests}
          rowKey={(m) => m.id}
          rowTestId={() => "manifest-row"}
          columns={[
            {
              key: "number",
              header: t("number"),
              className: "font-mono",
              cell: (m) => (
                <Link href={`/b/${actor.slug}/manifests/${m.id}`} className="text-brand-700 underline">
                  {m.number}
                </Link>
              ),
            },
            { key: "date", header: t("date"), cell: (m) => m.date },
            { key: "location", header: t("location"), cell: (m) => (m.locationId && names.get(m.locationId)) || "" },
            { key: "closedBy", header: t("closedBy"), cell: (m) => (m.createdById ? (closedBy.get(m.createdById) ?? t("byHand")) : t("scheduled")) },
            { key: "count", header: t("parcels"), align: "right", cell: (m) => m.shipmentCount },
            { key: "weight", header: t("weight"), align: "right", cell: (m) => formatWeight(m.totalWeightGrams, units, locale) },
            { key: "total", header: t("total"), align: "right", cell: (m) => (m.totalCents === null ? "" : formatMoney(m.totalCents, locale)) },
            {
              key: "pdf",
              header: t("document"),
              cell: (m) => (
                <a href={`/b/${actor.slug}/manifests/${m.id}/pdf`} className="text-brand-700 underline" target="_blank" rel="noopener">
                  {t("print")}
                </a>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
