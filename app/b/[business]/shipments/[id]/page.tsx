import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { businessFirst } from "@/lib/labels/format";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { requestLocaleOr } from "@/lib/i18n/current";
import { formatMoney } from "@/lib/i18n/format";
import { presentQuote } from "@/lib/rates/present";
import { getShipment } from "@/lib/shipments/list-shipments";
import { ShipmentReturns } from "@/components/returns/shipment-returns";
import { effectiveDefaults } from "@/lib/settings/settings";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { voidShipmentAction } from "../../batches/actions";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmailLabelsForm } from "@/components/email/email-labels-form";
import { EmailLog } from "@/components/email/email-log";
import { TrackingTimeline } from "@/components/tracking/tracking-timeline";
import { currentUser } from "@/lib/auth/session";
import { emailLog } from "@/lib/email/labels-request";
import { refreshIfStale } from "@/lib/tracking/refresh";
import { publicTrackingUrl } from "@/lib/tracking/public-url";
import { canReprint } from "@/lib/tracking/scanned";
import { carrierOf } from "@/lib/carriers/registry";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shipments"))("detailTitle") };
}

function Address({ a }: { a: LabelSnapshot["label"]["sender"] }) {
  return (
    <address className="text-sm not-italic leading-6">
      {a.name && <div>{a.name}</div>}
      {a.company && <div>{a.company}</div>}
      <div>{a.line1}</div>
      {a.line2 && <div>{a.line2}</div>}
      <div>{[a.city, a.province, a.postalCode].filter(Boolean).join(" ")}</div>
      <div>{a.country}</div>
      {a.phone && <div>{a.phone}</div>}
      {a.email && <div>{a.email}</div>}
    </address>
  );
}

