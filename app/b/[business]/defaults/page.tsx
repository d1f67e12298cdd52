import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { requestLocaleOr } from "@/lib/i18n/current";
import { listLocations } from "@/lib/locations/locations";
import { SERVICES } from "@/lib/rating/services";
import { getBusinessDefaults, getUserOverrides } from "@/lib/settings/settings";
import type { DefaultOptions } from "@/lib/settings/schemas";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { BusinessDefaultsForm, type DefaultsChoices } from "@/components/settings/business-defaults-form";
import { MyDefaultsForm } from "@/components/settings/my-defaults-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("defaults"))("title") };
}

export default async function DefaultsPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("defaults");
  const units = await getTranslations("units");
  const locale = await requestLocaleOr("en");
  const [business, own, locations] = await Promise.all([getBusinessDefaults(actor), getUserOverrides(actor), listLocations(actor)]);
  const choices: DefaultsChoices = {
    locations: locations.map((l) => ({ value: l.id, label: l.label })),
    services: SERVICES.filter((s) => s.destination === "domestic").map((s) => ({ value: s.code, label: s.name[locale] })),
    labelFormats: (["PDF_4X6", "PDF_LETTER"] as const).map((v) => ({ value: v, label: t(`labelFormats.${v}`) })),
    units: (["METRIC", "IMPERIAL"] as const).map((v) => ({ value: v, label: units(v) })),
    locales: (["en", "fr"] as const).map((v) => ({ value: v, label: t(`languages.${v}`) })),
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("help")} />
      <Card title={t("businessTitle")}>
        {can(actor.role, "business.edit") ? (
          <BusinessDefaultsForm slug={actor.slug} defaults={business} choices={choices} />
        ) : (
          <Alert tone="info">{t("businessReadOnly")}</Alert>
        )}
      </Card>
      {can(actor.role, "settings.editOwn") && (
        <Card title={t("mineTitle")} description={t("mineHelp")}>
          <MyDefaultsForm
            slug={actor.slug}
            business={business}
            choices={choices}
            own={{
              defaultLocationId: own?.defaultLocationId ?? null,
              defaultService: own?.defaultService ?? null,
              labelFormat: own?.labelFormat ?? null,
              units: own?.units ?? null,
              locale: own?.locale ?? null,
              reference: own?.reference ?? null,
              notificationEmails: Array.isArray(own?.notificationEmails) ? (own.notificationEmails as string[]) : null,
              defaultOptions: own?.defaultOptions ? (own.defaultOptions as unknown as DefaultOptions) : null,
            }}
          />
        </Card>
      )}
    </div>
  );
}
