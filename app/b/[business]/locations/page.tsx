import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { provinceName, provinceOptions } from "@/lib/addresses";
import { requestLocaleOr } from "@/lib/i18n/current";
import { listLocations } from "@/lib/locations/locations";
import { shipsUnderContract } from "@/lib/manifests/close-day";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { deleteLocationAction, makeDefaultLocationAction } from "./actions";
import { ActionButton } from "@/components/forms/action-button";
import { LocationForm } from "@/components/locations/location-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("locations"))("title") };
}

export default async function LocationsPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("locations");
  const locale = await requestLocaleOr("en");
  const [locations, contract] = await Promise.all([listLocations(actor), shipsUnderContract(actor)]);
  const editable = can(actor.role, "business.edit");
  const provinces = provinceOptions(locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("help")} />
      <Card title={t("listTitle", { count: locations.length })}>
        {locations.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100">
            {locations.map((l) => (
              <li key={l.id} className="py-3" data-testid={`location-${l.label}`}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <address className="text-sm not-italic">
                    <div className="flex items-center gap-2 font-medium">
                      {l.label} {l.isDefault && <Badge tone="emerald">{t("default")}</Badge>}
                    </div>
                    <div>{[l.contactName, l.company].filter(Boolean).join(", ")}</div>
                    <div>{[l.line1, l.line2].filter(Boolean).join(", ")}</div>
                    <div>
                      {l.city} {provinceName(l.province, locale) ?? l.province} {l.postalCode}
                    </div>
                    <div className="text-zinc-500">{l.phone}</div>
                    {contract && l.closeTime && <div className="text-zinc-600">{t("closesAt", { time: l.closeTime })}</div>}
                  </address>
                  {editable && (
                    <div className="flex items-start gap-2">
                      {!l.isDefault && (
                        <ActionButton
                          action={makeDefaultLocationAction}
                          slug={actor.slug}
                          fields={{ id: l.id }}
                          variant="secondary"
                          label={t("makeDefault")}
                          ariaLabel={t("makeDefaultNamed", { name: l.label })}
                        />
                      )}
                      <ActionButton
                        action={deleteLocationAction}
                        slug={actor.slug}
                        fields={{ id: l.id }}
                        label={t("delete")}
                        ariaLabel={t("deleteNamed", { name: l.label })}
                        confirm={t("confirmDelete", { name: l.label })}
                      />
                    </div>
                  )}
                </div>
                {editable && (
                  <Disclosure label={t("edit")}>
                      <LocationForm
                        slug={actor.slug}
                        provinces={provinces}
                        contract={contract}
                        initial={{ id: l.id, label: l.label, contactName: l.contactName, company: l.company ?? "", phone: l.phone, email: l.email ?? "", line1: l.line1, line2: l.line2 ?? "", city: l.city, province: l.province, postalCode: l.postalCode, closeTime: l.closeTime ?? "" }}
                      />
                    </Disclosure>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {editable && (
        <Card title={t("newTitle")}>
          <LocationForm slug={actor.slug} provinces={provinces} contract={contract} />
        </Card>
      )}
    </div>
  );
}
