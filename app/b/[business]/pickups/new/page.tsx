import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { PickupForm } from "@/components/pickups/pickup-form";
import { Card } from "@/components/ui/card";
import { requestLocaleOr } from "@/lib/i18n/current";
import { EMPTY_PICKUP, pickupFormData } from "@/lib/pickups/form-data";
import { batchParcels } from "@/lib/pickups/prefill";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pickups"))("newTitle") };
}

/** Book a one-off pickup; `?batch=<id>` starts from a paid batch's parcels. */
export default async function NewPickupPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor((await params).business);
  const { batch } = await searchParams;
  const t = await getTranslations("pickups");
  const locale = await requestLocaleOr("en");
  const data = await pickupFormData(actor, locale);
  const fromBatch = batch ? await batchParcels(actor, batch) : null;
  const values = {
    ...EMPTY_PICKUP,
    locationId: fromBatch?.locationId ?? data.firstLocationId,
    date: data.dates[0] ?? "",
    ...(fromBatch ? { parcels: String(fromBatch.parcels), totalWeight: String(fromBatch.totalWeightGrams / 1000), heavy: fromBatch.heavy } : {}),
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("newTitle")} />
      <p className="text-sm text-zinc-600">{t("rulesHelp")}</p>
      <Card>
        {can(actor.role, "shipments.create") ? (
          <PickupForm slug={actor.slug} batchId={fromBatch ? batch : undefined} locations={data.locations} provinces={data.provinces} values={values} dates={data.dates} fee={data.fee} billedByCarrier={data.billedByCarrier} fallbackContact={data.fallbackContact} />
        ) : (
          <p className="text-sm text-zinc-600">{t("roleCannotBook")}</p>
        )}
      </Card>
    </div>
  );
}
