import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";
import { TrackSearch } from "@/components/tracking/track-search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.public"))("searchTitle") };
}

/** Track a parcel by its number (no sign-in). */
export default async function TrackPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { number } = await searchParams;
  if (number?.trim()) redirect(`/track/${encodeURIComponent(number.trim())}`);
  const t = await getTranslations("tracking.public");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="mb-6 text-2xl font-bold">{t("searchTitle")}</h1>
        <TrackSearch />
      </main>
    </>
  );
}
