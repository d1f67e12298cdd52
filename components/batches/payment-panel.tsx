"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { payBatchAction } from "@/app/b/[business]/batches/actions";
import type { BatchView } from "@/lib/batches/batch-view";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * The batch's total with taxes and the payment step. Methods are a list: on account today; the
 * card (Stripe) joins when card payments are configured.
 */
export function PaymentPanel({ view, slug, canPay }: { view: BatchView; slug: string; canPay: boolean }) {
  const t = useTranslations("batches");
  const [state, action] = useActionState(payBatchAction.bind(null, slug), IDLE);
  const [method, setMethod] = useState<"ACCOUNT" | "CARD">("ACCOUNT");
  const accountUsable = Boolean(view.account.number);
  return (
    <Card title={t("payTitle")}>
      <dl className="grid max-w-sm grid-cols-2 gap-y-1 text-sm">
        <dt>{t("beforeTax")}</dt>
        <dd className="text-right tabular-nums">{view.totals.beforeTax}</dd>
        <dt>{t("taxes")}</dt>
        <dd className="text-right tabular-nums">{view.totals.tax}</dd>
        <dt className="font-semibold">{t("total")}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="batch-total">
          {view.totals.total}
        </dd>
      </dl>
      <form action={action} className="mt-4 space-y-3">
        <input type="hidden" name="batchId" value={view.batch.id} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{t("paymentMethod")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="method" value="ACCOUNT" checked={method === "ACCOUNT"} onChange={() => setMethod("ACCOUNT")} disabled={!accountUsable} />
            {accountUsable ? t("onAccount", { number: view.account.number ?? "", available: view.account.available }) : t("onAccountMissing")}
          </label>
          <label className="flex items-center gap-2 text-sm text-zinc-500">
            <input type="radio" name="method" value="CARD" disabled onChange={() => setMethod("CARD")} />
            {t("cardNotConfigured")}
          </label>
        </fieldset>
        {!view.ready && view.rows.length > 0 && <p className="text-sm text-brand-700">{t("fixBeforePaying", { count: view.invalidCount })}</p>}
        {canPay ? (
          <SubmitButton disabled={!view.ready || !accountUsable} pendingLabel={t("paying")}>
            {t("payOnAccount", { total: view.totals.total })}
          </SubmitButton>
        ) : (
          <p className="text-sm text-zinc-500">{t("viewerCannotPay")}</p>
        )}
        <FormStatus state={state} />
      </form>
    </Card>
  );
}
