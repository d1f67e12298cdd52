import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { listAudit } from "@/lib/audit/list-audit";
import { setupStatus } from "@/lib/businesses/setup-status";
import { requestLocaleOr } from "@/lib/i18n/current";
import { recentShipments } from "@/lib/overview/recent-shipments";
import { shipperToDo } from "@/lib/overview/to-do";
import { weeklyTotals } from "@/lib/overview/weekly-totals";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { createBatchAction } from "./batches/actions";
import { AuditList } from "@/components/audit/audit-list";
import { ActionButton } from "@/components/forms/action-button";
import { RecentShipmentsTable } from "@/components/overview/recent-shipments-table";
import { SetupChecklist, type SetupStep } from "@/components/overview/setup-checklist";
import { SpendVolumeCharts } from "@/components/overview/spend-volume-charts";
import { ToDoPanel } from "@/components/overview/to-do-panel";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

/** How many weeks the charts cover. */
const CHART_WEEKS = 10;

export async function generateMetadata({ params }: { params: Promise<{ business: string }> }): Promise<Metadata> {
  const actor = await requireActor((await params).business);
  return { title: actor.businessName };
}

export default async function BusinessOverviewPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const [t, roles, locale] = await Promise.all([getTranslations("overview"), getTranslations("roles"), requestLocaleOr("en")]);
  const [setup, todo, recent, totals, activity] = await Promise.all([
    setupStatus(actor),
    shipperToDo(actor),
    recentShipments(actor),
    weeklyTotals(actor, { weeks: CHART_WEEKS }),
    can(actor.role, "audit.read") ? listAudit(actor, { take: 8 }) : null,
  ]);
  const steps: SetupStep[] = [
    { key: "profile", done: setup.profileComplete, href: "settings" },
    { key: "locations", done: setup.locations > 0, href: "locations", count: setup.locations },
    { key: "contacts", done: setup.contacts > 0, href: "contacts", count: setup.contacts },
    { key: "templates", done: setup.templates > 0, href: "templates", count: setup.templates },
  ];
  const canShip = can(actor.role, "shipments.create");
  const more = "text-sm font-semibold text-brand-700 underline";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-bold">{actor.businessName}</h1>
            <Badge tone="brand">{roles(actor.role)}</Badge>
          </div>
          <p className="text-sm text-zinc-600">{t("lead")}</p>
          <p className="text-sm text-zinc-600">{t("roleHelp." + actor.role)}</p>
        </div>
        {canShip && <ActionButton action={createBatchAction} slug={actor.slug} label={t("createLabels")} variant="primary" />}
      </div>
      <SetupChecklist slug={actor.slug} steps={steps} />
      <ToDoPanel slug={actor.slug} todo={todo} locale={locale} canShip={canShip} />
      <Card title={t("recent.title")} actions={<Link className={more} href={`/b/${actor.slug}/shipments`}>{t("recent.all")}</Link>}>
        <RecentShipmentsTable slug={actor.slug} rows={recent} locale={locale} />
      </Card>
      <Card title={t("charts.title")} description={t("charts.lead", { weeks: CHART_WEEKS })}>
        <SpendVolumeCharts totals={totals} locale={locale} />
      </Card>
      {activity && (
        <Card title={t("recentActivity")} actions={<Link className={more} href={`/b/${actor.slug}/audit`}>{t("allActivity")}</Link>}>
          <AuditList entries={activity} compact />
        </Card>
      )}
    </div>
  );
}
