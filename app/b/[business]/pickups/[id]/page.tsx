import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { cancelPickupAction } from "../actions";
import { ActionButton } from "@/components/forms/action-button";
import { PickupForm } from "@/components/pickups/pickup-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { pickupFormData } from "@/lib/pickups/form-data";
import { getPickup } from "@/lib/pickups/pickups";
import { canChangePickup } from "@/lib/carriers/pickup-rules";
import { postalCodeTimeZone } from "@/lib/rating/places";
import { isoDateText } from "@/lib/rates/present";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pickups"))("detailTitle") };
}

export default async function PickupPage({ params, searchParams }: { params: Promise<{ business: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { business, id } = await params;
  const { booked, cancelled } = await searchParams;
  const actor = await requireActor(business);
  const p = await getPickup(actor, id);
  if (!p) notFound();
  const t = await getTranslations("pickups");
  const locale = await requestLocaleOr("en");
  const changeable = p.status === "SCHEDULED" && canChangePickup(p.date, new Date(), postalCodeTimeZone(p.postalCode) ?? "America/Toronto") && can(actor.role, "shipments.create");
  const data = changeable ? await pickupFormData(actor, locale) : null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm text-zinc-600">{t("confirmation")}</p>
          <h1 className="font-mono text-2xl font-bold">{p.confirmationNumber}</h1>
        </div>
        <Badge tone={p.status === "SCHEDULED" ? "emerald" : "zinc"}>{t(`statuses.${p.status}`)}</Badge>
      </div>
      {booked === "1" && <Alert tone="success">{t("bookedMessage", { number: p.confirmationNumber })}</Alert>}
      {cancelled === "1" && p.status === "CANCELLED" && <Alert tone="success">{t("cancelledMessage", { number: p.confirmationNumber })}</Alert>}
      <Card title={t("summary")}>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <dt className="text-zinc-600">{t("when")}</dt>
          <dd>{t("window", { date: isoDateText(p.date, locale), ready: p.readyTime, closing: p.closingTime })}</dd>
          <dt className="text-zinc-600">{t("address")}</dt>
          <dd>{[p.company, p.line1, p.line2, `${p.city.toUpperCase()} ${p.province}  ${p.postalCode}`].filter(Boolean).join(", ")}</dd>
          <dt className="text-zinc-600">{t("form.where")}</dt>
          <dd>{t(`form.locations.${p.location}`)}{p.instructions ? ` · ${p.instructions}` : ""}</dd>
          <dt className="text-zinc-600">{t("contact")}</dt>
          <dd>{`${p.contactName} · ${p.contactPhone} · ${p.contactEmail}`}</dd>
          <dt className="text-zinc-600">{t("parcelsColumn")}</dt>
          <dd>{t("parcelsText", { count: p.parcels, weight: p.totalWeightGrams / 1000 })}{p.heavy ? ` · ${t("heavyShort")}` : ""}</dd>
          <dt className="text-zinc-600">{t("feeColumn")}</dt>
          <dd data-testid="pickup-total">{p.totalCents ? t(p.carrierAccountId ? "feeBilledCarrier" : "feeBilled", { amount: formatMoney(p.totalCents, locale) }) : t("free")}</dd>
        </dl>
      </Card>
      {changeable && data ? (
        <>
          <Card title={t("form.changeTitle")}>
            <PickupForm
              slug={actor.slug}
              pickupId={p.id}
              locations={data.locations}
              provinces={data.provinces}
              dates={data.dates}
              fee={data.fee}
              billedByCarrier={Boolean(p.carrierAccountId)}
              fallbackContact={data.fallbackContact}
              values={{ locationId: p.locationId ?? "other", company: p.company ?? "", line1: p.line1, line2: p.line2 ?? "", city: p.city, province: p.province, postalCode: p.postalCode, date: p.date, readyTime: p.readyTime, closingTime: p.closingTime, location: p.location, instructions: p.instructions ?? "", contactName: p.contactName, contactPhone: p.contactPhone, contactEmail: p.contactEmail, parcels: String(p.parcels), totalWeight: String(p.totalWeightGrams / 1000), heavy: p.heavy }}
            />
          </Card>
          <ActionButton action={cancelPickupAction} slug={actor.slug} fields={{ pickupId: p.id }} label={t("cancel")} confirm={t("confirmCancel", { number: p.confirmationNumber })} className="items-start" />
        </>
      ) : (
        p.status === "SCHEDULED" && <p className="text-sm text-zinc-600">{t("noLongerChangeable")}</p>
      )}
    </div>
  );
}
