import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("listTitle")}</h1>
          <p className="mt-1 text-sm text-zinc-600">{t("listLead")}</p>
        </div>
        {canShip && (
          <div className="flex flex-wrap items-start gap-2">
            <Link href={`/b/${actor.slug}/batches/import`} className={buttonClass("secondary")}>
              {orders("link")}
            </Link>
            <ActionButton action={createBatchAction} slug={actor.slug} label={t("newBatch")} variant="primary" />
          </div>
        )}
      </div>
      {imported > 0 && <Alert tone="success">{orders("imported", { count: imported })}</Alert>}
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("noBatches")}</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label={t("listTitle")}>
            <thead className="border-b border-zinc-200 text-zinc-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("batch")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("status")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("shipmentsCount")}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">{t("price")}</th>
                <th scope="col" className="py-2 font-medium">{t("created")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((b) => (
                <tr key={b.id}>
                  <td className="py-2 pr-3">
                    <Link href={`/b/${actor.slug}/batches/${b.id}`} className="font-medium text-brand-700 underline">
                      {t("batchNumber", { number: b.number })}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">
                    <Badge tone={TONE[b.status]}>{t(`statuses.${b.status}`)}</Badge>
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{b.shipments}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{b.totalCents !== null ? formatMoney(b.totalCents, locale) : ""}</td>
                  <td className="py-2">{format.dateTime(b.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
