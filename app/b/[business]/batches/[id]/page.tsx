import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { batchView, sheetRowsJson } from "@/lib/batches/batch-view";
import { isAppError } from "@/lib/errors";
import { requestLocaleOr } from "@/lib/i18n/current";
import { listLocations } from "@/lib/locations/locations";
import { effectiveDefaults } from "@/lib/settings/settings";
import { listTemplates } from "@/lib/templates/templates";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { deleteBatchAction } from "../actions";
import { ActionButton } from "@/components/forms/action-button";
import { BatchSheet } from "@/components/batches/batch-sheet";
import { PaymentPanel } from "@/components/batches/payment-panel";
import { LabelDownloads } from "@/components/batches/label-downloads";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { cardPaymentsConfigured } from "@/lib/payments/stripe";
import { Card } from "@/components/ui/card";
import { EmailLabelsForm } from "@/components/email/email-labels-form";
import { EmailLog } from "@/components/email/email-log";
import { emailLog } from "@/lib/email/labels-request";
import { currentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("batches"))("listTitle") };
}

export default async function BatchPage({ params, searchParams }: { params: Promise<{ business: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { business, id } = await params;
  const search = await searchParams;
  const justPaid = search.paid === "1";
  const cardResult = typeof search.card === "string" && ["paid", "pending", "cancelled"].includes(search.card) ? search.card : null;
  const actor = await requireActor(business);
  const localeOf = requestLocaleOr("en");
  const defaultsOf = effectiveDefaults(actor);
  // Asked together: the batch view's reads share one transaction with the defaults', the
  // locations' and the templates' (it waits for the units itself).
  const viewOf = batchView(actor, id, localeOf, defaultsOf.then((d) => d.units)).catch((e: unknown) => {
    if (isAppError(e) && e.code === "notFound") notFound();
    throw e;
  });
  const [t, defaults, locations, templates, view] = await Promise.all([getTranslations("batches"), defaultsOf, listLocations(actor), listTemplates(actor), viewOf]);
  const ctx = {
    slug: actor.slug,
    locations: locations.map((l) => ({ id: l.id, label: l.label, postalCode: l.postalCode })),
    templates: templates.map((x) => ({ id: x.id, name: x.name, lengthMm: x.lengthMm, widthMm: x.widthMm, heightMm: x.heightMm, weightGrams: x.weightGrams })),
  };
  // The client components get the batch without its rows (the panel needs none); the sheet gets them as one string.
  const { rows, ...shell } = view;
  const editable = can(actor.role, "shipments.create");
  const draft = view.batch.status === "DRAFT";
  const issued = view.batch.status === "PAID" || view.batch.status === "LABELLED";
  const [emails, user] = issued ? await Promise.all([emailLog(actor, { batchId: view.batch.id }), currentUser()]) : [[], null];
  const te = await getTranslations("tracking.emailLabels");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-bold">{t("batchNumber", { number: view.batch.number })}</h1>
          <Badge tone={draft ? "amber" : "emerald"}>{t(`statuses.${view.batch.status}`)}</Badge>
        </div>
        {draft && editable && <ActionButton action={deleteBatchAction} slug={actor.slug} fields={{ batchId: view.batch.id }} label={t("deleteBatch")} confirm={t("confirmDeleteBatch")} />}
      </div>
      <Card>
        <BatchSheet view={shell} rowsJson={sheetRowsJson(rows)} ctx={ctx} editable={editable} units={defaults.units} />
      </Card>
      {cardResult && (
        <Alert tone={cardResult === "paid" ? "success" : cardResult === "pending" ? "info" : "warning"}>
          {t(cardResult === "paid" ? (view.batch.status === "LABELLED" ? "cardResultPaid" : "cardResultPaidPending") : cardResult === "pending" ? "cardResultPending" : "cardResultCancelled")}
        </Alert>
      )}
      {draft || view.batch.status === "PAYING" ? (
        <PaymentPanel view={shell} slug={actor.slug} canPay={editable} cardConfigured={cardPaymentsConfigured()} />
      ) : (
        <LabelDownloads view={view} slug={actor.slug} justPaid={justPaid} />
      )}
      {issued && editable && (
        <Link href={`/b/${actor.slug}/pickups/new?batch=${view.batch.id}`} className="inline-block text-sm font-medium text-brand-700 underline">
          {(await getTranslations("pickups"))("afterPayment")}
        </Link>
      )}
      {issued && (
        <Card title={te("title")}>
          <div className="space-y-6">
            {editable && <EmailLabelsForm slug={actor.slug} batchId={view.batch.id} defaultTo={user?.email ?? ""} defaultFormat={defaults.labelFormat} />}
            <EmailLog entries={emails} slug={actor.slug} canRetry={editable} />
          </div>
        </Card>
      )}
    </div>
  );
}
