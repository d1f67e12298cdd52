import { getTranslations } from "@/lib/i18n/server";
import type { BatchView } from "@/lib/batches/batch-view";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LabelsProgress } from "./labels-progress";

/** A paid batch: its merged labels in either size, and what was charged. */
export async function LabelDownloads({ view, slug, justPaid }: { view: BatchView; slug: string; justPaid: boolean }) {
  const t = await getTranslations("batches");
  const ta = await getTranslations("actions");
  const tp = await getTranslations("packingSlips");
  const base = `/b/${slug}/batches/${view.batch.id}/labels`;
  return (
    <Card title={t("labelsTitle")}>
      {justPaid && (
        <Alert tone="success" className="mb-3">
          {ta(view.batch.status === "LABELLED" ? "batchPaid" : "batchPaidLabelsPending")}
        </Alert>
      )}
      {view.batch.status === "PAID" && (
        <LabelsProgress
          issued={view.progress.issued + view.progress.refused}
          total={view.progress.total}
          progressText={t("labelsProgress", { issued: view.progress.issued + view.progress.refused, total: view.progress.total })}
          retryingText={view.batch.labelsError ? t("labelsRetrying", { reason: view.batch.labelsError }) : null}
        />
      )}
      <p className="text-sm">{t("paidTotal", { total: view.totals.total, method: t(`paymentMethods.${view.batch.paymentMethod ?? "ACCOUNT"}`) })}</p>
      {view.batch.status === "LABELLED" && (
      <div className="mt-3 flex flex-wrap gap-2">
        <a href={`${base}?format=PDF_4X6`} className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("downloadThermal")}
        </a>
        <a href={`${base}?format=PDF_LETTER`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-zinc-900 ring-1 ring-zinc-300 hover:bg-zinc-50">
          {t("downloadLetter")}
        </a>
        <a href={`/b/${slug}/batches/${view.batch.id}/receipt`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-zinc-900 ring-1 ring-zinc-300 hover:bg-zinc-50">
          {t("receipt")}
        </a>
        <a href={`/b/${slug}/batches/${view.batch.id}/packing-slips?format=PDF_4X6`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-zinc-900 ring-1 ring-zinc-300 hover:bg-zinc-50">
          {tp("download.thermal")}
        </a>
        <a href={`/b/${slug}/batches/${view.batch.id}/packing-slips?format=PDF_LETTER`} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-zinc-900 ring-1 ring-zinc-300 hover:bg-zinc-50">
          {tp("download.letter")}
        </a>
      </div>
      )}
      <p className="mt-3 text-xs text-zinc-500">{t("printHint")}</p>
    </Card>
  );
}
