import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { findPostOffices } from "@/lib/carriers/post-offices";
import { requestLocaleOr } from "@/lib/i18n/current";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { OfficeList } from "@/components/post-offices/office-list";
import { OfficeMap } from "@/components/post-offices/office-map";
import { OfficeSearch } from "@/components/post-offices/office-search";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offices"))("title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Find a post office: near a postal code, an address or a city (?q=), closest first, with hours. */
export default async function PostOfficesPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  if (!can(actor.role, "business.read")) notFound();
  const t = await getTranslations("offices");
  const locale = await requestLocaleOr("en");
  const search = await searchParams;
  const query = first(search.q).trim().slice(0, 200);
  const d2poOnly = first(search.d2po) === "1";
  const found = query ? await findPostOffices(actor, { text: query, limit: 10, d2poOnly }) : null;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("lead")} />
      <Card>
        <OfficeSearch query={query} d2poOnly={d2poOnly} />
      </Card>
      {query && !found && <Alert tone="warning">{t("notFound", { query })}</Alert>}
      {found && (
        <section aria-labelledby="offices-results" className="space-y-4">
          {found.sample && (
            <Alert tone="info">
              <span data-testid="sample-note">{t("sampleNote")}</span>
            </Alert>
          )}
          <Card>
            <h2 id="offices-results" className="mb-3 text-base font-semibold">
              {t("resultsTitle", { count: found.offices.length, query })}
            </h2>
            <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
              <OfficeList offices={found.offices} locale={locale} />
              <div className="lg:sticky lg:top-4 lg:self-start">
                <OfficeMap offices={found.offices} />
              </div>
            </div>
          </Card>
        </section>
      )}
    </div>
  );
}
