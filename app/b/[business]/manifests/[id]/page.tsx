/** One manifest: its number, day, location and totals, the PDF to print, and the shipments it covers. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney, formatWeight } from "@/lib/i18n/format";
import { effectiveDefaults } from "@/lib/settings/settings";
import { getManifest } from "@/lib/manifests/list";
import { serviceName } from "@/lib/rates/present";
import { readInTenant } from "@/lib/tenancy/context";
import { requireActor } from "@/lib/tenancy/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manifests"))("title") };
}

export default async function ManifestPage({ params, searchParams }: { params: Promise<{ business: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { business, id } = await params;
  const closed = (await searchParams).closed;
  const actor = await requireActor(business);
  const manifest = await getManifest(actor, id);
  if (!manifest) notFound();
  const t = await getTranslations("manifests");
  const locale = await requestLocaleOr("en");
  const location = manifest.locationId ? await readInTenant(actor, (db) => db.location.findFirst({ where: { id: manifest.locationId!, businessId: actor.businessId }, select: { label: true } })) : null;
  const { units } = await effectiveDefaults(actor);
  const weight = (grams: number) => formatWeight(grams, units, locale);
  return (
    <div className="space-y-6">
      <Link href={`/b/${actor.slug}/manifests`} className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader
        title={t("manifestTitle", { number: manifest.number })}
        description={t("summary", { date: manifest.date, location: location?.label ?? "", count: manifest.shipmentCount, weight: weight(manifest.totalWeightGrams), total: manifest.totalCents === null ? "" : formatMoney(manifest.totalCents, locale) })}
        actions={
          <a href={`/b/${actor.slug}/manifests/${manifest.id}/pdf`} className={buttonClass("primary")} target="_blank" rel="noopener">
            {t("print")}
          </a>
        }
      />
      {typeof closed === "string" && /^\d+$/.test(closed) && <Alert tone="success">{t("closedOne", { count: Number(closed) })}</Alert>}
      <p className="text-sm text-zinc-600">{t("handOver")}</p>
      <Card title={t("shipmentsTitle")}>
        <DataTable
          label={t("shipmentsTitle")}
          empty={t("empty")}
          rows={manifest.shipments}
          rowKey={(s) => s.id}
          rowTestId={() => "manifest-shipment"}
          columns={[
            {
              key: "tracking",
              header: t("tracking"),
              className: "font-mono",
              cell: (s) => (
                <Link href={`/b/${actor.slug}/shipments/${s.id}`} className="text-brand-700 underline">
                  {s.trackingNumber}
                </Link>
              ),
            },
            { key: "to", header: t("recipient"), cell: (s) => [s.recipientName || s.recipientCompany, s.recipientCity].filter(Boolean).join(", ") },
            { key: "service", header: t("service"), cell: (s) => (s.serviceCode ? serviceName(s.serviceCode, locale) : "") },
            { key: "weight", header: t("weight"), align: "right", cell: (s) => weight(s.weightGrams ?? 0) },
            { key: "price", header: t("total"), align: "right", cell: (s) => (s.rateCents === null ? "" : formatMoney(s.rateCents, locale)) },
          ]}
        />
      </Card>
    </div>
  );
}
