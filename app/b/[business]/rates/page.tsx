import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { addressFormOptions } from "@/lib/addresses";
import { requestLocaleOr } from "@/lib/i18n/current";
import { listLocations } from "@/lib/locations/locations";
import { initialQuoteValues } from "@/lib/rates/initial-values";
import { QUICK_QUOTE_FIELDS } from "@/lib/rates/quick-quote-schema";
import { isoDateText } from "@/lib/rates/present";
import { runQuickQuote } from "@/lib/rates/run-quick-quote";
import { effectiveDefaults } from "@/lib/settings/settings";
import { listTemplates } from "@/lib/templates/templates";
import { requireActor } from "@/lib/tenancy/page";
import { QuickQuoteForm } from "@/components/rates/quick-quote-form";
import { RatesTable } from "@/components/rates/rates-table";
import { UnavailableList } from "@/components/rates/unavailable-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rates"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function RatesPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("rates");
  const locale = await requestLocaleOr("en");
  const search = await searchParams;
  const submitted: Record<string, string> = {};
  for (const key of QUICK_QUOTE_FIELDS) {
    const v = search[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) submitted[key] = value;
  }
  const asked = Object.keys(submitted).length > 0;
  const [locations, templates, defaults] = await Promise.all([listLocations(actor), listTemplates(actor), effectiveDefaults(actor)]);
  const values = asked ? submitted : initialQuoteValues(defaults, locations);
  const outcome = asked ? await runQuickQuote(actor, submitted, locale) : null;
  const errors = outcome?.fieldErrors ?? {};
  const { countries, states } = addressFormOptions(locale);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("lead")} />
      <Card>
        <QuickQuoteForm
          values={values}
          errors={errors}
          locations={locations.map((l) => ({ id: l.id, label: l.label, postalCode: l.postalCode }))}
          templates={templates.map((x) => ({ id: x.id, name: x.name, lengthMm: x.lengthMm, widthMm: x.widthMm, heightMm: x.heightMm, weightGrams: x.weightGrams }))}
          countries={countries}
          states={states}
        />
      </Card>
      {outcome?.status === "error" && <Alert tone="error">{outcome.error}</Alert>}
      {outcome?.status === "ok" && (
        <section aria-labelledby="rates-results" className="space-y-4">
          {outcome.result.messages.map((m) => (
            <Alert key={m} tone="warning">
              {m}
            </Alert>
          ))}
          {Object.keys(errors).length > 0 ? (
            <Alert tone="error">{Object.values(errors).join(" ")}</Alert>
          ) : (
            <Card>
              <h2 id="rates-results" className="mb-3 text-base font-semibold">
                {t("resultsTitle", { count: outcome.result.quotes.length })}
              </h2>
              {outcome.result.quotes.length > 0 && <RatesTable quotes={outcome.result.quotes} />}
              <UnavailableList services={outcome.result.unavailable} />
              <div className="mt-4 space-y-1 text-xs text-zinc-500">
                {outcome.priceList && <p>{t("priceList", { name: outcome.priceList.name, date: isoDateText(outcome.priceList.effectiveFrom, locale) })}</p>}
                <p data-testid="sandbox-note">{outcome.result.mode === "reference" ? t("sandbox") : outcome.result.mode === "sandbox" ? t("canadaPostSandbox") : t("canadaPostLive")}</p>
              </div>
            </Card>
          )}
        </section>
      )}
    </div>
  );
}
