import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { publicReturn } from "@/lib/returns/public";

export async function generateMetadata(): Promise<Metadata> {
  return { robots: { index: false } };
}

/** The customer's return label (no sign-in: the link's secret is the key): the label, a download, and what to do. */
export default async function ReturnLabelPage({ params }: { params: Promise<{ business: string; token: string }> }) {
  const { business, token } = await params;
  const ret = await publicReturn(business, token);
  if (!ret) notFound();
  const t = await getTranslations("returns.page");
  const pdfUrl = `/returns/${encodeURIComponent(business)}/label/${encodeURIComponent(token)}/pdf`;
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-3xl space-y-4 p-6">
        <h1 className="text-2xl font-semibold">{t("title", { number: ret.number })}</h1>
        <p className="text-zinc-700">{t("from", { business: ret.businessName })}</p>
        {ret.status === "CANCELLED" ? (
          <Alert tone="warning">{t("cancelled", { business: ret.businessName })}</Alert>
        ) : (
          <>
            {ret.trackingNumber && <p className="text-sm text-zinc-700">{t("tracking", { tracking: ret.trackingNumber })}</p>}
            <p>{t("instructions")}</p>
            {/* Links, not a frame: the PDF route may not be framed (frame-ancestors 'none', X-Frame-Options DENY), and phones rarely show framed PDFs. */}
            <p className="flex flex-wrap gap-3">
              <a className={buttonClass("primary")} href={pdfUrl}>
                {t("open")}
              </a>
              <a className={buttonClass("secondary")} href={`${pdfUrl}?download=1`}>
                {t("download")}
              </a>
            </p>
          </>
        )}
      </main>
    </>
  );
}