export default async function ShipmentPage({ params }: { params: Promise<{ business: string; id: string }> }) {
  const { business, id } = await params;
  const actor = await requireActor(business);
  const t = await getTranslations("shipments");
  const format = await getFormatter();
  const locale = await requestLocaleOr("en");
  let s = await getShipment(actor, id);
  if (!s || !s.labelData) notFound();
  // Ask the carrier again when its last answer is over a minute old.
  if (await refreshIfStale(actor, s)) s = (await getShipment(actor, id)) ?? s;
  const [emails, user] = await Promise.all([emailLog(actor, { shipmentId: s.id }), currentUser()]);
  const tt = await getTranslations("tracking");
  const tp = await getTranslations("packingSlips");
  const editable = can(actor.role, "shipments.create");
  const snap = s.labelData as unknown as LabelSnapshot;
  const { units } = await effectiveDefaults(actor);
  const quote = presentQuote(snap.quote, locale, units);
  const label = snap.label;
  const optionCodes = Object.entries(label.options).filter(([, v]) => v && v !== 0).map(([k]) => k);
  const base = `/b/${actor.slug}/shipments/${s.id}/label`;
  const carrier = (await getTranslations("rating.carriers"))(carrierOf(s.carrier));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Link href={`/b/${actor.slug}/batches/${s.batch.id}`} className="text-sm text-brand-700 underline">
            {t("inBatch", { number: s.batch.number })}
          </Link>
          <h1 className="mt-1 font-mono text-2xl font-bold">{s.trackingNumber}</h1>
        </div>
        <Badge tone={s.status === "VOIDED" || s.status === "VOID_REQUESTED" ? "zinc" : "emerald"}>{t(`statuses.${s.status}`)}</Badge>
      </div>
      {s.status === "VOID_REQUESTED" && (
        <div className="space-y-1 rounded-md bg-zinc-50 p-4 text-sm text-zinc-700 ring-1 ring-zinc-200" data-testid="refund-request">
          <p>{t("refundPending", { carrier, date: format.dateTime(s.voidedAt!, { dateStyle: "medium" }) })}</p>
          {s.refundTicket && <p>{t("refundTicket", { carrier, ticket: s.refundTicket, ticketDate: s.refundTicketDate ?? "none" })}</p>}
          <p>{s.batch.paymentMethod === "CARRIER" ? t("refundPendingCarrier", { carrier }) : t("refundPendingEnvoi", { carrier, amount: formatMoney(s.rateCents ?? 0, locale) })}</p>
        </div>
      )}
      {s.status === "LABELLED" && s.transmittedAt && (
        <p className="text-sm text-zinc-700" data-testid="transmitted">
          {tp("transmitted", { date: format.dateTime(s.transmittedAt, { dateStyle: "medium" }) })}{" "}
          {s.manifest && (
            <Link href={`/b/${actor.slug}/manifests/${s.manifest.id}`} className="text-brand-700 underline">
              {tp("onManifest", { number: s.manifest.number })}
            </Link>
          )}
        </p>
      )}
      {s.status === "LABELLED" && !quote.tracked && (
        <Card title={tt("title")}>
          <p className="text-sm text-zinc-700" data-testid="not-tracked">
            {tt("notTracked", { service: quote.serviceName })}
          </p>
        </Card>
      )}
      {s.trackingStatus && s.status === "LABELLED" && quote.tracked && (
        <Card title={tt("title")}>
          <TrackingTimeline
            status={s.trackingStatus}
            expectedDeliveryDate={s.expectedDeliveryDate}
            events={s.trackingEvents.map((e) => ({ occurredAt: e.occurredAt, place: e.place, description: { en: e.descriptionEn, fr: e.descriptionFr }, signatory: e.signatory }))}
            locale={locale}
            sample
          />
          <div className="mt-4 flex flex-wrap gap-3 text-sm">
            <a href={publicTrackingUrl(s.trackingNumber!, locale)} className="text-brand-700 underline" target="_blank" rel="noopener">
              {tt("publicPage")}
            </a>
            {s.trackingStatus === "DELIVERED" && s.signatory && (
              <a href={`/b/${actor.slug}/shipments/${s.id}/delivery-confirmation`} className="text-brand-700 underline">
                {tt("deliveryConfirmation")}
              </a>
            )}
          </div>
        </Card>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("from")}>
          <Address a={businessFirst(label.sender)} />
        </Card>
        <Card title={t("to")}>
          <Address a={label.recipient} />
        </Card>
      </div>
      <Card title={t("service")}>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <dt className="text-zinc-600">{t("service")}</dt>
          <dd>{quote.serviceName}</dd>
          {quote.tracked && (
            <>
              <dt className="text-zinc-600">{t("expectedDelivery")}</dt>
              <dd>
                {quote.deliveryText} · {quote.guaranteed ? t("guaranteed") : t("notGuaranteed")}
              </dd>
            </>
          )}
          <dt className="text-zinc-600">{t("parcel")}</dt>
          <dd>
            {[label.lengthMm, label.widthMm, label.heightMm].map((mm) => mm / 10).join(" × ")} cm · {label.weightGrams / 1000} kg
          </dd>
          <dt className="text-zinc-600">{t("options")}</dt>
          <dd>{optionCodes.length ? optionCodes.map((k) => t(`optionNames.${k}`)).join(", ") : t("none")}</dd>
          <dt className="text-zinc-600">{t("reference")}</dt>
          <dd>{[label.reference1, label.reference2].filter(Boolean).join(" · ") || t("none")}</dd>
          {s.returnTrackingNumber && (
            <>
              <dt className="text-zinc-600">{t("returnLabel")}</dt>
              <dd className="font-mono">{s.returnTrackingNumber}</dd>
            </>
          )}
          <dt className="text-zinc-600">{t("labelledAt")}</dt>
          <dd>{s.labelledAt ? format.dateTime(s.labelledAt, { dateStyle: "medium", timeStyle: "short" }) : t("labelsPending")}</dd>
        </dl>
      </Card>
      <Card title={t("price")}>
        <table className="w-full max-w-xl text-sm">
          <tbody>
            {quote.lines.map((l, i) => (
              <tr key={i}>
                <td className="py-0.5 pr-4">{l.label}</td>
                <td className="py-0.5 text-right tabular-nums">{l.amount}</td>
              </tr>
            ))}
            <tr className="border-t border-zinc-300 font-semibold">
              <td className="py-1 pr-4">{t("total")}</td>
              <td className="py-1 text-right tabular-nums">{quote.total}</td>
            </tr>
          </tbody>
        </table>
        {s.refund && (
          <p className="mt-2 text-sm text-zinc-600" data-testid="refund">
            {t(`refunds.${s.refund.status}`, { amount: formatMoney(s.refund.amountCents, locale), date: format.dateTime(s.refund.createdAt, { dateStyle: "medium" }) })}
          </p>
        )}
        {s.transactions.map((tr, i) => (
          <p key={i} className="mt-2 text-sm text-zinc-600">
            {t(`transactions.${tr.type}`, { amount: formatMoney(tr.amountCents, locale), date: format.dateTime(tr.createdAt, { dateStyle: "medium" }) })}
          </p>
        ))}
      </Card>
      {s.status === "LABELLED" && !canReprint(s.trackingStatus) && <p className="text-sm text-zinc-600">{tt("scannedNoReprint")}</p>}
      {s.status === "LABELLED" && canReprint(s.trackingStatus) && (
        <Card title={t("label")}>
          <div className="flex flex-wrap items-start gap-2">
            <a href={`${base}?format=PDF_4X6`} className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-semibold text-white">
              {t("printThermal")}
            </a>
            <a href={`${base}?format=PDF_LETTER`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold ring-1 ring-zinc-300">
              {t("printLetter")}
            </a>
            <a href={`${base}?format=ZPL`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold ring-1 ring-zinc-300">
              {t("printZpl")}
            </a>
            <a href={`/b/${actor.slug}/shipments/${s.id}/packing-slip?format=PDF_4X6`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold ring-1 ring-zinc-300">
              {tp("download.thermal")}
            </a>
            <a href={`/b/${actor.slug}/shipments/${s.id}/packing-slip?format=PDF_LETTER`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold ring-1 ring-zinc-300">
              {tp("download.letter")}
            </a>
            {editable && <ActionButton action={voidShipmentAction} slug={actor.slug} fields={{ shipmentId: s.id }} label={t("void")} confirm={t("confirmVoid", { tracking: s.trackingNumber ?? "" })} />}
          </div>
        </Card>
      )}
      {s.status === "LABELLED" && <ShipmentReturns actor={actor} shipment={s} editable={editable} locale={locale} />}
      {s.status === "LABELLED" && (
        <Card title={tt("emailLabels.titleOne")}>
          <div className="space-y-6">
            {editable && <EmailLabelsForm slug={actor.slug} shipmentId={s.id} defaultTo={user?.email ?? ""} defaultFormat={(await effectiveDefaults(actor)).labelFormat} />}
            <EmailLog entries={emails} slug={actor.slug} canRetry={editable} />
          </div>
        </Card>
      )}
    </div>
  );
}
