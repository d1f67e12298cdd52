"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { cancelCardPaymentAction, payBatchAction } from "@/app/b/[business]/batches/actions";
import type { BatchView } from "@/lib/batches/batch-view";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * The batch's total with taxes and the payment step: on account (up to the available credit) or
 * by card on Stripe's page when card payments are configured. While a card payment is under way
 * the batch cannot change; the user can go back to Stripe's page or give the payment up. It says
 * first who sells the labels (the reference carrier, Canada Post's sandbox, or Canada Post); with
 * the business's own Canada Post account, Canada Post bills the business and the step reads "Buy
 * labels".
 */
export function PaymentPanel({ view, slug, canPay, cardConfigured }: { view: Omit<BatchView, "rows">; slug: string; canPay: boolean; cardConfigured: boolean }) {
  const t = useTranslations("batches");
  const [state, action] = useActionState(payBatchAction.bind(null, slug), IDLE);
  const [cancelState, cancel] = useActionState(cancelCardPaymentAction.bind(null, slug), IDLE);
  const accountUsable = Boolean(view.account.number);
  const [method, setMethod] = useState<"ACCOUNT" | "CARD">(accountUsable || !cardConfigured ? "ACCOUNT" : "CARD");
  const paying = view.batch.status === "PAYING";
  const usable = method === "ACCOUNT" ? accountUsable : cardConfigured;
  const seller = view.seller;
  // Nothing priced yet (no row rated with a service): no amount to pay, so none is shown.
  const unpriced = !paying && !view.priced;
  const sellerLine = seller.mode === "reference" ? t("sellerReference") : seller.mode === "sandbox" ? t("sellerSandbox") : t("sellerProduction");
  if (seller.billedBy === "carrier" && !paying) {
    return (
      <Card title={t("payTitle")}>
        <p className="text-sm" data-testid="batch-seller">{sellerLine}</p>
        <p className="mt-1 text-sm text-zinc-600">{t("billedByCarrier", { customerNumber: seller.customerNumber ?? "" })}</p>
        {!unpriced && <p className="mt-3 text-sm font-semibold" data-testid="batch-total">{view.totals.total}</p>}
        <form action={action} className="mt-4 space-y-3">
          <input type="hidden" name="batchId" value={view.batch.id} />
          <input type="hidden" name="method" value="CARRIER" />
          {unpriced ? (
            <p className="text-sm text-zinc-700">{t("rateFirst")}</p>
          ) : (
            !view.ready && view.progress.total > 0 && <p className="text-sm text-brand-700">{t("fixBeforePaying", { count: view.invalidCount })}</p>
          )}
          {canPay ? (
            <SubmitButton disabled={!view.ready || unpriced} pendingLabel={t("paying")}>
              {seller.mode === "sandbox" ? t("buyTestLabels") : unpriced ? t("payUnpriced") : t("buyLabels", { total: view.totals.total })}
            </SubmitButton>
          ) : (
            <p className="text-sm text-zinc-500">{t("viewerCannotPay")}</p>
          )}
          <FormStatus state={state} />
        </form>
      </Card>
    );
  }
  return (
    <Card title={t("payTitle")}>
      <p className="mb-3 text-sm" data-testid="batch-seller">{sellerLine}</p>
      {!unpriced && (
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
      )}
      {paying ? (
        <div className="mt-4 space-y-3">
          <p className="text-sm text-amber-800">{t("cardUnderWay")}</p>
          {canPay && (
            <div className="flex flex-wrap gap-2">
              <form action={action}>
                <input type="hidden" name="batchId" value={view.batch.id} />
                <input type="hidden" name="method" value="CARD" />
                <SubmitButton pendingLabel={t("paying")}>{t("continueToCard")}</SubmitButton>
              </form>
              {view.pendingPaymentId && (
                <form action={cancel}>
                  <input type="hidden" name="batchId" value={view.batch.id} />
                  <input type="hidden" name="paymentId" value={view.pendingPaymentId} />
                  <SubmitButton variant="secondary">{t("cancelCard")}</SubmitButton>
                </form>
              )}
            </div>
          )}
          <FormStatus state={state} />
          <FormStatus state={cancelState} />
        </div>
      ) : (
        <form action={action} className="mt-4 space-y-3">
          <input type="hidden" name="batchId" value={view.batch.id} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold">{t("paymentMethod")}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="method" value="ACCOUNT" checked={method === "ACCOUNT"} onChange={() => setMethod("ACCOUNT")} disabled={!accountUsable} />
              {accountUsable ? t("onAccount", { number: view.account.number ?? "", available: view.account.available }) : t("onAccountMissing")}
            </label>
            <label className={cardConfigured ? "flex items-center gap-2 text-sm" : "flex items-center gap-2 text-sm text-zinc-500"}>
              <input type="radio" name="method" value="CARD" checked={method === "CARD"} onChange={() => setMethod("CARD")} disabled={!cardConfigured} />
              {cardConfigured ? t("byCard") : t("cardNotConfigured")}
            </label>
          </fieldset>
          {unpriced ? (
            <p className="text-sm text-zinc-700" id="pay-unpriced">{t("rateFirst")}</p>
          ) : (
            !view.ready && view.progress.total > 0 && <p className="text-sm text-brand-700">{t("fixBeforePaying", { count: view.invalidCount })}</p>
          )}
          {canPay ? (
            <SubmitButton disabled={!view.ready || !usable || unpriced} pendingLabel={t("paying")} aria-describedby={unpriced ? "pay-unpriced" : undefined}>
              {unpriced ? t("payUnpriced") : method === "CARD" ? t("payByCard", { total: view.totals.total }) : t("payOnAccount", { total: view.totals.total })}
            </SubmitButton>
          ) : (
            <p className="text-sm text-zinc-500">{t("viewerCannotPay")}</p>
          )}
          <FormStatus state={state} />
        </form>
      )}
    </Card>
  );
}
