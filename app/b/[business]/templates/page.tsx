import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { gramsToDisplay, mmToDisplay } from "@/lib/rating/measures";
import { effectiveDefaults } from "@/lib/settings/settings";
import { listTemplates } from "@/lib/templates/templates";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { deleteTemplateAction } from "./actions";
import { ActionButton } from "@/components/forms/action-button";
import { TemplateForm } from "@/components/templates/template-form";
import { UnitsSwitch } from "@/components/settings/units-switch";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("title") };
}

export default async function TemplatesPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("templates");
  const [templates, defaults] = await Promise.all([listTemplates(actor), effectiveDefaults(actor)]);
  const units = defaults.units;
  const editable = can(actor.role, "addressBook.edit");
  const len = units === "METRIC" ? "cm" : "in";
  const wt = units === "METRIC" ? "kg" : "lb";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} actions={<UnitsSwitch slug={actor.slug} units={units} />} />
      {editable && (
        <Card title={t("newTitle")} description={t("help")}>
          <TemplateForm slug={actor.slug} units={units} />
        </Card>
      )}
      <Card title={t("listTitle", { count: templates.length })}>
        {templates.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100">
            {templates.map((tpl) => {
              const dims = [tpl.lengthMm, tpl.widthMm, tpl.heightMm].map((mm) => mmToDisplay(mm, units));
              const weight = gramsToDisplay(tpl.weightGrams, units);
              return (
                <li key={tpl.id} className="py-3" data-testid={`template-${tpl.name}`}>
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <div>
                      <div className="font-medium">{tpl.name}</div>
                      <div className="text-sm text-zinc-600">
                        {t(`packagings.${tpl.packaging}`)} · <span data-testid="dimensions">{dims.join(" × ")} {len}</span> · <span data-testid="weight">{weight} {wt}</span>
                      </div>
                    </div>
                    {editable && (
                      <ActionButton
                        action={deleteTemplateAction}
                        slug={actor.slug}
                        fields={{ id: tpl.id }}
                        label={t("delete")}
                        ariaLabel={t("deleteNamed", { name: tpl.name })}
                        confirm={t("confirmDelete", { name: tpl.name })}
                      />
                    )}
                  </div>
                  {editable && (
                    <Disclosure label={t("edit")}>
                      <TemplateForm
                          slug={actor.slug}
                          units={units}
                          initial={{ id: tpl.id, name: tpl.name, packaging: tpl.packaging, length: String(dims[0]), width: String(dims[1]), height: String(dims[2]), weight: String(weight) }}
                        />
                    </Disclosure>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
