/**
 * Open return labels: the business's templates (generic prepaid return labels back to one of its
 * locations, each paid when the carrier first scans it) and the form to make one.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { OpenReturnForm } from "@/components/open-returns/open-return-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { listLocations } from "@/lib/locations/locations";
import { OPEN_RETURN_SERVICES } from "@/lib/open-returns/schemas";
import { listOpenReturns } from "@/lib/open-returns/templates";
import { serviceInfo } from "@/lib/rating/services";
import { effectiveDefaults } from "@/lib/settings/settings";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { parcelText } from "@/components/open-returns/parcel-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openReturns"))("title") };
}

export default async function OpenReturnsPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("openReturns");
  const locale = await requestLocaleOr("en");
  const [templates, locations, defaults] = await Promise.all([listOpenReturns(actor), listLocations(actor), effectiveDefaults(actor)]);
  const shipper = can(actor.role, "shipments.create");
  const serviceName = (code: string) => serviceInfo(code)?.name[locale] ?? code;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {shipper && (
        <Card title={t("form.title")} description={t("form.help")}>
          {locations.length === 0 ? (
            <p className="text-sm text-zinc-600">
              {t("form.noLocation")}{" "}
              <Link href={`/b/${actor.slug}/locations`} className="text-brand-700 underline">
                {t("form.locationsLink")}
              </Link>
            </p>
          ) : (
            <OpenReturnForm
              slug={actor.slug}
              units={defaults.units}
              locations={locations.map((l) => ({ id: l.id, label: l.label, city: l.city }))}
              defaultLocationId={defaults.defaultLocationId}
              services={OPEN_RETURN_SERVICES.map((code) => ({ code, name: serviceName(code) }))}
            />
          )}
        </Card>
      )}
      <Card title={t("list.title")}>
        <DataTable
          label={t("list.title")}
          empty={t("list.empty")}
          rows={templates}
          rowKey={(r) => r.id}
          rowTestId={() => "open-return-row"}
          scroll
          columns={[
            {
              key: "returnTo",
              header: t("list.returnTo"),
              cell: (r) => (
                <Link href={`/b/${actor.slug}/returns/open/${r.id}`} className="text-brand-700 underline">
                  {[r.locationLabel ?? r.returnTo?.name, r.returnTo?.city].filter(Boolean).join(", ") || t("list.open")}
                </Link>
              ),
            },
            { key: "service", header: t("list.service"), cell: (r) => serviceName(r.serviceCode) },
            { key: "parcel", header: t("list.parcel"), cell: (r) => parcelText(r, defaults.units, locale) },
            { key: "max", header: t("list.maxUses"), align: "right", cell: (r) => r.maxUses },
            { key: "issued", header: t("list.issued"), align: "right", cell: (r) => <span data-testid="labels-issued">{r.labelsIssued}</span> },
            { key: "uses", header: t("list.uses"), align: "right", cell: (r) => <span data-testid="uses">{r.uses}</span> },
            { key: "price", header: t("list.price"), align: "right", cell: (r) => (r.carrierAccountId ? t("list.ownAccount") : formatMoney(r.estimatedCents, locale)) },
            { key: "status", header: t("list.status"), cell: (r) => <Badge tone={r.status === "ACTIVE" ? "emerald" : "zinc"}>{t(`status.${r.status}`)}</Badge> },
            { key: "created", header: t("list.created"), cell: (r) => formatDate(r.createdAt, locale) },
          ]}
        />
      </Card>
    </div>
  );
}
