import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { listPickups } from "@/lib/pickups/pickups";
import { isoDateText } from "@/lib/rates/present";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";

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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {can(actor.role, "shipments.create") && (
          <Link href={`/b/${actor.slug}/pickups/new`} className={buttonClass("primary")}>
            {t("book")}
          </Link>
        )}
      </div>
      <Card>
        {pickups.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("empty")}</p>
        ) : (
          <table className="w-full text-sm" aria-label={t("title")}>
            <thead>
              <tr className="text-left text-zinc-600">
                <th className="py-1 pr-3 font-medium">{t("confirmation")}</th>
                <th className="py-1 pr-3 font-medium">{t("when")}</th>
                <th className="py-1 pr-3 font-medium">{t("address")}</th>
                <th className="py-1 pr-3 font-medium">{t("parcelsColumn")}</th>
                <th className="py-1 pr-3 font-medium">{t("feeColumn")}</th>
                <th className="py-1 font-medium">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {pickups.map((p) => (
                <tr key={p.id} className="border-t border-zinc-100" data-testid="pickup-row">
                  <td className="py-1.5 pr-3 font-mono">
                    <Link href={`/b/${actor.slug}/pickups/${p.id}`} className="text-brand-700 underline">
                      {p.confirmationNumber}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">{t("window", { date: isoDateText(p.date, locale), ready: p.readyTime, closing: p.closingTime })}</td>
                  <td className="py-1.5 pr-3">{`${p.line1}, ${p.city}`}</td>
                  <td className="py-1.5 pr-3">{p.parcels}</td>
                  <td className="py-1.5 pr-3">{p.totalCents ? formatMoney(p.totalCents, locale) : t("free")}</td>
                  <td className="py-1.5">
                    <Badge tone={p.status === "SCHEDULED" ? "emerald" : "zinc"}>{t(`statuses.${p.status}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
