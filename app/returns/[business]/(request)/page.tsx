import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";
import { ReturnsFlow } from "@/components/returns-page/returns-flow";
import { returnsPageOf } from "@/lib/returns-page/lookup";

/** The business behind the page, read once per request (for the title and the page). */
const pageOf = cache(returnsPageOf);

export async function generateMetadata({ params }: { params: Promise<{ business: string }> }): Promise<Metadata> {
  const { business } = await params;
  const page = await pageOf(business);
  const t = await getTranslations("returnsPage.page");
  // A page turned off reads exactly like one that does not exist.
  return { title: page?.enabled ? t("title", { business: page.name }) : t("unavailableTitle") };
}

/**
 * A business's public returns page (no sign-in), /returns/<slug>: a customer finds their order by
 * its number and email or postal code, picks what comes back and why, and gets the label (or sends
 * the request for approval). Off or unknown: the same 404.
 */
export default async function ReturnsPage({ params }: { params: Promise<{ business: string }> }) {
  const { business } = await params;
  const page = await pageOf(business);
  if (!page?.enabled) notFound();
  const t = await getTranslations("returnsPage.page");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-10">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title", { business: page.name })}</h1>
          <p className="text-zinc-700">{t("intro", { days: page.windowDays })}</p>
        </div>
        <ReturnsFlow slug={business} businessName={page.name} />
      </main>
    </>
  );
}
