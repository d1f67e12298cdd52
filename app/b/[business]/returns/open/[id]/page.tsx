/**
 * One open return template: what it is, "Print labels" (a PDF of that many new labels), its labels
 * (issued, scanned = used and charged, arrived) with each print's PDF, and "Retire".
 */
import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { parcelText } from "@/components/open-returns/parcel-text";
import { PrintForm, RetireButton } from "@/components/open-returns/print-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ID_MAX } from "@/lib/forms/limits";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { PRINT_MAX } from "@/lib/open-returns/schemas";
import { openReturnDetail } from "@/lib/open-returns/templates";
import { serviceInfo } from "@/lib/rating/services";
import { effectiveDefaults } from "@/lib/settings/settings";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openReturns"))("detail.title") };
}

type Search = Record<string, string | string[] | undefined>;
const PRINT_ID = /^[A-Za-z0-9_-]{8,64}$/;

export default async function OpenReturnPage({ params, searchParams }: { params: Promise<{ business: string; id: string }>; searchParams: Promise<Search> }) {
  const { business, id } = await params;
  const actor = await requireActor(business);
  if (id.length > ID_MAX) notFound();
  const [template, defaults] = await Promise.all([openReturnDetail(actor, id), effectiveDefaults(actor)]);
  if (!template) notFound();
  const t = await getTranslations("openReturns");
  const locale = await requestLocaleOr("en");
  const search = await searchParams;
  const printed = typeof search.printed === "string" && PRINT_ID.test(search.printed) ? search.printed : null;
  const size = search.size === "letter" ? "letter" : "thermal4x6";
  const printedCount = printed ? template.labels.filter((l) => l.printId === printed).length : 0;
  const base = `/b/${actor.slug}/returns/open/${template.id}`;
  const remaining = template.maxUses - template.labelsIssued;
  const shipper = can(actor.role, "shipments.create");
  const active = template.status === "ACTIVE";
  const when = (d: Date | null) => (d ? formatDate(d, locale, { dateStyle: "medium", timeStyle: "short" }) : "—");
  // Each print's labels, newest print first, for its PDF again.
  const prints = [...new Map(template.labels.filter((l) => l.printId).map((l) => [l.printId!, { printId: l.printId!, issuedAt: l.issuedAt, count: template.labels.filter((x) => x.printId === l.printId).length }])).values()];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("detail.heading", { name: [template.locationLabel ?? template.returnTo?.name, template.returnTo?.city].filter(Boolean).join(", ") })}
        description={t("intro")}
        actions={
          <Link href={`/b/${actor.slug}/returns/open`} className={buttonClass("secondary")}>
            {t("detail.back")}
          </Link>
        }
      />
      {printed && printedCount > 0 && (
        <Alert tone="success">
          <span data-testid="printed">{t("print.done", { count: printedCount })}</span>{" "}
          <a href={`${base}/prints/${printed}?size=${size}`} className="font-semibold underline" download>
            {t("print.download")}
          </a>
        </Alert>
      )}
      <Card title={t("detail.summary")}>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          {[
            [t("list.returnTo"), template.returnTo ? `${template.returnTo.name}, ${template.returnTo.line1}, ${template.returnTo.city} ${template.returnTo.province} ${template.returnTo.postalCode}` : ""],
            [t("list.service"), serviceInfo(template.serviceCode)?.name[locale] ?? template.serviceCode],
            [t("list.parcel"), parcelText(template, defaults.units, locale)],
            [t("list.maxUses"), String(template.maxUses)],
            [t("list.issued"), String(template.labelsIssued)],
            [t("list.uses"), String(template.uses)],
            [t("list.price"), template.carrierAccountId ? t("list.ownAccount") : formatMoney(template.estimatedCents, locale)],
            [t("list.status"), t(`status.${template.status}`)],
            [t("list.created"), when(template.createdAt)],
          ].map(([term, value]) => (
            <div key={term}>
              <dt className="text-zinc-500">{term}</dt>
              <dd className="font-medium text-zinc-900" data-testid={`summary-${term}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        {!active && template.retiredAt && <p className="mt-3 text-sm text-zinc-600">{t("detail.retired", { date: when(template.retiredAt) })}</p>}
      </Card>
      {shipper && active && (
        <Card title={t("print.title")} description={t("print.help")}>
          {remaining > 0 ? (
            <PrintForm slug={actor.slug} openReturnId={template.id} printId={crypto.randomUUID()} remaining={remaining} defaultSize={defaults.labelFormat === "PDF_LETTER" ? "letter" : "thermal4x6"} />
          ) : (
            <p className="text-sm text-zinc-600">{t("print.usedUp", { max: template.maxUses })}</p>
          )}
          <p className="mt-3 text-xs text-zinc-500">{t("print.limit", { max: PRINT_MAX })}</p>
        </Card>
      )}
      <Card title={t("labels.title", { count: template.labels.length })}>
        <DataTable
          label={t("labels.title", { count: template.labels.length })}
          empty={t("labels.empty")}
          rows={template.labels}
          rowKey={(l) => l.id}
          rowTestId={() => "open-return-label"}
          scroll
          columns={[
            { key: "tracking", header: t("labels.tracking"), className: "font-mono", cell: (l) => l.trackingNumber },
            { key: "issued", header: t("labels.issued"), cell: (l) => when(l.issuedAt) },
            { key: "scanned", header: t("labels.scanned"), cell: (l) => when(l.scannedAt) },
            { key: "arrived", header: t("labels.arrived"), cell: (l) => when(l.arrivedAt) },
            {
              key: "charged",
              header: t("labels.charged"),
              align: "right",
              cell: (l) => (l.scannedAt ? (l.chargedCents === null ? t("list.ownAccount") : formatMoney(l.chargedCents, locale)) : "—"),
            },
          ]}
        />
        {prints.length > 0 && (
          <div className="mt-4 space-y-1 text-sm">
            <h3 className="font-medium text-zinc-800">{t("labels.prints")}</h3>
            <ul className="space-y-1">
              {prints.map((p) => (
                <li key={p.printId} className="flex flex-wrap gap-x-3">
                  <span>{t("labels.print", { count: p.count, date: when(p.issuedAt) })}</span>
                  <a href={`${base}/prints/${p.printId}?size=thermal4x6`} className="text-brand-700 underline" download>
                    {t("print.sizes.thermal4x6")}
                  </a>
                  <a href={`${base}/prints/${p.printId}?size=letter`} className="text-brand-700 underline" download>
                    {t("print.sizes.letter")}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      {shipper && active && (
        <Card title={t("retire.title")} description={t("retire.help")}>
          <RetireButton slug={actor.slug} openReturnId={template.id} />
        </Card>
      )}
    </div>
  );
}
