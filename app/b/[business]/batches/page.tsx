import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { listBatches } from "@/lib/batches/list-batches";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { parseWholeNumber } from "@/lib/forms/decimal";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { createBatchAction } from "./actions";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("batches"))("listTitle") };
}

const TONE = { DRAFT: "amber", PAYING: "amber", PAID: "brand", LABELLED: "emerald", CANCELLED: "zinc" } as const;

export default async function BatchesPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("batches");
  const orders = await getTranslations("orders");
  // Set by the import of a file of orders when it made several batches (app/b/[business]/batches/import/actions.ts).
  const typed = (await searchParams).imported;
  const read = parseWholeNumber(typeof typed === "string" ? typed : "");
  const imported = read.ok ? (read.value ?? 0) : 0;
  const canShip = can(actor.role, "shipments.create");
  const format = await getFormatter();
  const locale = await requestLocaleOr("en");
  const { rows } = await listBatches(actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("listTitle")}
        description={t("listLead")}
        actions={
          canShip && (
            <>
              <Link href={`/b/${actor.slug}/batches/import`} className={buttonClass("secondary")}>
                {orders("link")}
              </Link>
              <ActionButton action={createBatchAction} slug={actor.slug} label={t("newBatch")} variant="primary" />
            </>
          )
        }
      />
      {imported > 0 && <Alert tone="success">{orders("imported", { count: imported })}</Alert>}
      <Card>
        <DataTable
          label={t("listTitle")}
          empty={t("noBatches")}
          rows={rows}
          rowKey={(b) => b.id}
          columns={[
            {
              key: "batch",
              header: t("batch"),
              cell: (b) => (
                <Link href={`/b/${actor.slug}/batches/${b.id}`} className="font-medium text-brand-700 underline">
                  {t("batchNumber", { number: b.number })}
                </Link>
              ),
            },
            { key: "status", header: t("status"), cell: (b) => <Badge tone={TONE[b.status]}>{t(`statuses.${b.status}`)}</Badge> },
            { key: "shipments", header: t("shipmentsCount"), className: "tabular-nums", cell: (b) => b.shipments },
            { key: "price", header: t("price"), align: "right", className: "tabular-nums", cell: (b) => (b.totalCents !== null ? formatMoney(b.totalCents, locale) : "") },
            { key: "created", header: t("created"), cell: (b) => format.dateTime(b.createdAt, { dateStyle: "medium" }) },
          ]}
        />
      </Card>
    </div>
  );
}
