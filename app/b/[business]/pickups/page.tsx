import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { listPickups } from "@/lib/pickups/pickups";
import { isoDateText } from "@/lib/rates/present";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pickups"))("title") };
}

export default async function PickupsPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("pickups");
  const locale = await requestLocaleOr("en");
  const pickups = await listPickups(actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        actions={
          can(actor.role, "shipments.create") && (
            <Link href={`/b/${actor.slug}/pickups/new`} className={buttonClass("primary")}>
              {t("book")}
            </Link>
          )
        }
      />
      <Card>
        <DataTable
          label={t("title")}
          empty={t("empty")}
          rows={pickups}
          rowKey={(p) => p.id}
          rowTestId={() => "pickup-row"}
          columns={[
            {
              key: "confirmation",
              header: t("confirmation"),
              className: "font-mono",
              cell: (p) => (
                <Link href={`/b/${actor.slug}/pickups/${p.id}`} className="text-brand-700 underline">
                  {p.confirmationNumber}
                </Link>
              ),
            },
            { key: "when", header: t("when"), cell: (p) => t("window", { date: isoDateText(p.date, locale), ready: p.readyTime, closing: p.closingTime }) },
            { key: "address", header: t("address"), cell: (p) => `${p.line1}, ${p.city}` },
            { key: "parcels", header: t("parcelsColumn"), cell: (p) => p.parcels },
            { key: "fee", header: t("feeColumn"), cell: (p) => (p.totalCents ? formatMoney(p.totalCents, locale) : t("free")) },
            { key: "status", header: t("status"), cell: (p) => <Badge tone={p.status === "SCHEDULED" ? "emerald" : "zinc"}>{t(`statuses.${p.status}`)}</Badge> },
          ]}
        />
      </Card>
    </div>
  );
}
