import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";
import { TrackSearch } from "@/components/tracking/track-search";
import { TrackingTimeline } from "@/components/tracking/tracking-timeline";
import { Alert } from "@/components/ui/alert";
import { requestLocaleOr } from "@/lib/i18n/current";
import { serviceName } from "@/lib/rates/present";
import { normalizeTrackingNumber, publicTracking } from "@/lib/tracking/public";
import { consumeTrackingLookup } from "@/lib/tracking/visitor";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations("tracking.public");
  return { title: t("title", { number: decodeURIComponent(number).slice(0, 40) }), robots: { index: false } };
}

/**
 * The public tracking page (no sign-in): status, expected delivery and events in the visitor's
 * language, and nothing else. `?embed=1` leaves out the header, for a shop's iframe.
 */
export default async function PublicTrackingPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { number: raw } = await params;
  const { embed } = await searchParams;
  const t = await getTranslations("tracking.public");
  const tt = await getTranslations("tracking");
  const locale = await requestLocaleOr("en");
  const typed = decodeURIComponent(raw).slice(0, 40);
  const number = normalizeTrackingNumber(typed);
  const limit = await consumeTrackingLookup(await headers(), "page");
  const tracking = limit.allowed && number ? await publicTracking(number) : null;

  const body = !limit.allowed ? (
    <Alert tone="warning">{t("rateLimited", { seconds: limit.retryAfterSeconds })}</Alert>
  ) : !number ? (
    <Alert tone="error">{t("invalidNumber", { number: typed })}</Alert>
  ) : !tracking ? (
    <Alert tone="error">{t("unknownNumber", { number })}</Alert>
  ) : (
    <div className="space-y-4">
      {tracking.serviceCode && <p className="text-sm text-zinc-700">{serviceName(tracking.serviceCode, locale)}</p>}
      {tracking.tracked ? (
        <TrackingTimeline status={tracking.status} expectedDeliveryDate={tracking.expectedDeliveryDate} events={tracking.events} locale={locale} sample={tracking.sample} />
      ) : (
        <p className="text-sm text-zinc-700">{tt("notTracked", { service: serviceName(tracking.serviceCode!, locale) })}</p>
      )}
    </div>
  );
  const content = (
    <main id="main" className={embed ? "p-4" : "mx-auto max-w-2xl px-4 py-10"}>
      <h1 className="mb-1 text-sm font-medium text-zinc-600">{t("heading")}</h1>
      <p className="mb-6 font-mono text-2xl font-bold" data-testid="tracking-number">
        {number ?? typed}
      </p>
      {body}
      {!embed && (
        <div className="mt-10 border-t border-zinc-200 pt-6">
          <TrackSearch />
        </div>
      )}
    </main>
  );
  return embed ? content : (
    <>
      <PublicHeader />
      {content}
    </>
  );
}
